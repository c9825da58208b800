import { type AuditReport, auditReportCsv } from '@niemyet/core';

export type AuditFormat = 'json' | 'csv';

/** The audit report as the chosen file format (CSV: UTF-8 with BOM, one line per difference). */
export function renderAuditReport(report: AuditReport, format: AuditFormat): string {
  return format === 'csv' ? auditReportCsv(report) : `${JSON.stringify(report, null, 2)}\n`;
}

/** One line a person reads at the end of an audit. */
export function auditSummaryLine(report: AuditReport): string {
  const s = report.summary;
  const n = (value: number) => value.toLocaleString('vi-VN');
  return (
    `Khớp ${n(s.match)}, khác ${n(s.changed)}, đã bãi bỏ vẫn niêm yết ${n(s.abolished)}, ` +
    `không có trong danh mục ${n(s.unknown)}, chưa có hiệu lực ${n(s.notYetEffective)}, thiếu trên cổng ${n(s.missing)}` +
    ` (match ${s.match}, changed ${s.changed}, abolished ${s.abolished}, unknown ${s.unknown}, ` +
    `not yet effective ${s.notYetEffective}, missing ${s.missing})`
  );
}
