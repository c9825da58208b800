import { CHANGE_LOG_GENESIS, type ChangeLogEntry, type ChangeLogQuery } from '@niemyet/core';
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

export async function listChangeLog(
  db: Db,
  query: ChangeLogQuery,
): Promise<{ total: number; entries: ChangeLogEntry[] }> {
  let base = db.selectFrom('change_log');
  if (query.from) base = base.where('occurred_on', '>=', query.from);
  if (query.to) base = base.where('occurred_on', '<=', query.to);
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    base.select('document').orderBy('seq').limit(query.limit).offset(query.offset).execute(),
  ]);
  return { total: Number(count.n), entries: rows.map((r) => r.document as ChangeLogEntry) };
}

/** The whole log in order (verification, backups). */
export async function readChangeLog(db: Db): Promise<ChangeLogEntry[]> {
  const rows = await db.selectFrom('change_log').select('document').orderBy('seq').execute();
  return rows.map((r) => r.document as ChangeLogEntry);
}
