import { formatVietnameseDate, levelLabel, type PeriodReportResponse, UNKNOWN_LEVEL } from '@niemyet/core';
import ExcelJS from 'exceljs';
import { ACTION_LABELS_VI } from './change-log-cells';
import { XLSX_DATE_FORMAT, xlsxDate } from './xlsx-values';

export const PERIOD_REPORT_SHEETS = {
  summary: 'Tổng hợp',
  byAction: 'Theo hình thức',
  byLevel: 'Theo cấp',
  byField: 'Theo lĩnh vực',
  byMonth: 'Theo tháng',
} as const;

const COUNT_FORMAT = '#,##0';

/**
 * The period report as an XLSX workbook (issue 12): the paragraph ready to paste and the
 * headline figures, then one sheet per breakdown (action, level, field, month), each with a
 * bold frozen header and typed numbers. Small (a few hundred cells), so built in memory.
 */
export async function periodReportXlsx(response: PeriodReportResponse): Promise<Buffer> {
  const { report } = response;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Niêm yết';

  const summary = workbook.addWorksheet(PERIOD_REPORT_SHEETS.summary);
  summary.columns = [{ width: 48 }, { width: 16 }];
  summary.addRow([
    `Báo cáo từ ngày ${formatVietnameseDate(response.from)} đến ngày ${formatVietnameseDate(response.to)}`,
  ]).font = { bold: true, size: 13 };
  const paragraph = summary.addRow([response.paragraphVi]);
  summary.mergeCells(paragraph.number, 1, paragraph.number, 2);
  paragraph.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  paragraph.height = 90;
  summary.addRow([]);
  const figures: [string, number | Date][] = [
    ['Từ ngày', xlsxDate(response.from)],
    ['Đến ngày', xlsxDate(response.to)],
    ['Số quyết định công bố', report.decisions],
    ['Số TTHC công bố', report.items],
    ['Công bố mới', report.byAction.new],
    ['Sửa đổi, bổ sung, thay thế', report.byAction.amended],
    ['Bãi bỏ', report.byAction.abolished],
    ['Nhập, đăng tải trên CSDL quốc gia', report.nationalDb.entered],
    ['Xóa bỏ trên CSDL quốc gia', report.nationalDb.removed],
  ];
  for (const [label, value] of figures) {
    const row = summary.addRow([label, value]);
    row.getCell(2).numFmt = value instanceof Date ? XLSX_DATE_FORMAT : COUNT_FORMAT;
  }

  table(
    workbook,
    PERIOD_REPORT_SHEETS.byAction,
    ['Hình thức', 'Số TTHC'],
    [30, 12],
    [
      [ACTION_LABELS_VI.new, report.byAction.new],
      [ACTION_LABELS_VI.amended, report.byAction.amended],
      [ACTION_LABELS_VI.abolished, report.byAction.abolished],
    ],
  );
  table(
    workbook,
    PERIOD_REPORT_SHEETS.byLevel,
    ['Cấp thực hiện', 'Số TTHC'],
    [30, 12],
    Object.entries(report.byLevel).map(([level, count]) => [
      level === UNKNOWN_LEVEL ? 'Chưa rõ cấp' : levelLabel(level, 'vi'),
      count,
    ]),
  );
  table(
    workbook,
    PERIOD_REPORT_SHEETS.byField,
    ['Lĩnh vực', 'Số TTHC'],
    [50, 12],
    report.byField.map(({ field, count }) => [field === '' ? 'Chưa rõ lĩnh vực' : field, count]),
  );
  table(
    workbook,
    PERIOD_REPORT_SHEETS.byMonth,
    ['Tháng', ACTION_LABELS_VI.new, ACTION_LABELS_VI.amended, ACTION_LABELS_VI.abolished, 'Tổng'],
    [12, 14, 28, 12, 12],
    report.byMonth.map((m) => [
      `${m.month.slice(5, 7)}/${m.month.slice(0, 4)}`,
      m.new,
      m.amended,
      m.abolished,
      m.new + m.amended + m.abolished,
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function table(
  workbook: ExcelJS.Workbook,
  name: string,
  headers: string[],
  widths: number[],
  rows: (string | number)[][],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = widths.map((width) => ({ width }));
  sheet.addRow(headers).font = { bold: true };
  for (const values of rows) {
    const row = sheet.addRow(values);
    values.forEach((value, index) => {
      if (typeof value === 'number') row.getCell(index + 1).numFmt = COUNT_FORMAT;
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
}
