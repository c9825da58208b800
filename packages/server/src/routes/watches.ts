import { WatchBodySchema, WatchPatchSchema } from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { jsonBody } from '../http/validation';
import { createWatch, listWatches, patchWatch, runWatchNow, watchRun } from '../watches/watch-service';

/** Portal watches: read by every role, created, changed and run by supervisors and admins. */
export const watchRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    requirePermission(c, 'watches.read');
    return c.json(await listWatches(c.var.services));
  })
  .post('/', async (c) => {
    const user = requirePermission(c, 'watches.manage');
    const body = await jsonBody(c, WatchBodySchema);
    return c.json(await createWatch(c.var.services, user, body), 201);
  })
  .patch('/:id', async (c) => {
    requirePermission(c, 'watches.manage');
    const body = await jsonBody(c, WatchPatchSchema);
    return c.json(await patchWatch(c.var.services, c.req.param('id'), body));
  })
  .post('/:id/runs', async (c) => {
    requirePermission(c, 'watches.manage');
    return c.json(await runWatchNow(c.var.services, c.req.param('id')), 202);
  })
  .get('/:id/runs/:runId', async (c) => {
    requirePermission(c, 'watches.read');
    return c.json(await watchRun(c.var.services, c.req.param('id'), c.req.param('runId')));
  });
