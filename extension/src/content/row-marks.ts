import type { AuditFinding, AuditStatus } from '@niemyet/core';
import type { ListingRow } from '@niemyet/portal';

/**
 * From an audit's findings to what each row element of the page shows. Pure: the DOM writes
 * live in `mark-page.ts`. Findings point at rows by `rowIndex` (position in the audited rows);
 * rows point at elements by `elementIndex` (position among `querySelectorAll(rowSelector)`).
 */

/** The statuses a listed row can have (`missing` rows are not on the page). */
export type RowStatus = Exclude<AuditStatus, 'missing'>;

export const ROW_STATUSES: readonly RowStatus[] = [
  'match',
  'changed',
  'abolished',
  'unknown',
  'not-yet-effective',
];

export interface RowMark {
  /** Index among `querySelectorAll(rowSelector)`. */
  elementIndex: number;
  status: RowStatus;
  /** The fields that differ (status `changed`), in the audit's order. */
  fields: string[];
  /** For `abolished` / `not-yet-effective`: the date the audit gives. */
  since: string | null;
  /** For `unknown`: codes and names of similar catalogue procedures. */
  candidates: string[];
}

export type RowCounts = Record<RowStatus, number>;

export function emptyCounts(): RowCounts {
  return { match: 0, changed: 0, abolished: 0, unknown: 0, 'not-yet-effective': 0 };
}

/**
 * One mark per row element that has a finding. A row the reader could not place in the page
 * (no `elementIndex`) is audited but not marked; two rows on one element (should not happen)
 * keep the worse status, so a discrepancy is never hidden behind a match.
 */
export function rowMarks(rows: readonly ListingRow[], findings: readonly AuditFinding[]): RowMark[] {
  const byElement = new Map<number, RowMark>();
  for (const finding of findings) {
    if (finding.rowIndex === null || finding.status === 'missing') continue;
    const elementIndex = rows[finding.rowIndex]?.elementIndex;
    if (elementIndex === undefined) continue;
    const mark: RowMark = {
      elementIndex,
      status: finding.status,
      fields: finding.diffs.map((d) => d.field),
      since: finding.since,
      candidates: finding.candidates.slice(0, 3).map((c) => `${c.code ?? c.procedureId} ${c.name}`),
    };
    const previous = byElement.get(elementIndex);
    if (!previous || severity(mark.status) > severity(previous.status)) byElement.set(elementIndex, mark);
  }
  return [...byElement.values()].sort((a, b) => a.elementIndex - b.elementIndex);
}

function severity(status: RowStatus): number {
  return status === 'match' ? 0 : status === 'not-yet-effective' ? 1 : 2;
}

export function countMarks(marks: readonly RowMark[]): RowCounts {
  const counts = emptyCounts();
  for (const mark of marks) counts[mark.status]++;
  return counts;
}
