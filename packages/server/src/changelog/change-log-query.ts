import {
  type CatalogueHistory,
  type ChangeLogFilter,
  type ChangeLogQuery,
  type ChangeLogResponse,
  type ChangeLogRow,
  changeLogRowMatcher,
  changeLogRows,
} from '@niemyet/core';
import type { Db } from '../db/schema';
import {
  changeLogEntriesBySeq,
  changeLogPages,
  changeLogSeqs,
  isStoredFilter,
  listChangeLog,
} from '../repositories/changelog';

/**
 * The change log as the view and the exports read it (issue 12): stored entries with the field
 * and agency of the version they recorded (core's `changeLogRows`, over the cached catalogue
 * history, whose applied decisions give the signing dates) and core's filter. What the
 * database can filter (period, decision, action, kind) it filters; the rest (level, field,
 * agency, procedure) is matched page by page, keeping only the seqs that match.
 */

/** `GET /api/changelog`: one page of rows and the total. */
export async function changeLogPage(
  db: Db,
  history: CatalogueHistory,
  query: ChangeLogQuery,
): Promise<ChangeLogResponse> {
  const { limit, offset, ...filter } = query;
  if (isStoredFilter(filter)) {
    const { total, entries } = await listChangeLog(db, filter, { limit, offset });
    return { total, entries: changeLogRows(entries, history, []) };
  }
  const seqs = await matchingSeqs(db, history, filter);
  const entries: ChangeLogRow[] = [];
  for await (const row of rowsOfSeqs(db, history, seqs.slice(offset, offset + limit))) entries.push(row);
  return { total: seqs.length, entries };
}

/** The seqs of every row the filter keeps, ascending; stops between pages when `signal` aborts. */
export async function matchingSeqs(
  db: Db,
  history: CatalogueHistory,
  filter: ChangeLogFilter,
  signal?: AbortSignal,
): Promise<number[]> {
  if (isStoredFilter(filter)) return changeLogSeqs(db, filter);
  const matches = changeLogRowMatcher(filter);
  const seqs: number[] = [];
  for await (const page of changeLogPages(db, filter)) {
    signal?.throwIfAborted();
    for (const row of changeLogRows(page, history, [])) if (matches(row)) seqs.push(row.seq);
  }
  return seqs;
}

/** The rows of the given seqs, in order, read a page at a time. */
export async function* rowsOfSeqs(
  db: Db,
  history: CatalogueHistory,
  seqs: readonly number[],
  signal?: AbortSignal,
): AsyncGenerator<ChangeLogRow> {
  for await (const page of changeLogEntriesBySeq(db, seqs)) {
    signal?.throwIfAborted();
    yield* changeLogRows(page, history, []);
  }
}
