import { SetupBodySchema } from '@niemyet/core';
import { Hono } from 'hono';
import { hashPassword } from '../auth/passwords';
import { startSession } from '../auth/sessions';
import { checkSetupThrottle, recordSetupFailure } from '../auth/throttle';
import { tokenHash } from '../auth/tokens';
import type { AppEnv } from '../context';
import { clientAddress } from '../http/client';
import { ApiHttpError } from '../http/errors';
import { jsonBody } from '../http/validation';
import { recordActivity } from '../repositories/activity';
import { consumeSetupToken } from '../repositories/setup-tokens';
import { countUsers, insertUser } from '../repositories/users';
import { lockChain } from '../repositories/workspace';

/** First run: `GET /api/setup` → `{needed}`; `POST /api/setup` creates the first admin with the printed token. */
export const setupRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ needed: (await countUsers(c.var.services.db)) === 0 }))
  .post('/', async (c) => {
    const body = await jsonBody(c, SetupBodySchema);
    const { db, now, settings } = c.var.services;
    const address = clientAddress(c, settings.trustProxy);
    await checkSetupThrottle(db, address, now());
    const passwordHash = await hashPassword(body.password);
    let tokenRefused = false;
    await db
      .transaction()
      .execute(async (tx) => {
        // One lock for "is there still no user?" across instances: two setups cannot both win.
        await lockChain(tx);
        if ((await countUsers(tx)) > 0)
          throw new ApiHttpError(409, 'setup-done', 'Đã có tài khoản quản trị (setup is already done).');
        const at = now().toISOString();
        if (!(await consumeSetupToken(tx, tokenHash(body.token), at))) {
          tokenRefused = true;
          throw new ApiHttpError(
            403,
            'setup-token-invalid',
            'Mã thiết lập sai, đã dùng hoặc hết hạn (invalid setup token).',
          );
        }
        await insertUser(tx, { username: body.username, passwordHash, roles: ['admin'] }, at);
        await recordActivity(
          tx,
          {
            actor: body.username,
            action: 'setup',
            target: body.username,
            address,
          },
          at,
        );
        await startSession(c, tx, body.username);
      })
      .catch(async (error: unknown) => {
        // Counted outside the refused transaction, which rolls back: guessing tokens is throttled.
        if (tokenRefused) await recordSetupFailure(db, address, now(), settings.throttle.address);
        throw error;
      });
    return c.body(null, 204);
  });
