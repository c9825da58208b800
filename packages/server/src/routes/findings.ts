import {
  FindingListQuerySchema,
  FindingPatchSchema,
  FindingReportSchema,
  IsoDateSchema,
  todayInVietnam,
} from '@niemyet/core';
import { findingsCsv, writeFindingsXlsx } from '@niemyet/exports';
import { Hono } from 'hono';
import { z } from 'zod';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { digestOf, findingDetail, patchFinding, reportFindings, trendOf } from '../findings/finding-service';
import { MEDIA_TYPES, streamedDownload, writeChunks } from '../http/download';
import { jsonBody, queryOf } from '../http/validation';
import { allFindings, listFindings } from '../repositories/findings';

const TrendQuerySchema = z.object({
  portal: z.string().max(500).optional(),
  weeks: z.coerce.number().int().min(1).max(104).default(12),
});
const DigestQuerySchema = z.object({ date: IsoDateSchema.optional() });
const ExportQuerySchema = FindingListQuerySchema.omit({ limit: true, offset: true }).extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

/** `assignee=me` is the caller (as for review tasks); `none` (unassigned) is the repository's. */
function withAssignee<Q extends { assignee?: string }>(query: Q, username: string): Q {
  return query.assignee === 'me' ? { ...query, assignee: username } : query;
}

/** The inbox of portal findings: read by every role, triaged by drafters, reviewers and supervisors. */
export const findingRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const user = requirePermission(c, 'watches.read');
    const { db, now } = c.var.services;
    const query = queryOf(c, FindingListQuerySchema);
    return c.json(await listFindings(db, withAssignee(query, user.username), now()));
  })
  .post('/', async (c) => {
    const user = requirePermission(c, 'findings.report');
    const body = await jsonBody(c, FindingReportSchema);
    return c.json(await reportFindings(c.var.services, user.username, body));
  })
  .get('/trend', async (c) => {
    requirePermission(c, 'watches.read');
    const query = queryOf(c, TrendQuerySchema);
    return c.json(await trendOf(c.var.services, query.portal, query.weeks));
  })
  .get('/digest', async (c) => {
    requirePermission(c, 'watches.read');
    return c.json(await digestOf(c.var.services, queryOf(c, DigestQuerySchema).date));
  })
  .get('/export', async (c) => {
    const user = requirePermission(c, 'watches.read');
    const { format, ...query } = queryOf(c, ExportQuerySchema);
    const filter = withAssignee(query, user.username);
    const { db, now } = c.var.services;
    const at = now();
    return streamedDownload(
      c.req.raw,
      { filename: `phat-hien-tren-cong-${todayInVietnam(at)}.${format}`, contentType: MEDIA_TYPES[format] },
      async (output, aborted) => {
        const rows = allFindings(db, filter, at);
        if (format === 'xlsx') await writeFindingsXlsx(rows, output, { signal: aborted });
        else await writeChunks(findingsCsv(rows, { signal: aborted }), output);
      },
    );
  })
  .get('/:id', async (c) => {
    requirePermission(c, 'watches.read');
    return c.json(await findingDetail(c.var.services, c.req.param('id')));
  })
  .patch('/:id', async (c) => {
    const user = requirePermission(c, 'findings.triage');
    const body = await jsonBody(c, FindingPatchSchema);
    return c.json(await patchFinding(c.var.services, user, c.req.param('id'), body));
  });
