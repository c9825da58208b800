import type { AuditFinding } from '@niemyet/core';
import { z } from 'zod';

/**
 * What a content script needs of an audit to mark one row: its status, which fields differ,
 * the date an abolition or an entry into force is known for, similar names for an unknown row.
 * The full findings (diffs, evidence) stay in the background's database for the side panel:
 * sending 2,000 of them to the page and validating them there would cost more than the audit.
 */
export const RowVerdictSchema = z.object({
  rowIndex: z.number().int().nonnegative(),
  status: z.enum(['match', 'changed', 'abolished', 'unknown', 'not-yet-effective']),
  fields: z.array(z.string()),
  since: z.string().nullable(),
  candidates: z.array(z.string()),
});
export type RowVerdict = z.infer<typeof RowVerdictSchema>;

/** The verdicts of the rows an audit read (procedures "missing" from the page have no row). */
export function rowVerdicts(findings: readonly AuditFinding[]): RowVerdict[] {
  const verdicts: RowVerdict[] = [];
  for (const finding of findings) {
    if (finding.rowIndex === null || finding.status === 'missing') continue;
    verdicts.push({
      rowIndex: finding.rowIndex,
      status: finding.status,
      fields: finding.diffs.map((d) => d.field),
      since: finding.since,
      candidates: finding.candidates.slice(0, 3).map((c) => `${c.code ?? c.procedureId} ${c.name}`),
    });
  }
  return verdicts;
}
