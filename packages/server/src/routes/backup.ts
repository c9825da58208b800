import { API_BODY_LIMITS } from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { bodyLimit } from '../http/body-limit';
import { clientAddress } from '../http/client';
import { ApiHttpError } from '../http/errors';
import { recordActivity } from '../repositories/activity';
import { checkRestoreBundle, exportBundle, restoreBundle } from '../workspace/backup';

/** `GET /api/backup` (admin, supervisor) and `POST /api/restore` (admin, all or nothing). */
export const backupRoutes = new Hono<AppEnv>()
  .get('/backup', async (c) => {
    const user = requirePermission(c, 'backup.read');
    const { db, now, settings } = c.var.services;
    const at = now().toISOString();
    const bundle = await exportBundle(db, at);
    await recordActivity(
      db,
      {
        actor: user.username,
        action: 'backup',
        address: clientAddress(c, settings.trustProxy),
        details: { decisions: bundle.decisions.length },
      },
      at,
    );
    c.header('Content-Disposition', `attachment; filename="niemyet-workspace-${at.slice(0, 10)}.json"`);
    return c.json(bundle);
  })
  .post('/restore', bodyLimit(API_BODY_LIMITS.restore), async (c) => {
    const user = requirePermission(c, 'backup.restore');
    let value: unknown;
    try {
      value = JSON.parse(await c.req.text());
    } catch {
      throw new ApiHttpError(
        422,
        'restore-refused',
        'Gói dữ liệu không phải JSON (the bundle is not JSON).',
        { reason: 'not-json' },
      );
    }
    const bundle = checkRestoreBundle(value);
    const { db, now, settings } = c.var.services;
    const at = now().toISOString();
    const figures = await db.transaction().execute(async (tx) => {
      const restored = await restoreBundle(tx, bundle, at);
      await recordActivity(
        tx,
        {
          actor: user.username,
          action: 'restore',
          address: clientAddress(c, settings.trustProxy),
          details: { ...restored },
        },
        at,
      );
      return restored;
    });
    return c.json(figures);
  });
