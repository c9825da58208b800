import { type AuditFinding, type FindingKind, normalizeText, sha256Hex } from '@niemyet/core';
import type { QueuedFindingReport, StoredAudit } from '@niemyet/db';

/**
 * A confirmed finding as the team server's inbox takes it (`POST /api/findings`): the audit's
 * status named with the inbox's kinds, the row's evidence and diffs, and a `clientId` that is
 * the same every time the same finding of the same audit is queued, so a resend is harmless.
 */

/** Most diffs one reported finding carries (the contract's bound). */
const MAX_DIFFS = 50;

/** The inbox's kind for an audit finding; null for a row that matches (nothing to report). */
export function findingKindOf(finding: AuditFinding): Exclude<FindingKind, 'run-failed'> | null {
  // Damaged text is its own kind: the portal must re-enter the text, whatever else differs.
  if (finding.diffs.some((diff) => diff.kind === 'damaged')) return 'damaged-text';
  switch (finding.status) {
    case 'match':
      return null;
    case 'changed':
      return 'changed';
    case 'abolished':
      return 'abolished-but-listed';
    case 'unknown':
      return 'not-in-catalogue';
    case 'missing':
      return 'missing';
    case 'not-yet-effective':
      return 'not-yet-effective';
  }
}

/** Stable over resends: the page, the procedure (code, else its name), the kind, the audit's time. */
export function reportClientId(
  url: string,
  finding: AuditFinding,
  kind: FindingKind,
  auditedAt: string,
): string {
  const procedure = finding.code ?? `name:${normalizeText(finding.name)}`;
  return sha256Hex(JSON.stringify([url, procedure, kind, auditedAt]));
}

/** The queue record for one finding of an audit, or null when it is nothing to report. */
export function reportItemOf(
  audit: StoredAudit,
  finding: AuditFinding,
  queuedAt: string,
): QueuedFindingReport | null {
  const kind = findingKindOf(finding);
  const name = (finding.name.trim() || finding.rawCode || finding.code || '').slice(0, 2_000);
  if (kind === null || name === '') return null;
  const url = finding.evidence?.url ?? audit.tabUrl;
  const clientId = reportClientId(url, finding, kind, audit.readAt);
  return {
    clientId,
    url,
    queuedAt,
    report: {
      clientId,
      kind,
      code: (finding.code ?? finding.rawCode)?.slice(0, 100) ?? null,
      name,
      evidence: finding.evidence,
      diffs: finding.diffs.slice(0, MAX_DIFFS),
    },
  };
}
