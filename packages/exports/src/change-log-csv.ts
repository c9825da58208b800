import { type ChangeLogRow, formatVietnameseDate, formatVietnamInstant, levelLabel } from '@niemyet/core';
import { ACTION_LABELS_VI, CHANGE_LOG_HEADERS, KIND_LABELS_VI } from './change-log-cells';
import { type ExportOptions, type RowSource, rowsOf } from './rows-source';

/** Excel reads UTF-8 only when the file says so first. */
export const UTF8_BOM = '\uFEFF';

/** Rows per yielded chunk: large enough to keep the stream cheap, small enough to show progress. */
const ROWS_PER_CHUNK = 500;

/**
 * The change log as CSV (issue 12), chunk by chunk: UTF-8 with BOM, CRLF line ends, RFC 4180
 * quoting, dd/mm/yyyy dates, and any cell a spreadsheet would run as a formula (starting with
 * = + - @, tab or CR) prefixed with ' so it stays text. Never holds more than one chunk.
 */
export async function* changeLogCsv(
  rows: RowSource<ChangeLogRow>,
  options: ExportOptions = {},
): AsyncGenerator<string> {
  let chunk = UTF8_BOM + csvLine(CHANGE_LOG_HEADERS);
  let count = 0;
  for await (const row of rowsOf(rows, options.signal)) {
    chunk += csvRow(row);
    if (++count % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/** Entries of one decision share their recording instant: format it once. */
let lastInstant = '';
let lastInstantText = '';
function instantText(instant: string): string {
  if (instant !== lastInstant) {
    lastInstant = instant;
    lastInstantText = formatVietnamInstant(instant);
  }
  return lastInstantText;
}

/**
 * One row in the order of `CHANGE_LOG_EXPORT_COLUMNS`, written straight from the row (the
 * XLSX writer goes through `changeLogCells`; here the cell objects were a third of the time).
 */
function csvRow(row: ChangeLogRow): string {
  return `${[
    String(row.seq),
    row.occurredOn === null ? '' : formatVietnameseDate(row.occurredOn),
    csvCell(KIND_LABELS_VI[row.kind]),
    csvCell(ACTION_LABELS_VI[row.action]),
    csvCell(row.decisionNumber),
    row.signedOn === null ? '' : formatVietnameseDate(row.signedOn),
    csvCell(row.code ?? ''),
    csvCell(row.name),
    csvCell(row.levels.map((level) => levelLabel(level, 'vi')).join('; ')),
    csvCell(row.field ?? ''),
    csvCell(row.agency ?? ''),
    csvCell(row.actor),
    row.recordedAt === '' ? '' : csvCell(instantText(row.recordedAt)),
    csvCell(row.hash),
  ].join(',')}\r\n`;
}

function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, formula-escaped then quoted when it holds a quote, comma or line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
