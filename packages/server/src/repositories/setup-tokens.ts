import type { Db } from '../db/schema';

export async function insertSetupToken(
  db: Db,
  tokenHash: string,
  now: string,
  expiresAt: string,
): Promise<void> {
  await db
    .insertInto('setup_tokens')
    .values({ token_hash: tokenHash, created_at: now, expires_at: expiresAt, used_at: null })
    .execute();
}

/** Marks an unused, unexpired token used; false when there is no such token. Single use. */
export async function consumeSetupToken(db: Db, tokenHash: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('setup_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date(now))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
