import type { AuditStatus } from '@niemyet/core';
import type { ListingRow } from '@niemyet/portal';
import type { RowVerdict } from '../messaging/row-verdict';

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
export function rowMarks(rows: readonly ListingRow[], verdicts: readonly RowVerdict[]): RowMark[] {
  const byElement = new Map<number, RowMark>();
  for (const verdict of verdicts) {
    const elementIndex = rows[verdict.rowIndex]?.elementIndex;
    if (elementIndex === undefined) continue;
    const mark: RowMark = {
      elementIndex,
      status: verdict.status,
      fields: verdict.fields,
      since: verdict.since,
      candidates: verdict.candidates,
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
