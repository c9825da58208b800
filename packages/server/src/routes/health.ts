import { Hono } from 'hono';
import { sql } from 'kysely';
import type { AppEnv } from '../context';

/** `GET /api/health`: for a proxy's health check; answers once the database answers. */
export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  await sql`select 1`.execute(c.var.services.db);
  return c.json({ ok: true });
});
