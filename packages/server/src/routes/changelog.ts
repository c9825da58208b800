import { ChangeLogQuerySchema, verifyChangeLog } from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { queryOf } from '../http/validation';
import { listChangeLog, readChangeLog } from '../repositories/changelog';

/** The change log: entries by seq, and the chain verified from the first entry. */
export const changelogRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    requirePermission(c, 'changelog.read');
    return c.json(await listChangeLog(c.var.services.db, queryOf(c, ChangeLogQuerySchema)));
  })
  .get('/verify', async (c) => {
    requirePermission(c, 'changelog.read');
    const log = await readChangeLog(c.var.services.db);
    const result = verifyChangeLog(log);
    return c.json({
      ok: result.ok,
      entries: log.length,
      firstBroken: result.ok ? null : { seq: result.seq, reason: result.reason },
    });
  });
