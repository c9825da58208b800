import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { queryOf } from '../http/validation';
import { impactOf } from '../legal/impact-views';
import { ImpactQuerySchema } from '../legal/legal-queries';

/** `GET /api/impact?number=&at=`: the procedures in force on `at` citing a document, however either side spelled it. */
export const impactRoutes = new Hono<AppEnv>().get('/', async (c) => {
  requirePermission(c, 'legal.read');
  const query = queryOf(c, ImpactQuerySchema);
  return c.json(await impactOf(c.var.services, query.number, query.at));
});
