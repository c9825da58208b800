import { RepostingDoneBodySchema } from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { clientAddress } from '../http/client';
import { jsonBody, queryOf } from '../http/validation';
import { AtQuerySchema } from '../legal/legal-queries';
import { markChecklistDone } from '../posting/mark-done';
import { readChecklist } from '../posting/office-checklist';

/** An office's re-posting checklist: read by every role, marked done by whoever re-posts. */
export const officeChecklistRoutes = new Hono<AppEnv>()
  .get('/:id/checklist', async (c) => {
    requirePermission(c, 'posting.read');
    const { at } = queryOf(c, AtQuerySchema);
    return c.json(await readChecklist(c.var.services, c.req.param('id'), at));
  })
  .post('/:id/checklist/done', async (c) => {
    const user = requirePermission(c, 'posting.record');
    const body = await jsonBody(c, RepostingDoneBodySchema);
    const { services } = c.var;
    return c.json(
      await markChecklistDone(
        services,
        user,
        c.req.param('id'),
        body,
        clientAddress(c, services.settings.trustProxy),
      ),
    );
  });
