import { UserCreateBodySchema, UserPatchBodySchema } from '@niemyet/core';
import { Hono } from 'hono';
import { hashPassword } from '../auth/passwords';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { clientAddress } from '../http/client';
import { ApiHttpError, notFound } from '../http/errors';
import { jsonBody } from '../http/validation';
import { recordActivity } from '../repositories/activity';
import { deleteSessionsOf } from '../repositories/sessions';
import { findUser, insertUser, listUsers, publicUser, updateUser } from '../repositories/users';

/** Accounts (admin): list, add, change roles or password, disable (which ends the user's sessions). */
export const userRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    requirePermission(c, 'users.manage');
    return c.json({ users: (await listUsers(c.var.services.db)).map(publicUser) });
  })
  .post('/', async (c) => {
    const admin = requirePermission(c, 'users.manage');
    const body = await jsonBody(c, UserCreateBodySchema);
    const { db, now, settings } = c.var.services;
    const at = now().toISOString();
    const passwordHash = await hashPassword(body.password);
    if (!(await insertUser(db, { username: body.username, passwordHash, roles: body.roles }, at)))
      throw new ApiHttpError(409, 'username-taken', `Tên «${body.username}» đã có (the username is taken).`, {
        username: body.username,
      });
    await recordActivity(
      db,
      {
        actor: admin.username,
        action: 'user-created',
        target: body.username,
        address: clientAddress(c, settings.trustProxy),
        details: { roles: body.roles },
      },
      at,
    );
    return c.json(publicUser((await findUser(db, body.username))!), 201);
  })
  .patch('/:username', async (c) => {
    const admin = requirePermission(c, 'users.manage');
    const body = await jsonBody(c, UserPatchBodySchema);
    const username = c.req.param('username');
    const { db, now, settings } = c.var.services;
    const passwordHash = body.password ? await hashPassword(body.password) : undefined;
    const at = now().toISOString();
    const updated = await db.transaction().execute(async (tx) => {
      if (!(await findUser(tx, username))) throw notFound('người dùng', username);
      await updateUser(tx, username, { roles: body.roles, disabled: body.disabled, passwordHash });
      // Disabling, or a new password, ends every session of the account.
      const ended = body.disabled || passwordHash ? await deleteSessionsOf(tx, username) : 0;
      await recordActivity(
        tx,
        {
          actor: admin.username,
          action: 'user-updated',
          target: username,
          address: clientAddress(c, settings.trustProxy),
          details: {
            ...(body.roles ? { roles: body.roles } : {}),
            ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
            ...(passwordHash ? { passwordChanged: true } : {}),
            sessionsEnded: ended,
          },
        },
        at,
      );
      return (await findUser(tx, username))!;
    });
    return c.json(publicUser(updated));
  });
