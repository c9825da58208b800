import type { AuditFinding } from '@niemyet/core';
import { z } from 'zod';
import { MAX_ROWS_PER_PAGE } from './schemas';

/**
 * What a content script needs of an audit to mark one row: its status, which fields differ,
 * the date an abolition or an entry into force is known for, similar names for an unknown row.
 * The full findings (diffs, evidence) stay in the background's database for the side panel.
 *
 * On the wire the verdicts of a page are packed (`PageVerdicts`): one letter per row for the
 * status, and a note only for the rows that are not a match. A listing is mostly matches, so
 * 2,000 rows cost a 2 KB string and a few dozen notes instead of 2,000 objects to send and
 * validate while the page waits for its badges.
 */

export type VerdictStatus = 'match' | 'changed' | 'abolished' | 'unknown' | 'not-yet-effective';

export interface RowVerdict {
  rowIndex: number;
  status: VerdictStatus;
  fields: string[];
  since: string | null;
  candidates: string[];
}

const LETTER: Record<VerdictStatus, string> = {
  match: 'm',
  changed: 'c',
  abolished: 'a',
  unknown: 'u',
  'not-yet-effective': 'n',
};
const STATUS_OF_LETTER = Object.fromEntries(
  Object.entries(LETTER).map(([status, letter]) => [letter, status]),
) as Record<string, VerdictStatus>;

const NO_VERDICT = '-';

const RowNoteSchema = z.object({
  rowIndex: z.number().int().nonnegative().max(MAX_ROWS_PER_PAGE),
  fields: z.array(z.string().max(100)).max(50),
  since: z.string().max(40).nullable(),
  candidates: z.array(z.string().max(4_200)).max(3),
});

export const PageVerdictsSchema = z.object({
  /**
   * One letter per audited row, in row order: m(atch) c(hanged) a(bolished) u(nknown) n(ot yet
   * effective), or "-" for a row the audit has no verdict on.
   */
  statuses: z
    .string()
    .max(MAX_ROWS_PER_PAGE)
    .regex(/^[mcaun-]*$/, 'expected one status letter per row'),
  /** The rest of the verdict of each row that is not a match. */
  notes: z.array(RowNoteSchema).max(MAX_ROWS_PER_PAGE),
});
export type PageVerdicts = z.infer<typeof PageVerdictsSchema>;

/** The verdicts of the rows an audit read (procedures "missing" from the page have no row). */
export function pageVerdicts(findings: readonly AuditFinding[]): PageVerdicts {
  const letters: string[] = [];
  const notes: PageVerdicts['notes'] = [];
  for (const finding of findings) {
    if (finding.rowIndex === null || finding.status === 'missing') continue;
    // Findings of rows come in row order, one per row: the letter's position is the row.
    letters[finding.rowIndex] = LETTER[finding.status];
    if (finding.status === 'match') continue;
    notes.push({
      rowIndex: finding.rowIndex,
      fields: finding.diffs.map((d) => d.field),
      since: finding.since,
      candidates: finding.candidates.slice(0, 3).map((c) => `${c.code ?? c.procedureId} ${c.name}`),
    });
  }
  return { statuses: Array.from(letters, (letter) => letter ?? NO_VERDICT).join(''), notes };
}

/** The packed verdicts as one verdict per row. */
export function rowVerdictsOf(verdicts: PageVerdicts): RowVerdict[] {
  const notes = new Map(verdicts.notes.map((note) => [note.rowIndex, note]));
  const rows: RowVerdict[] = [];
  for (let rowIndex = 0; rowIndex < verdicts.statuses.length; rowIndex++) {
    const status = STATUS_OF_LETTER[verdicts.statuses[rowIndex]!];
    if (status === undefined) continue;
    const note = notes.get(rowIndex);
    rows.push({
      rowIndex,
      status,
      fields: note?.fields ?? [],
      since: note?.since ?? null,
      candidates: note?.candidates ?? [],
    });
  }
  return rows;
}
