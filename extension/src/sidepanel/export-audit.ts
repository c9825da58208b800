import { type AuditReport, auditReportCsv, buildAuditReport } from '@niemyet/core';
import type { StoredAudit } from '@niemyet/db';

/**
 * The audit as files: JSON (`niemyet.audit`, the CLI's format, each row with its evidence:
 * URL, time, row text) and CSV (UTF-8 with BOM, so Excel shows Vietnamese).
 */

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** `2025-07-01T03:04:05.000Z` → `20250701-1004` (Vietnam time), for file names. */
function stamp(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return 'audit';
  const local = new Date(ms + 7 * 3_600_000).toISOString();
  return `${local.slice(0, 10).replaceAll('-', '')}-${local.slice(11, 16).replace(':', '')}`;
}

export function auditReport(
  audit: Pick<StoredAudit, 'asOf' | 'summary' | 'findings'>,
  generatedAt: string,
): AuditReport {
  return buildAuditReport(
    { asOf: audit.asOf, summary: audit.summary, findings: audit.findings },
    generatedAt,
  );
}

export function auditExportFiles(
  audit: StoredAudit,
  generatedAt: string,
): { csv: ExportFile; json: ExportFile } {
  const report = auditReport(audit, generatedAt);
  const base = `niem-yet-doi-chieu-${stamp(audit.readAt)}`;
  return {
    csv: { name: `${base}.csv`, type: 'text/csv;charset=utf-8', text: auditReportCsv(report) },
    json: { name: `${base}.json`, type: 'application/json', text: `${JSON.stringify(report, null, 2)}\n` },
  };
}

/** Saves a file through the browser's download (an `a[download]` on a Blob URL). */
export function downloadFile(document: Document, file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has its own reference by now; revoke a moment later (Firefox needs the tick).
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
