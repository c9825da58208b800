import type { Role } from '@niemyet/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context';
import { ApiHttpError, forbidden, unauthenticated } from '../http/errors';
import { findAccessToken, touchAccessToken } from '../repositories/access-tokens';
import { tokenHash } from './tokens';

/**
 * Personal access tokens (`Authorization: Bearer <token>`), what the extension connects with.
 * A token acts as its owner but only on what it was made for: reading the catalogue and
 * reporting findings. Anything else answers 403 even when the owner could do it with a
 * session; a revoked token answers 401 `token-revoked`, so the extension can say so.
 */
const GRANTED: readonly { method: string; path: string }[] = [
  { method: 'GET', path: '/api/catalogue/published' },
  { method: 'GET', path: '/api/catalogue/snapshot' },
  { method: 'POST', path: '/api/findings' },
];

/** `last_used_at` is written at most this often per token: a busy extension is not a write per request. */
const TOUCH_EVERY_MS = 60_000;

export function accessTokenMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) return next();
    const { db, now } = c.var.services;
    const found = await findAccessToken(db, tokenHash(match[1]!));
    if (!found) throw unauthenticated();
    if (found.revoked)
      throw new ApiHttpError(
        401,
        'token-revoked',
        'Mã truy cập đã bị thu hồi (the access token was revoked).',
      );
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    const path = c.req.path.replace(/\/+$/, '');
    if (!GRANTED.some((g) => g.method === method && g.path === path)) throw forbidden('access-token');
    // The token's owner, whatever session cookie came along.
    c.set('user', { username: found.username, roles: found.roles as Role[] });
    c.set('sessionTokenHash', null);
    const at = now();
    if (!found.lastUsedAt || at.getTime() - Date.parse(found.lastUsedAt) >= TOUCH_EVERY_MS)
      await touchAccessToken(db, found.id, at.toISOString());
    await next();
  };
}
