import { CHANGE_LOG_GENESIS, type ChangeLogEntry, type ChangeLogFilter } from '@niemyet/core';
import { sql } from 'kysely';
import { type Db, json } from '../db/schema';

/** Rows per INSERT: 500 entries × 5 parameters stays far below PostgreSQL's 65,535. */
export const INSERT_CHUNK = 500;

export interface ChangeLogHead {
  seq: number;
  hash: string;
}

/** The last entry's number and hash; seq 0 and the genesis hash for an empty log. */
export async function changeLogHead(db: Db): Promise<ChangeLogHead> {
  const row = await db
    .selectFrom('change_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ?? { seq: 0, hash: CHANGE_LOG_GENESIS };
}

export async function insertChangeLog(db: Db, entries: readonly ChangeLogEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += INSERT_CHUNK) {
    const chunk = entries.slice(i, i + INSERT_CHUNK);
    await db
      .insertInto('change_log')
      .values(
        chunk.map((e) => ({
          seq: e.seq,
          decision_id: e.decisionId,
          occurred_on: e.occurredOn,
          hash: e.hash,
          document: json(e),
        })),
      )
      .execute();
  }
}

/** The filters the database answers itself (columns and JSON members); the rest need the catalogue. */
export type StoredChangeLogFilter = Pick<ChangeLogFilter, 'from' | 'to' | 'decision' | 'action' | 'kind'>;

/** Whether a filter is only made of what `storedFilter` covers (then SQL counts and pages it). */
export function isStoredFilter(filter: ChangeLogFilter): boolean {
  return (
    filter.level === undefined &&
    filter.field === undefined &&
    filter.agency === undefined &&
    (filter.procedure === undefined || filter.procedure.trim() === '')
  );
}

function selectFiltered(db: Db, filter: StoredChangeLogFilter) {
  let base = db.selectFrom('change_log');
  if (filter.from) base = base.where('occurred_on', '>=', filter.from);
  if (filter.to) base = base.where('occurred_on', '<=', filter.to);
  if (filter.decision) base = base.where('decision_id', '=', filter.decision);
  if (filter.action) base = base.where(sql<string>`document->>'action'`, '=', filter.action);
  if (filter.kind) base = base.where(sql<string>`document->>'kind'`, '=', filter.kind);
  return base;
}

/** One page of the entries a stored filter keeps, by seq, and how many it keeps in all. */
export async function listChangeLog(
  db: Db,
  filter: StoredChangeLogFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; entries: ChangeLogEntry[] }> {
  const base = selectFiltered(db, filter);
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    base.select('document').orderBy('seq').limit(page.limit).offset(page.offset).execute(),
  ]);
  return { total: Number(count.n), entries: rows.map((r) => r.document as ChangeLogEntry) };
}

/**
 * The entries a stored filter keeps, page by page in seq order (keyset paging: each page
 * starts after the last seq seen), so a 100,000-entry log is read without holding it.
 */
export async function* changeLogPages(
  db: Db,
  filter: StoredChangeLogFilter,
  pageSize = 1000,
): AsyncGenerator<ChangeLogEntry[]> {
  let after = 0;
  for (;;) {
    const rows = await selectFiltered(db, filter)
      .select(['seq', 'document'])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return;
    yield rows.map((r) => r.document as ChangeLogEntry);
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.seq;
  }
}

/** The seqs of every entry a stored filter keeps, ascending (a number each: 100,000 are under a megabyte). */
export async function changeLogSeqs(db: Db, filter: StoredChangeLogFilter): Promise<number[]> {
  const rows = await selectFiltered(db, filter).select('seq').orderBy('seq').execute();
  return rows.map((r) => Number(r.seq));
}

/** The entries of the given seqs (ascending), page by page in seq order. */
export async function* changeLogEntriesBySeq(
  db: Db,
  seqs: readonly number[],
  pageSize = 1000,
): AsyncGenerator<ChangeLogEntry[]> {
  for (let i = 0; i < seqs.length; i += pageSize) {
    const chunk = seqs.slice(i, i + pageSize);
    const rows = await db
      .selectFrom('change_log')
      .select('document')
      .where('seq', 'in', chunk)
      .orderBy('seq')
      .execute();
    yield rows.map((r) => r.document as ChangeLogEntry);
  }
}

/** The whole log in order (verification, backups). */
export async function readChangeLog(db: Db): Promise<ChangeLogEntry[]> {
  const rows = await db.selectFrom('change_log').select('document').orderBy('seq').execute();
  return rows.map((r) => r.document as ChangeLogEntry);
}
