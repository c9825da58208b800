import type { IsoDate } from '../../dates/iso-date';
import { formatVietnameseDate } from '../../format/dates';
import type { CsvIssue } from '../csv-issue';
import { type CsvRecord, readCsvRecords } from '../csv-records';
import {
  DECISION_CSV_COLUMNS,
  DECISION_CSV_LABELS,
  type DecisionCsvColumn,
  matchDecisionCsvHeader,
} from './columns';
import { isHeaderRecord, mapColumns } from './header';
import { IssueList } from './issues';
import { type ItemRow, RowReader } from './row';

/**
 * Rows of a decision list pasted from a spreadsheet into one decision (the editor's "Dán từ
 * bảng tính"): tab-separated cells, with or without the header row. Without one the columns
 * are taken in the import's order (`DECISION_CSV_COLUMNS`). Every row is read by the import's
 * own `RowReader`, so a pasted row is accepted or refused exactly as the same row in a file.
 * Only what the decision itself says is not asked of the rows: a missing decision number or
 * date is the decision's (`into`), since every pasted row belongs to the decision it is
 * pasted into.
 */
export interface PastedDecisionRows {
  /** The rows that read cleanly, in pasted order. */
  rows: ItemRow[];
  /** Every problem, by row (1 = the first pasted line) and column header. */
  errors: CsvIssue[];
  warnings: CsvIssue[];
  /** How many data rows were pasted (good and bad). */
  dataRows: number;
}

export interface PasteTarget {
  decisionNumber: string;
  /** The date rows take when they give neither an effective nor a signed date. */
  effectiveOn: IsoDate;
}

export function readPastedDecisionRows(text: string, into: PasteTarget): PastedDecisionRows {
  const { records } = readCsvRecords(text, { delimiter: '\t' });
  const errors = new IssueList();
  const warnings = new IssueList();
  if (records.length === 0) return { rows: [], errors: [], warnings: [], dataRows: 0 };

  const first = records[0]!;
  const hasHeader = isHeaderRecord(first);
  const header = hasHeader
    ? first.cells.slice()
    : DECISION_CSV_COLUMNS.map((column) => DECISION_CSV_LABELS[column]);
  const data = hasHeader ? records.slice(1) : records;
  const at = hasHeader ? { row: first.row, line: first.line } : { row: 0, line: 0 };
  const width = header.length;
  const indexOf = (column: DecisionCsvColumn) =>
    header.findIndex((cell) => matchDecisionCsvHeader(cell) === column);

  // The decision's own number and date, in cells added after the pasted ones.
  const added: { column: DecisionCsvColumn; value: string }[] = [];
  const number = into.decisionNumber.trim() === '' ? '—' : into.decisionNumber;
  const numberAt = indexOf('decision_number');
  if (numberAt < 0) added.push({ column: 'decision_number', value: number });
  const effectiveAt = indexOf('effective_on');
  const signedAt = indexOf('signed_on');
  if (effectiveAt < 0 && signedAt < 0)
    added.push({ column: 'effective_on', value: formatVietnameseDate(into.effectiveOn) });
  for (const { column } of added) header.push(DECISION_CSV_LABELS[column]);
  const fill = (record: CsvRecord): CsvRecord => {
    const cells = record.cells.slice(0, width);
    while (cells.length < width) cells.push('');
    const empty = (index: number) => index < 0 || (cells[index] ?? '').trim() === '';
    if (numberAt >= 0 && empty(numberAt)) cells[numberAt] = number;
    if (effectiveAt >= 0 && empty(effectiveAt) && empty(signedAt))
      cells[effectiveAt] = formatVietnameseDate(into.effectiveOn);
    // Cells past the header stay after the added ones, so the reader still reports a shifted row.
    return { ...record, cells: [...cells, ...added.map((a) => a.value), ...record.cells.slice(width)] };
  };

  const columns = mapColumns(header, at, errors, warnings);
  if (errors.count > 0)
    return { rows: [], errors: errors.issues, warnings: warnings.issues, dataRows: data.length };

  const reader = new RowReader(header, columns, errors);
  const rows: ItemRow[] = [];
  for (const record of data) {
    const row = reader.read(fill(record));
    if (row) rows.push(row);
  }
  return { rows, errors: errors.issues, warnings: warnings.issues, dataRows: data.length };
}
