import { permissionsOf, SessionCreateBodySchema } from '@niemyet/core';
import { Hono } from 'hono';
import { decoyHash, verifyPassword } from '../auth/passwords';
import { endSession, signedIn, startSession } from '../auth/sessions';
import { checkThrottle, recordFailure, recordSuccess } from '../auth/throttle';
import type { AppEnv } from '../context';
import { clientAddress } from '../http/client';
import { ApiHttpError } from '../http/errors';
import { jsonBody } from '../http/validation';
import { recordActivity } from '../repositories/activity';
import { findUser, recordSignIn } from '../repositories/users';

/** Sign-in (`POST /api/session`), sign-out (`DELETE`), and who is signed in (`GET /api/me`). */
export const sessionRoutes = new Hono<AppEnv>()
  .post('/session', async (c) => {
    const body = await jsonBody(c, SessionCreateBodySchema);
    const { db, now, settings } = c.var.services;
    const address = clientAddress(c, settings.trustProxy);
    const keys = { account: body.username, address };
    const at = now();
    try {
      await checkThrottle(db, keys, at);
    } catch (error) {
      await recordActivity(
        db,
        { actor: body.username, action: 'sign-in-throttled', address },
        at.toISOString(),
      );
      throw error;
    }
    const user = await findUser(db, body.username);
    // The same work and the same answer whether the account is unknown, disabled or the password wrong.
    const matches = await verifyPassword(body.password, user?.passwordHash ?? (await decoyHash()));
    if (!user || user.disabled || !matches) {
      await recordFailure(db, keys, at, settings.throttle);
      await recordActivity(
        db,
        {
          actor: body.username,
          action: 'sign-in-failed',
          address,
          details: { reason: !user ? 'unknown-user' : user.disabled ? 'disabled' : 'wrong-password' },
        },
        at.toISOString(),
      );
      throw new ApiHttpError(
        401,
        'invalid-credentials',
        'Sai tên đăng nhập hoặc mật khẩu (wrong username or password).',
      );
    }
    await recordSuccess(db, keys);
    await recordSignIn(db, user.username, at.toISOString());
    await recordActivity(db, { actor: user.username, action: 'sign-in', address }, at.toISOString());
    await startSession(c, db, user.username);
    return c.body(null, 204);
  })
  .delete('/session', async (c) => {
    const user = c.var.user;
    await endSession(c);
    if (user)
      await recordActivity(
        c.var.services.db,
        {
          actor: user.username,
          action: 'sign-out',
          address: clientAddress(c, c.var.services.settings.trustProxy),
        },
        c.var.services.now().toISOString(),
      );
    return c.body(null, 204);
  })
  .get('/me', (c) => {
    const user = signedIn(c);
    return c.json({ username: user.username, roles: user.roles, permissions: permissionsOf(user.roles) });
  });
