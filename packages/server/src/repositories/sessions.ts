import type { Role } from '@niemyet/core';
import type { Db } from '../db/schema';

export interface SessionUser {
  username: string;
  roles: Role[];
  expiresAt: Date;
  lastSeenAt: Date;
}

export async function insertSession(
  db: Db,
  session: { tokenHash: string; username: string; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      username: session.username,
      created_at: session.now,
      expires_at: session.expiresAt,
      last_seen_at: session.now,
    })
    .execute();
}

/** The signed-in user of a live session (not expired, account not disabled), or null. */
export async function findSessionUser(db: Db, tokenHash: string, now: string): Promise<SessionUser | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.username', 'sessions.username')
    .select(['users.username', 'users.roles', 'sessions.expires_at', 'sessions.last_seen_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', new Date(now))
    .where('users.disabled', '=', false)
    .executeTakeFirst();
  return row
    ? {
        username: row.username,
        roles: row.roles as Role[],
        expiresAt: new Date(row.expires_at),
        lastSeenAt: new Date(row.last_seen_at),
      }
    : null;
}

export async function extendSession(
  db: Db,
  tokenHash: string,
  now: string,
  expiresAt: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOf(db: Db, username: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('username', '=', username).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', new Date(now)).execute();
}
