import { cleanText } from '../../text/normalize';
import type { CsvPosition } from '../csv-issue';
import type { CsvRecord } from '../csv-records';
import {
  DECISION_CSV_LABELS,
  type DecisionCsvColumn,
  isRowNumberHeader,
  matchDecisionCsvHeader,
  REQUIRED_DECISION_CSV_COLUMNS,
} from './columns';
import type { IssueList } from './issues';

/** Where each column is, and the header as written (for messages). */
export type ColumnMap = Map<DecisionCsvColumn, { index: number; header: string }>;

// A header row is where at least this many cells name known columns; rows above it are titles.
const MIN_HEADER_MATCHES = 3;
/** How many records from the top are searched for the header row. */
export const HEADER_SEARCH_ROWS = 10;

/** How many cells of a record name known columns. */
export function knownColumnCount(cells: readonly string[]): number {
  return cells.filter((c) => matchDecisionCsvHeader(c) !== null).length;
}

/** Whether a record is surely the header: it names at least three known columns. */
export function isHeaderRecord(record: CsvRecord): boolean {
  return knownColumnCount(record.cells) >= MIN_HEADER_MATCHES;
}

/**
 * The index of the header among the first records: the first naming at least three known
 * columns, or else the first record when it names any (so the import can say which required
 * columns it lacks); -1 when no record looks like a header.
 */
export function findHeaderIndex(records: readonly CsvRecord[]): number {
  const index = records.slice(0, HEADER_SEARCH_ROWS).findIndex(isHeaderRecord);
  if (index < 0 && records.length > 0 && knownColumnCount(records[0]!.cells) > 0) return 0;
  return index;
}

/** The message when no header is found, naming the required columns. */
export function noHeaderMessage(): string {
  const required = REQUIRED_DECISION_CSV_COLUMNS.map((c) => `«${DECISION_CSV_LABELS[c]}»`).join(', ');
  return `không tìm thấy dòng tiêu đề có các cột ${required} (no header row naming the decision-list columns was found)`;
}

/**
 * Maps header cells to columns: unknown columns are warned about and ignored, two cells that
 * mean one column and missing required columns are errors.
 */
export function mapColumns(
  cells: string[],
  at: CsvPosition,
  errors: IssueList,
  warnings: IssueList,
): ColumnMap {
  const columns: ColumnMap = new Map();
  cells.forEach((cell, index) => {
    const header = cleanText(cell);
    if (header === '') return;
    const column = matchDecisionCsvHeader(header);
    if (column === null) {
      if (!isRowNumberHeader(header))
        warnings.add(at, header, 'unknown-column', 'cột không nhận ra, bỏ qua (unknown column, ignored)', {
          header,
        });
      return;
    }
    const earlier = columns.get(column);
    if (earlier) {
      errors.add(
        at,
        header,
        'duplicate-column',
        `cột này trùng nghĩa với cột «${earlier.header}» (two columns mean «${DECISION_CSV_LABELS[column]}»)`,
        { header, other: earlier.header, column },
      );
      return;
    }
    columns.set(column, { index, header });
  });
  if (!columns.has('effective_on') && columns.has('signed_on'))
    warnings.add(
      at,
      null,
      'no-effective-column',
      `không có cột «${DECISION_CSV_LABELS.effective_on}»: các quyết định lấy ngày ký làm ngày hiệu lực (no effective-date column: decisions take effect on their signed date)`,
    );
  for (const column of REQUIRED_DECISION_CSV_COLUMNS) {
    if (!columns.has(column))
      errors.add(
        at,
        null,
        'missing-column',
        `thiếu cột bắt buộc «${DECISION_CSV_LABELS[column]}» (missing required column ${column})`,
        { column },
      );
  }
  return columns;
}

/** Header name for messages: as written in the file, or the standard label when absent. */
export function headerOf(columns: ColumnMap, column: DecisionCsvColumn): string {
  return columns.get(column)?.header ?? DECISION_CSV_LABELS[column];
}
