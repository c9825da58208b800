import type { Writable } from 'node:stream';
import {
  FINDING_EXPORT_COLUMNS,
  type Finding,
  type FindingKind,
  type FindingState,
  formatVietnamInstant,
} from '@niemyet/core';
import ExcelJS from 'exceljs';
import { csvCell, UTF8_BOM } from './change-log-csv';
import { type ExportOptions, type RowSource, rowsOf } from './rows-source';
import { XLSX_INSTANT_FORMAT, xlsxInstant } from './xlsx-values';

/**
 * The findings inbox as CSV and XLSX (issue 13), in the columns of core's
 * `FINDING_EXPORT_COLUMNS`, written the way the change log is: CSV chunk by chunk (UTF-8 with
 * BOM, CRLF, formula-safe cells), XLSX through ExcelJS's streaming writer, so a large inbox
 * never sits whole in memory. Kinds and states are said in Vietnamese, as the console says them.
 */

export const FINDING_KIND_LABELS_VI: Record<FindingKind, string> = {
  changed: 'Sai khác nội dung',
  'abolished-but-listed': 'Đã bãi bỏ nhưng còn niêm yết',
  'not-in-catalogue': 'Không có trong danh mục',
  missing: 'Thiếu trên cổng',
  'not-yet-effective': 'Chưa có hiệu lực',
  'damaged-text': 'Lỗi văn bản',
  'run-failed': 'Lần kiểm tra thất bại',
};

export const FINDING_STATE_LABELS_VI: Record<FindingState, string> = {
  open: 'Mới',
  reported: 'Đã báo chủ cổng',
  fixed: 'Đã sửa',
  dismissed: 'Bỏ qua',
};

type ColumnKey = (typeof FINDING_EXPORT_COLUMNS)[number]['key'];
const HEADERS = FINDING_EXPORT_COLUMNS.map((c) => c.header);
const INSTANTS = new Set<ColumnKey>(['firstSeenAt', 'lastSeenAt']);

function cellText(finding: Finding, key: ColumnKey): string {
  switch (key) {
    case 'kind':
      return FINDING_KIND_LABELS_VI[finding.kind];
    case 'state':
      return FINDING_STATE_LABELS_VI[finding.state];
    case 'sightings':
      return String(finding.sightings);
    case 'firstSeenAt':
    case 'lastSeenAt':
      return formatVietnamInstant(finding[key]);
    default:
      return finding[key] ?? '';
  }
}

const ROWS_PER_CHUNK = 500;

export async function* findingsCsv(
  rows: RowSource<Finding>,
  options: ExportOptions = {},
): AsyncGenerator<string> {
  let chunk = `${UTF8_BOM}${HEADERS.map(csvCell).join(',')}\r\n`;
  let count = 0;
  for await (const finding of rowsOf(rows, options.signal)) {
    chunk += `${FINDING_EXPORT_COLUMNS.map(({ key }) => csvCell(cellText(finding, key))).join(',')}\r\n`;
    if (++count % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

const WIDTHS: Record<ColumnKey, number> = {
  portal: 32,
  code: 16,
  name: 60,
  kind: 26,
  state: 18,
  sightings: 10,
  firstSeenAt: 17,
  lastSeenAt: 17,
  assignee: 16,
  field: 28,
  agency: 32,
  reason: 40,
};

const STYLES: Partial<ExcelJS.Style>[] = FINDING_EXPORT_COLUMNS.map(({ key }) =>
  INSTANTS.has(key) ? { numFmt: XLSX_INSTANT_FORMAT } : key === 'sightings' ? { numFmt: '0' } : {},
);

export const FINDINGS_SHEET_NAME = 'Phát hiện trên cổng';

export async function writeFindingsXlsx(
  rows: RowSource<Finding>,
  output: Writable,
  options: ExportOptions = {},
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Niêm yết';
  const sheet = workbook.addWorksheet(FINDINGS_SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  sheet.columns = FINDING_EXPORT_COLUMNS.map(({ key }) => ({ key, width: WIDTHS[key] }));
  const header = sheet.addRow(HEADERS);
  header.font = { bold: true };
  header.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: FINDING_EXPORT_COLUMNS.length } };
  for await (const finding of rowsOf(rows, options.signal)) {
    const added = sheet.addRow(
      FINDING_EXPORT_COLUMNS.map(({ key }) =>
        INSTANTS.has(key)
          ? xlsxInstant(finding[key as 'firstSeenAt'])
          : key === 'sightings'
            ? finding.sightings
            : cellText(finding, key),
      ),
    );
    added.eachCell((cell, column) => {
      cell.style = STYLES[column - 1]!;
    });
    added.commit();
  }
  sheet.commit();
  await workbook.commit();
}
