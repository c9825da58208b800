import type { AccessToken } from '@niemyet/core';
import type { Db } from '../db/schema';
import { isoInstant } from '../db/schema';

/** Personal access tokens: the SHA-256 of the secret only, as sessions are kept. */

export async function insertAccessToken(
  db: Db,
  token: { id: string; username: string; name: string; hash: string; at: string },
): Promise<void> {
  await db
    .insertInto('access_tokens')
    .values({
      id: token.id,
      username: token.username,
      name: token.name,
      token_hash: token.hash,
      created_at: token.at,
    })
    .execute();
}

export async function listAccessTokens(db: Db, username: string): Promise<AccessToken[]> {
  const rows = await db
    .selectFrom('access_tokens')
    .select(['id', 'name', 'created_at', 'last_used_at', 'revoked_at'])
    .where('username', '=', username)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: isoInstant(r.created_at),
    lastUsedAt: r.last_used_at ? isoInstant(r.last_used_at) : null,
    revokedAt: r.revoked_at ? isoInstant(r.revoked_at) : null,
  }));
}

/** Revokes the caller's own token; false when they hold none with that id. */
export async function revokeAccessToken(db: Db, username: string, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('access_tokens')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(at)) }))
    .where('id', '=', id)
    .where('username', '=', username)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The token's owner and roles (a disabled account's token opens nothing), or null. */
export async function findAccessToken(
  db: Db,
  hash: string,
): Promise<{
  id: string;
  username: string;
  roles: string[];
  revoked: boolean;
  lastUsedAt: string | null;
} | null> {
  const row = await db
    .selectFrom('access_tokens as t')
    .innerJoin('users as u', 'u.username', 't.username')
    .select(['t.id', 't.username', 'u.roles', 'u.disabled', 't.revoked_at', 't.last_used_at'])
    .where('t.token_hash', '=', hash)
    .executeTakeFirst();
  if (!row || row.disabled) return null;
  return {
    id: row.id,
    username: row.username,
    roles: row.roles,
    revoked: row.revoked_at !== null,
    lastUsedAt: row.last_used_at ? isoInstant(row.last_used_at) : null,
  };
}

export async function touchAccessToken(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('access_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}
