import { type ChangeLogRow, formatVietnameseDate, formatVietnamInstant } from '@niemyet/core';
import { CHANGE_LOG_HEADERS, changeLogCells, type ExportCell } from './change-log-cells';
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
    chunk += csvLine(changeLogCells(row).map(csvText));
    if (++count % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

function csvText(cell: ExportCell): string {
  switch (cell.type) {
    case 'empty':
      return '';
    case 'number':
      return String(cell.value);
    case 'date':
      return formatVietnameseDate(cell.value);
    case 'instant':
      return formatVietnamInstant(cell.value);
    case 'text':
      return cell.value;
  }
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
