import type { ThrottlePolicy } from '../config';
import type { Db } from '../db/schema';
import { ApiHttpError } from '../http/errors';
import { clearAttempts, countFailure, findAttempts } from '../repositories/sign-in-attempts';

/**
 * Sign-in throttling, per account and per client address, with the counters in the database
 * so it holds across instances: `limit` failures within `windowMs` lock the key for `lockMs`
 * (429 with Retry-After). A success clears the account's counter, not the address's.
 */
export interface ThrottleKeys {
  account: string;
  address: string | null;
}

function keysOf(keys: ThrottleKeys): { account: string; address: string | null } {
  return { account: `user:${keys.account}`, address: keys.address ? `address:${keys.address}` : null };
}

/** Throws 429 when either key is locked now. */
export async function checkThrottle(db: Db, keys: ThrottleKeys, now: Date): Promise<void> {
  const { account, address } = keysOf(keys);
  await checkLocks(db, address ? [account, address] : [account], now);
}

/**
 * Setup-token guesses are counted per client address only: a lock on the setup itself would
 * let anyone on the network keep the first admin out.
 */
function setupKey(address: string | null): string {
  return `setup:${address ?? 'unknown'}`;
}

/** Throws 429 when this address guessed wrong setup tokens too often. */
export async function checkSetupThrottle(db: Db, address: string | null, now: Date): Promise<void> {
  await checkLocks(db, [setupKey(address)], now);
}

export async function recordSetupFailure(
  db: Db,
  address: string | null,
  now: Date,
  policy: ThrottlePolicy,
): Promise<void> {
  await countFailure(db, setupKey(address), now, policy);
}

async function checkLocks(db: Db, keys: string[], now: Date): Promise<void> {
  const rows = await findAttempts(db, keys);
  const until = Math.max(
    0,
    ...rows.map((r) => (r.lockedUntil && r.lockedUntil > now ? r.lockedUntil.getTime() : 0)),
  );
  if (until > 0) throw tooMany(Math.ceil((until - now.getTime()) / 1000));
}

export async function recordFailure(
  db: Db,
  keys: ThrottleKeys,
  now: Date,
  policies: { account: ThrottlePolicy; address: ThrottlePolicy },
): Promise<void> {
  const { account, address } = keysOf(keys);
  await countFailure(db, account, now, policies.account);
  if (address) await countFailure(db, address, now, policies.address);
}

export async function recordSuccess(db: Db, keys: ThrottleKeys): Promise<void> {
  await clearAttempts(db, keysOf(keys).account);
}

export function tooMany(retryAfter: number): ApiHttpError {
  return new ApiHttpError(
    429,
    'too-many-requests',
    `Đăng nhập sai quá nhiều lần, thử lại sau ${retryAfter} giây (too many failed sign-ins; retry after ${retryAfter} s).`,
    { retryAfter },
    { headers: { 'Retry-After': String(retryAfter) } },
  );
}
