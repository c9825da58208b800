import { ActivityQuerySchema } from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { queryOf } from '../http/validation';
import { listActivity } from '../repositories/activity';

/** `GET /api/activity` (admin, supervisor): sign-ins, failed sign-ins, admin actions; newest first. */
export const activityRoutes = new Hono<AppEnv>().get('/', async (c) => {
  requirePermission(c, 'activity.read');
  return c.json(await listActivity(c.var.services.db, queryOf(c, ActivityQuerySchema)));
});
