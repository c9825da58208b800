import { IsoDateSchema } from '@niemyet/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { queryOf } from '../http/validation';
import { impactOf } from '../legal/impact-views';

const ImpactQuerySchema = z.object({
  number: z.string().trim().min(1).max(200),
  at: IsoDateSchema.optional(),
});

/** `GET /api/impact?number=&at=`: the procedures in force on `at` citing a document, however either side spelled it. */
export const impactRoutes = new Hono<AppEnv>().get('/', async (c) => {
  requirePermission(c, 'legal.read');
  const query = queryOf(c, ImpactQuerySchema);
  return c.json(await impactOf(c.var.services, query.number, query.at));
});
