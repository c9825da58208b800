import { sql } from 'kysely';
import type { Db } from '../db/schema';

export interface AttemptRow {
  key: string;
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

export async function findAttempts(db: Db, keys: string[]): Promise<AttemptRow[]> {
  if (keys.length === 0) return [];
  const rows = await db.selectFrom('sign_in_attempts').selectAll().where('key', 'in', keys).execute();
  return rows.map((r) => ({
    key: r.key,
    failures: r.failures,
    windowStart: new Date(r.window_start),
    lockedUntil: r.locked_until ? new Date(r.locked_until) : null,
  }));
}

/**
 * Counts one failure in the key's window (a new window once the old one is over), in one
 * statement so two instances counting at once both count; locks the key once the count
 * reaches `limit`.
 */
export async function countFailure(
  db: Db,
  key: string,
  now: Date,
  policy: { windowMs: number; limit: number; lockMs: number },
): Promise<AttemptRow> {
  const windowFloor = new Date(now.getTime() - policy.windowMs).toISOString();
  const lockedUntil = new Date(now.getTime() + policy.lockMs).toISOString();
  const nowIso = now.toISOString();
  const { rows } = await sql<{ failures: number; window_start: Date; locked_until: Date | null }>`
    insert into sign_in_attempts (key, failures, window_start, locked_until)
    values (${key}, 1, ${nowIso}, null)
    on conflict (key) do update set
      failures = case when sign_in_attempts.window_start < ${windowFloor} then 1
                      else sign_in_attempts.failures + 1 end,
      window_start = case when sign_in_attempts.window_start < ${windowFloor} then ${nowIso}::timestamptz
                          else sign_in_attempts.window_start end
    returning failures, window_start, locked_until`.execute(db);
  const row = rows[0]!;
  let lockedUntilDate = row.locked_until ? new Date(row.locked_until) : null;
  if (row.failures >= policy.limit) {
    await db
      .updateTable('sign_in_attempts')
      .set({ locked_until: lockedUntil })
      .where('key', '=', key)
      .execute();
    lockedUntilDate = new Date(lockedUntil);
  }
  return {
    key,
    failures: row.failures,
    windowStart: new Date(row.window_start),
    lockedUntil: lockedUntilDate,
  };
}

export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('key', '=', key).execute();
}
