import type { Writable } from 'node:stream';
import { CHANGE_LOG_EXPORT_COLUMNS, type ChangeLogRow } from '@niemyet/core';
import ExcelJS from 'exceljs';
import { CHANGE_LOG_HEADERS, type ChangeLogColumnKey, changeLogCells } from './change-log-cells';
import { type ExportOptions, type RowSource, rowsOf } from './rows-source';
import { XLSX_DATE_FORMAT, XLSX_INSTANT_FORMAT, xlsxValue } from './xlsx-values';

/** Column widths in characters: wide enough for the usual content, names and hashes wrap less. */
const WIDTHS: Record<ChangeLogColumnKey, number> = {
  seq: 8,
  occurredOn: 14,
  kind: 22,
  action: 26,
  decisionNumber: 18,
  signedOn: 12,
  code: 14,
  name: 60,
  levels: 22,
  field: 28,
  agency: 32,
  actor: 16,
  recordedAt: 17,
  hash: 66,
};

const FORMATS: Partial<Record<ChangeLogColumnKey, string>> = {
  seq: '0',
  occurredOn: XLSX_DATE_FORMAT,
  signedOn: XLSX_DATE_FORMAT,
  recordedAt: XLSX_INSTANT_FORMAT,
};

export const CHANGE_LOG_SHEET_NAME = 'Nhật ký thay đổi';

function drained(output: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      output.off('drain', done);
      output.off('close', done);
      resolve();
    };
    output.once('drain', done);
    output.once('close', done);
  });
}

/**
 * One style object per column, shared by every cell of it. ExcelJS recognises a style object
 * it has seen (by identity) at once; a column style would give each cell its own copy, to be
 * serialised and compared again — more than half of the time of a large export.
 */
const CELL_STYLES: Partial<ExcelJS.Style>[] = CHANGE_LOG_EXPORT_COLUMNS.map(({ key }) => {
  const numFmt = FORMATS[key];
  return numFmt ? { numFmt } : {};
});

/**
 * The change log as an XLSX workbook written to `output` (issue 12) through ExcelJS's
 * streaming writer: each row is committed (serialised and released) as soon as it is added,
 * so 100,000 rows never sit in memory. Dates are typed dates shown dd/mm/yyyy, the entry
 * number a number; the bold header is frozen and carries filters; columns have widths.
 * Resolves once the workbook is complete in `output`.
 */
export async function writeChangeLogXlsx(
  rows: RowSource<ChangeLogRow>,
  output: Writable,
  options: ExportOptions = {},
): Promise<void> {
  // Inline strings, not shared ones: a shared-string table would keep every text until the end.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Niêm yết';
  const sheet = workbook.addWorksheet(CHANGE_LOG_SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  sheet.columns = CHANGE_LOG_EXPORT_COLUMNS.map(({ key }) => ({ key, width: WIDTHS[key] }));
  const header = sheet.addRow([...CHANGE_LOG_HEADERS]);
  header.font = { bold: true };
  header.commit();
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: CHANGE_LOG_EXPORT_COLUMNS.length },
  };
  let count = 0;
  for await (const row of rowsOf(rows, options.signal)) {
    const added = sheet.addRow(changeLogCells(row).map(xlsxValue));
    added.eachCell((cell, column) => {
      cell.style = CELL_STYLES[column - 1]!;
    });
    added.commit();
    // The zip is piped into `output`: when a slow reader leaves it full, wait rather than
    // let the compressed rows pile up in memory.
    if (++count % 1000 === 0 && output.writableNeedDrain) await drained(output);
  }
  sheet.commit();
  await workbook.commit();
}
