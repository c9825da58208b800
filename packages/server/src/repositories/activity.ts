import type { ActivityAction, ActivityEntry, ActivityQuery } from '@niemyet/core';
import { type Db, isoInstant, json } from '../db/schema';

export interface ActivityRecord {
  actor: string | null;
  action: ActivityAction;
  target?: string | null;
  address?: string | null;
  /** Figures and reasons only: never a password, a token or a hash of one. */
  details?: Record<string, unknown>;
}

export async function recordActivity(db: Db, record: ActivityRecord, now: string): Promise<void> {
  await db
    .insertInto('activity')
    .values({
      at: now,
      actor: record.actor,
      action: record.action,
      target: record.target ?? null,
      address: record.address ?? null,
      details: json(record.details ?? {}),
    })
    .execute();
}

export async function listActivity(
  db: Db,
  query: ActivityQuery,
): Promise<{ total: number; entries: ActivityEntry[] }> {
  let base = db.selectFrom('activity');
  if (query.actor) base = base.where('actor', '=', query.actor);
  if (query.action) base = base.where('action', '=', query.action);
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    base.selectAll().orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
  ]);
  return {
    total: Number(count.n),
    entries: rows.map((r) => ({
      id: r.id,
      at: isoInstant(r.at),
      actor: r.actor,
      action: r.action as ActivityAction,
      target: r.target,
      address: r.address,
      details: r.details,
    })),
  };
}
