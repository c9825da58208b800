import { DraftFromTasksBodySchema, ReviewTaskListQuerySchema, ReviewTaskPatchSchema } from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { jsonBody, queryOf } from '../http/validation';
import { draftDecisionFromTasks, listTasks, patchTask } from '../legal/task-service';

/** Review tasks: listed by every role, assigned and decided by reviewers and admins, drafted into a decision by drafters. */
export const reviewTaskRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const user = requirePermission(c, 'legal.read');
    return c.json(await listTasks(c.var.services, user, queryOf(c, ReviewTaskListQuerySchema)));
  })
  .post('/draft-decision', async (c) => {
    const user = requirePermission(c, 'decisions.draft');
    const body = await jsonBody(c, DraftFromTasksBodySchema);
    return c.json(await draftDecisionFromTasks(c.var.services, user, body), 201);
  })
  .patch('/:id', async (c) => {
    requirePermission(c, 'legal.write');
    const body = await jsonBody(c, ReviewTaskPatchSchema);
    return c.json(await patchTask(c.var.services, c.req.param('id'), body));
  });
