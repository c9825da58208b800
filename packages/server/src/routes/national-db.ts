import { NationalDbBodySchema } from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { decisionDetail } from '../decisions/decision-service';
import { recordNationalDb } from '../decisions/national-db';
import { jsonBody } from '../http/validation';

/** The day an issued decision's items were entered on the national database; answers the detail. */
export const nationalDbRoutes = new Hono<AppEnv>().post('/:id/national-db', async (c) => {
  const user = requirePermission(c, 'decisions.issue');
  const body = await jsonBody(c, NationalDbBodySchema);
  const decision = await recordNationalDb(c.var.services, user, c.req.param('id'), body);
  return c.json(await decisionDetail(c.var.services, user, decision));
});
