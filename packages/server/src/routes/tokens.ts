import { randomUUID } from 'node:crypto';
import { TokenBodySchema } from '@niemyet/core';
import { Hono } from 'hono';
import { signedIn } from '../auth/sessions';
import { newToken, tokenHash } from '../auth/tokens';
import type { AppEnv } from '../context';
import { notFound } from '../http/errors';
import { jsonBody } from '../http/validation';
import { insertAccessToken, listAccessTokens, revokeAccessToken } from '../repositories/access-tokens';

/** Personal access tokens for the extension: each user makes, lists and revokes their own. */
export const tokenRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const user = signedIn(c);
    return c.json({ tokens: await listAccessTokens(c.var.services.db, user.username) });
  })
  .post('/', async (c) => {
    const user = signedIn(c);
    const { name } = await jsonBody(c, TokenBodySchema);
    const token = newToken();
    const id = randomUUID();
    const at = c.var.services.now().toISOString();
    await insertAccessToken(c.var.services.db, {
      id,
      username: user.username,
      name,
      hash: tokenHash(token),
      at,
    });
    // The only time the secret leaves the server: it keeps the hash.
    return c.json({ id, name, createdAt: at, lastUsedAt: null, revokedAt: null, token }, 201);
  })
  .delete('/:id', async (c) => {
    const user = signedIn(c);
    const id = c.req.param('id');
    if (!(await revokeAccessToken(c.var.services.db, user.username, id, c.var.services.now().toISOString())))
      throw notFound('token', id);
    return c.body(null, 204);
  });
