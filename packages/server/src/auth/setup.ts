import type { Db } from '../db/schema';
import { insertSetupToken } from '../repositories/setup-tokens';
import { countUsers } from '../repositories/users';
import { newToken, tokenHash } from './tokens';

/**
 * First run: while there is no account, the server makes a one-time setup token (stored
 * hashed, with an expiry) and prints a link to the console's setup screen carrying it. The
 * first admin is created with it; it cannot be used twice.
 */
export async function setupTokenIfNeeded(db: Db, now: Date, validityMs: number): Promise<string | null> {
  if ((await countUsers(db)) > 0) return null;
  const token = newToken();
  await insertSetupToken(
    db,
    tokenHash(token),
    now.toISOString(),
    new Date(now.getTime() + validityMs).toISOString(),
  );
  return token;
}

export function setupLink(baseUrl: string, token: string): string {
  return `${baseUrl}/#/setup?token=${encodeURIComponent(token)}`;
}
