import Papa from 'papaparse';
import type { FieldDiff } from '../diff/field-diff';
import type { AuditFinding, AuditResult, AuditStatus, AuditSummary } from './listing-audit';

/**
 * The audit report files (DESIGN §5), written by the CLI and the extension alike: JSON for
 * machines, CSV for the spreadsheets supervisors live in (UTF-8 with a BOM so Excel shows
 * Vietnamese). Every row keeps its evidence: the page, when it was read, the row's text.
 */

export interface AuditReportDiff {
  field: string;
  /** `damaged`: one side's text arrived damaged (U+FFFD, mojibake), so it was not compared. */
  kind: FieldDiff['kind'];
  expected: string | null;
  actual: string | null;
}

export interface AuditReportRow {
  code: string | null;
  rawCode: string | null;
  name: string;
  status: AuditStatus;
  procedureId: string | null;
  diffs: AuditReportDiff[];
  candidates: { procedureId: string; code: string | null; name: string; score: number }[];
  since: string | null;
  decisionId: string | null;
  evidence: { url: string | null; at: string; text: string } | null;
}

export interface AuditReport {
  format: 'niemyet.audit';
  version: 1;
  /** The date of the catalogue audited against. */
  asOf: string;
  generatedAt: string;
  summary: AuditSummary;
  rows: AuditReportRow[];
}

function reportDiff(diff: FieldDiff): AuditReportDiff {
  return { field: diff.field, kind: diff.kind, expected: diff.expected, actual: diff.actual };
}

function reportRow(finding: AuditFinding): AuditReportRow {
  return {
    code: finding.code,
    rawCode: finding.rawCode,
    name: finding.name,
    status: finding.status,
    procedureId: finding.procedureId,
    diffs: finding.diffs.map(reportDiff),
    candidates: finding.candidates.map((c) => ({ ...c, score: Math.round(c.score * 100) / 100 })),
    since: finding.since,
    decisionId: finding.decisionId,
    evidence: finding.evidence,
  };
}

export function buildAuditReport(result: AuditResult, generatedAt: string): AuditReport {
  return {
    format: 'niemyet.audit',
    version: 1,
    asOf: result.asOf,
    generatedAt,
    summary: result.summary,
    rows: result.findings.map(reportRow),
  };
}

const CSV_BOM = '\ufeff';

/** Column headers, Vietnamese first: the file is for people in provincial offices. */
const CSV_HEADERS = [
  'Trạng thái / Status',
  'Mã TTHC / Code',
  'Mã hiển thị / Code shown',
  'Tên TTHC / Name',
  'Trường khác / Field',
  'Danh mục / Expected',
  'Cổng / Shown',
  'Ghi chú / Note',
  'Trang / URL',
  'Thời điểm / Read at',
  'Nội dung dòng / Row text',
];

/** The note of a damaged field's line: the two texts were not compared, one is damaged. */
export const DAMAGED_TEXT_NOTE =
  'Chữ bị hỏng (lỗi mã ký tự), không so sánh được / damaged text, not compared';

/** One CSV line per field difference (or one per row without differences). */
export function auditReportCsv(report: AuditReport): string {
  const lines: (string | null)[][] = [];
  for (const row of report.rows) {
    const note =
      row.status === 'unknown' && row.candidates.length
        ? `Gần giống / similar: ${row.candidates.map((c) => `${c.code ?? c.procedureId} ${c.name}`).join('; ')}`
        : row.since
          ? `Từ / since ${row.since}`
          : '';
    const base = [row.status, row.code, row.rawCode, row.name];
    const evidence = [row.evidence?.url ?? '', row.evidence?.at ?? '', row.evidence?.text ?? ''];
    if (row.diffs.length === 0) lines.push([...base, '', '', '', note, ...evidence]);
    for (const diff of row.diffs) {
      const diffNote = diff.kind === 'damaged' ? [DAMAGED_TEXT_NOTE, note].filter(Boolean).join('; ') : note;
      lines.push([...base, diff.field, diff.expected, diff.actual, diffNote, ...evidence]);
    }
  }
  // Portal text is hostile: a name starting with "=" must not become a spreadsheet formula.
  return (
    CSV_BOM + Papa.unparse({ fields: CSV_HEADERS, data: lines }, { newline: '\r\n', escapeFormulae: true })
  );
}
