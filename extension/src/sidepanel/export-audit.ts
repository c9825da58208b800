import { type AuditReport, auditReportCsv, buildAuditReport, vietnamFileStamp } from '@niemyet/core';
import type { StoredAudit } from '@niemyet/db';
import type { DownloadFile } from '@niemyet/ui';

/**
 * The audit as files: JSON (`niemyet.audit`, the CLI's format, each row with its evidence:
 * URL, time, row text) and CSV (UTF-8 with BOM, so Excel shows Vietnamese), named after the
 * time the page was read in Vietnam; saved with `@niemyet/ui`'s downloadFile.
 */

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
): { csv: DownloadFile; json: DownloadFile } {
  const report = auditReport(audit, generatedAt);
  const base = `niem-yet-doi-chieu-${vietnamFileStamp(audit.readAt) ?? 'audit'}`;
  return {
    csv: { name: `${base}.csv`, type: 'text/csv;charset=utf-8', text: auditReportCsv(report) },
    json: { name: `${base}.json`, type: 'application/json', text: `${JSON.stringify(report, null, 2)}\n` },
  };
}
