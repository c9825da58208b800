import { can, type Permission } from '@niemyet/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { ReadMemo } from '../cache/read-memo';
import type { AppEnv, Services, SignedInUser } from '../context';
import type { Db } from '../db/schema';
import { clearSessionCookie, sessionCookie, setSessionCookie } from '../http/cookies';
import { forbidden, unauthenticated } from '../http/errors';
import {
  deleteSession,
  extendSession,
  findSessionUser,
  insertSession,
  type SessionUser,
} from '../repositories/sessions';
import { newToken, tokenHash } from './tokens';

/**
 * Sessions live in the database (so any instance behind a proxy serves any user): the cookie
 * holds a random token, the table its SHA-256. A session ends after `sessionIdleMs` without a
 * request; each request moves the end on (at most once a minute, to spare a write per read).
 */
const TOUCH_EVERY_MS = 60_000;

export async function startSession(c: Context<AppEnv>, db: Db, username: string): Promise<void> {
  const { settings, now } = c.var.services;
  const token = newToken();
  const at = now();
  await insertSession(db, {
    tokenHash: tokenHash(token),
    username,
    now: at.toISOString(),
    expiresAt: new Date(at.getTime() + settings.sessionIdleMs).toISOString(),
  });
  setSessionCookie(c, token, settings.sessionIdleMs, settings.trustProxy);
}

export async function endSession(c: Context<AppEnv>): Promise<void> {
  const { db, settings } = c.var.services;
  const hash = c.var.sessionTokenHash;
  if (hash) await deleteSession(db, hash);
  clearSessionCookie(c, settings.trustProxy);
}

/** Resolves the session cookie to the signed-in user (or null); never refuses by itself. */
export function sessionMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', null);
    c.set('sessionTokenHash', null);
    const token = sessionCookie(c);
    if (token) {
      const { db, settings, now, memo } = c.var.services;
      const hash = tokenHash(token);
      const at = now();
      const found = await liveSession(db, memo, hash, at);
      if (found) {
        c.set('user', { username: found.username, roles: found.roles });
        c.set('sessionTokenHash', hash);
        if (at.getTime() - found.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
          const expiresAt = new Date(at.getTime() + settings.sessionIdleMs);
          await extendSession(db, hash, at.toISOString(), expiresAt.toISOString());
          // The memo must not keep the old end, or the session would lapse there.
          memo?.rememberSession(memo.mark('sessions'), hash, { ...found, lastSeenAt: at, expiresAt });
          setSessionCookie(c, token, settings.sessionIdleMs, settings.trustProxy);
        }
      }
    }
    await next();
  };
}

/** The session's user from the memo when the server may trust it, else from the database. */
async function liveSession(
  db: Db,
  memo: ReadMemo | null,
  hash: string,
  at: Date,
): Promise<SessionUser | null> {
  const remembered = memo?.session(hash);
  if (remembered) return remembered.expiresAt > at ? remembered : null;
  const mark = memo?.mark('sessions') ?? 0;
  const found = await findSessionUser(db, hash, at.toISOString());
  if (found) memo?.rememberSession(mark, hash, found);
  return found;
}

/** The signed-in user, or 401 `unauthenticated`. */
export function signedIn(c: Context<AppEnv>): SignedInUser {
  const user = c.var.user;
  if (!user) throw unauthenticated();
  return user;
}

/** The signed-in user when core's permission table lets their roles do it; else 401 or 403. */
export function requirePermission(c: Context<AppEnv>, permission: Permission): SignedInUser {
  const user = signedIn(c);
  if (!can(user.roles, permission)) throw forbidden(permission);
  return user;
}

export type { Services };
