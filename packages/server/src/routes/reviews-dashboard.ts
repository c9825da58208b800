import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { queryOf } from '../http/validation';
import { reviewDashboard } from '../legal/dashboard';
import { AtQuerySchema } from '../legal/legal-queries';

/** `GET /api/reviews/dashboard?at=`: the review desk on one page. */
export const reviewsDashboardRoutes = new Hono<AppEnv>().get('/dashboard', async (c) => {
  requirePermission(c, 'legal.read');
  const { at } = queryOf(c, AtQuerySchema);
  return c.json(await reviewDashboard(c.var.services, at));
});
