import { CampaignBodySchema, type CampaignListResponse } from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { jsonBody } from '../http/validation';
import { campaignDetail, campaignViews, createCampaign } from '../legal/campaign-service';

/** Review campaigns ("Rà soát VBQPPL năm 2019"): listed and read by every role, opened by reviewers and admins. */
export const reviewCampaignRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    requirePermission(c, 'legal.read');
    return c.json({ campaigns: await campaignViews(c.var.services) } satisfies CampaignListResponse);
  })
  .post('/', async (c) => {
    const user = requirePermission(c, 'legal.write');
    const body = await jsonBody(c, CampaignBodySchema);
    return c.json(await createCampaign(c.var.services, user, body), 201);
  })
  .get('/:id', async (c) => {
    requirePermission(c, 'legal.read');
    return c.json(await campaignDetail(c.var.services, c.req.param('id')));
  });
