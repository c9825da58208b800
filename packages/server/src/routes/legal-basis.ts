import { LegalBasisFlagsQuerySchema } from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { queryOf } from '../http/validation';
import { flagsOf, legalBasisOf } from '../legal/impact-views';
import { AtQuerySchema } from '../legal/legal-queries';

/**
 * A procedure's legal basis with each document's status, and the catalogue-wide flags of
 * procedures resting on a document that has ended (mounted at /api).
 */
export const legalBasisRoutes = new Hono<AppEnv>()
  .get('/procedures/:id/legal-basis', async (c) => {
    requirePermission(c, 'legal.read');
    const { at } = queryOf(c, AtQuerySchema);
    return c.json(await legalBasisOf(c.var.services, c.req.param('id'), at));
  })
  .get('/legal-basis/flags', async (c) => {
    requirePermission(c, 'legal.read');
    return c.json(await flagsOf(c.var.services, queryOf(c, LegalBasisFlagsQuerySchema)));
  });
