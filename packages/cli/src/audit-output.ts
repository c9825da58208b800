import { type AuditReport, auditReportCsv, formatVietnameseNumber } from '@niemyet/core';

export type AuditFormat = 'json' | 'csv';

/** The audit report as the chosen file format (CSV: UTF-8 with BOM, one line per difference). */
export function renderAuditReport(report: AuditReport, format: AuditFormat): string {
  return format === 'csv' ? auditReportCsv(report) : `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * Rows whose text arrived damaged (U+FFFD, mojibake): counted apart, because they are counted
 * as changed or unknown, yet what the portal must fix is its text, not the procedure.
 */
export function damagedRowCount(report: AuditReport): number {
  return report.rows.filter((row) => row.diffs.some((d) => d.kind === 'damaged')).length;
}

/** One line a person reads at the end of an audit. */
export function auditSummaryLine(report: AuditReport): string {
  const s = report.summary;
  const n = formatVietnameseNumber;
  const damaged = damagedRowCount(report);
  return (
    `Khớp ${n(s.match)}, khác ${n(s.changed)}, đã bãi bỏ vẫn niêm yết ${n(s.abolished)}, ` +
    `không có trong danh mục ${n(s.unknown)}, chưa có hiệu lực ${n(s.notYetEffective)}, thiếu trên cổng ${n(s.missing)}` +
    (damaged > 0 ? `; trong đó ${n(damaged)} dòng có chữ bị hỏng (lỗi mã ký tự)` : '') +
    ` (match ${s.match}, changed ${s.changed}, abolished ${s.abolished}, unknown ${s.unknown}, ` +
    `not yet effective ${s.notYetEffective}, missing ${s.missing}` +
    (damaged > 0 ? `; ${damaged} with damaged text` : '') +
    ')'
  );
}
