import type { IsoDate } from '../dates/iso-date';
import { formatVietnameseNumber } from '../format/numbers';
import { type CsvIssue, type CsvPosition, csvIssue } from '../interchange/csv-issue';
import { type CsvRecord, MAX_CSV_CELL_LENGTH, readCsvRecords } from '../interchange/csv-records';
import { isRowNumberHeader } from '../interchange/decision-list/columns';
import { type CsvEncoding, decodeCsvBytes } from '../interchange/encoding/decode';
import { type LegalDocument, LegalDocumentSchema } from '../model/legal-document';
import { parseDocumentNumber } from '../parsing/document-number';
import { parseVietnameseDate } from '../parsing/vietnamese-date';
import { cleanText } from '../text/normalize';
import {
  LEGAL_DOCUMENT_CSV_LABELS,
  type LegalDocumentCsvColumn,
  matchLegalDocumentCsvHeader,
} from './document-csv-columns';
import { legalDocumentStatusOn } from './document-status';
import { legalRegistry } from './registry';
import { parseRelationsText } from './relations-text';

/**
 * Import of a legal-document list (the registry's CSV): one row per document with its number,
 * type, issuer, title, dates (dd/mm/yyyy) and relations ("sửa đổi 43/2014/NĐ-CP; thay thế
 * 01/2018/TT-VPCP"). All or nothing: any error refuses the whole file, with every error found
 * by row and column, so the office fixes the spreadsheet in one pass.
 */

export interface LegalDocumentCsvOptions {
  /** Documents already registered: a row repeating one of them is refused. */
  existing?: readonly LegalDocument[];
  /** The day the stored status is computed for (the import's day). */
  today: IsoDate;
}

export type LegalDocumentCsvResult =
  | { ok: true; documents: LegalDocument[]; warnings: CsvIssue[] }
  | { ok: false; errors: CsvIssue[] };

export type LegalDocumentCsvBytesResult =
  | { ok: true; documents: LegalDocument[]; warnings: CsvIssue[]; encoding: CsvEncoding }
  | { ok: false; errors: CsvIssue[] };

type ColumnMap = Map<LegalDocumentCsvColumn, { index: number; header: string }>;

/** How many records from the top are searched for the header (titles may sit above it). */
const HEADER_SEARCH_ROWS = 10;

/** The id a registered document gets: from its canonical number, so the same text is one record. */
export function legalDocumentId(canonical: string): string {
  return `vb:${canonical}`;
}

function findHeader(records: readonly CsvRecord[]): number {
  return records
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((r) => r.cells.some((c) => matchLegalDocumentCsvHeader(cleanText(c)) === 'number'));
}

function mapColumns(header: CsvRecord, errors: CsvIssue[], warnings: CsvIssue[]): ColumnMap {
  const columns: ColumnMap = new Map();
  header.cells.forEach((cell, index) => {
    const written = cleanText(cell);
    if (written === '') return;
    const column = matchLegalDocumentCsvHeader(written);
    if (column === null) {
      if (!isRowNumberHeader(written))
        warnings.push(
          csvIssue(header, written, 'unknown-column', 'cột không nhận ra, bỏ qua (unknown column, ignored)', {
            header: written,
          }),
        );
      return;
    }
    const earlier = columns.get(column);
    if (earlier) {
      errors.push(
        csvIssue(
          header,
          written,
          'duplicate-column',
          `cột này trùng nghĩa với cột «${earlier.header}» (two columns mean «${LEGAL_DOCUMENT_CSV_LABELS[column]}»)`,
          { header: written, other: earlier.header, column },
        ),
      );
      return;
    }
    columns.set(column, { index, header: written });
  });
  return columns;
}

/** Reads one data record into a document, adding an issue for every cell it cannot take. */
function readRow(
  record: CsvRecord,
  columns: ColumnMap,
  width: number,
  errors: CsvIssue[],
): LegalDocument | null {
  const at: CsvPosition = { row: record.row, line: record.line };
  if (record.unterminatedQuote) {
    errors.push(
      csvIssue(
        at,
        null,
        'unterminated-quote',
        'ô mở dấu ngoặc kép mà không đóng (a quoted cell is never closed)',
      ),
    );
    return null;
  }
  if (record.nulCell >= 0) {
    errors.push(
      csvIssue(at, null, 'nul-character', 'ô chứa ký tự NUL: tệp bị hỏng (a cell holds a NUL character)'),
    );
    return null;
  }
  if (record.tooLongCell >= 0) {
    errors.push(
      csvIssue(
        at,
        null,
        'cell-too-long',
        `ô dài hơn ${formatVietnameseNumber(MAX_CSV_CELL_LENGTH)} ký tự (a cell is longer than ${MAX_CSV_CELL_LENGTH} characters)`,
        { limit: MAX_CSV_CELL_LENGTH },
      ),
    );
    return null;
  }
  if (record.cells.slice(width).some((c) => cleanText(c) !== '')) {
    errors.push(
      csvIssue(
        at,
        null,
        'too-many-cells',
        `dòng có ${record.cells.length} ô, nhiều hơn ${width} cột của tiêu đề (the row has more cells than the header)`,
        { cells: record.cells.length, columns: width },
      ),
    );
    return null;
  }
  const before = errors.length;
  const header = (column: LegalDocumentCsvColumn) =>
    columns.get(column)?.header ?? LEGAL_DOCUMENT_CSV_LABELS[column];
  const cell = (column: LegalDocumentCsvColumn): string => {
    const place = columns.get(column);
    return place ? cleanText(record.cells[place.index] ?? '') : '';
  };
  const text = (column: LegalDocumentCsvColumn) => cell(column) || null;
  const date = (column: LegalDocumentCsvColumn): IsoDate | null => {
    const value = cell(column);
    if (value === '') return null;
    const parsed = parseVietnameseDate(value);
    if (parsed === null)
      errors.push(
        csvIssue(
          at,
          header(column),
          'date-invalid',
          `ngày không hợp lệ «${value}», cần dd/mm/yyyy (invalid date)`,
          {
            value,
          },
        ),
      );
    return parsed;
  };

  const rawNumber = cell('number');
  const parsed = rawNumber === '' ? null : parseDocumentNumber(rawNumber);
  if (rawNumber === '')
    errors.push(
      csvIssue(
        at,
        header('number'),
        'document-number-empty',
        'thiếu số ký hiệu văn bản (the document number is empty)',
      ),
    );
  else if (parsed === null)
    errors.push(
      csvIssue(
        at,
        header('number'),
        'document-number-invalid',
        `«${rawNumber}» không phải số ký hiệu văn bản như 43/2014/NĐ-CP (not a document number)`,
        { value: rawNumber },
      ),
    );
  const issuedOn = date('issued_on');
  const effectiveOn = date('effective_on');
  const expiresOn = date('expires_on');
  const starts = effectiveOn ?? issuedOn;
  if (expiresOn !== null && starts !== null && expiresOn <= starts)
    errors.push(
      csvIssue(
        at,
        header('expires_on'),
        'dates-order',
        `ngày hết hiệu lực ${cell('expires_on')} không sau ngày bắt đầu hiệu lực (the expiry date is not after the document takes effect)`,
        { value: cell('expires_on') },
      ),
    );
  const relationsCell = cell('relations');
  const relations = parseRelationsText(relationsCell);
  if (!relations.ok)
    for (const problem of relations.problems)
      errors.push(
        csvIssue(
          at,
          header('relations'),
          'relation-invalid',
          problem.reason === 'no-verb'
            ? `«${problem.part}»: cần bắt đầu bằng «sửa đổi», «thay thế» hoặc «bãi bỏ» (a relation starts with amends, replaces or abolishes)`
            : `«${problem.part}»: không có số ký hiệu văn bản (no document number)`,
          { value: problem.part, reason: problem.reason },
        ),
      );
  else if (parsed && relations.relations.some((r) => r.target === parsed.canonical))
    errors.push(
      csvIssue(
        at,
        header('relations'),
        'relation-invalid',
        'văn bản không thể tác động đến chính nó (a document cannot act on itself)',
        {
          value: relationsCell,
          reason: 'self',
        },
      ),
    );
  if (errors.length > before || !parsed || !relations.ok) return null;
  return LegalDocumentSchema.parse({
    id: legalDocumentId(parsed.canonical),
    number: parsed.canonical,
    rawNumber: rawNumber === parsed.canonical ? null : rawNumber,
    type: text('type'),
    issuer: text('issuer'),
    title: cell('title'),
    issuedOn,
    effectiveOn,
    expiresOn,
    relations: relations.relations,
  });
}

/** Imports a legal-document list given as text (already decoded). */
export function importLegalDocumentCsv(
  text: string,
  options: LegalDocumentCsvOptions,
): LegalDocumentCsvResult {
  return importRecords(readCsvRecords(text).records, options, []);
}

/**
 * Imports a legal-document list from the bytes of the file: the encoding is found first
 * (UTF-8, UTF-16, Windows-1258 converted with a warning; TCVN3, VNI and undecodable bytes
 * refused), as for decision lists.
 */
export function importLegalDocumentCsvBytes(
  bytes: Uint8Array,
  options: LegalDocumentCsvOptions,
): LegalDocumentCsvBytesResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const result = importRecords(readCsvRecords(decoded.text).records, options, decoded.warnings);
  return result.ok ? { ...result, encoding: decoded.encoding } : result;
}

function importRecords(
  records: readonly CsvRecord[],
  options: LegalDocumentCsvOptions,
  fileWarnings: CsvIssue[],
): LegalDocumentCsvResult {
  const errors: CsvIssue[] = [];
  const warnings: CsvIssue[] = [...fileWarnings];
  if (records.length === 0)
    return {
      ok: false,
      errors: [csvIssue({ row: 1, line: 1 }, null, 'file-empty', 'tệp trống (the file is empty)')],
    };
  const headerIndex = findHeader(records);
  if (headerIndex < 0)
    return {
      ok: false,
      errors: [
        csvIssue(
          records[0]!,
          null,
          'no-header',
          `không tìm thấy dòng tiêu đề có cột «${LEGAL_DOCUMENT_CSV_LABELS.number}» (no header row naming the document-number column was found)`,
        ),
      ],
    };
  const header = records[headerIndex]!;
  const columns = mapColumns(header, errors, warnings);
  if (errors.length > 0) return { ok: false, errors };
  const rows = records.slice(headerIndex + 1);
  if (rows.length === 0)
    return {
      ok: false,
      errors: [
        csvIssue(
          header,
          null,
          'no-data-rows',
          'không có dòng dữ liệu nào sau dòng tiêu đề (no data rows after the header)',
        ),
      ],
    };

  const registered = legalRegistry(options.existing ?? []);
  const firstRow = new Map<string, number>();
  const documents: LegalDocument[] = [];
  for (const record of rows) {
    const document = readRow(record, columns, header.cells.length, errors);
    if (!document) continue;
    const numberHeader = columns.get('number')!.header;
    const earlier = firstRow.get(document.number);
    if (earlier !== undefined) {
      errors.push(
        csvIssue(
          record,
          numberHeader,
          'duplicate-document',
          `văn bản ${document.number} đã có ở dòng ${earlier} (the document is listed twice)`,
          {
            value: document.number,
            row: earlier,
          },
        ),
      );
      continue;
    }
    firstRow.set(document.number, record.row);
    if (registered.byKey.has(document.number)) {
      errors.push(
        csvIssue(
          record,
          numberHeader,
          'document-registered',
          `văn bản ${document.number} đã có trong sổ (the document is already registered)`,
          {
            value: document.number,
          },
        ),
      );
      continue;
    }
    documents.push(document);
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };
  // The stored status is the one on the import's day, among the documents known then.
  const all = [...(options.existing ?? []), ...documents];
  const registry = legalRegistry(all);
  for (const document of documents)
    document.status = legalDocumentStatusOn(document, registry, options.today).status;
  return { ok: true, documents, warnings };
}
