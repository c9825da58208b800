import { decisionOutcome, todayInVietnam } from '@niemyet/core';
import { decisionAnnexDocx } from '@niemyet/exports';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { fileDownload, MEDIA_TYPES } from '../http/download';
import { notFound } from '../http/errors';
import { findDecision } from '../repositories/decisions';

/**
 * `GET /api/decisions/:id/annex.docx`: the decision's annex in the official layout, for any
 * state (a decision not yet issued is titled "DỰ THẢO"), the procedures as the catalogue has
 * them after the decision (core's `decisionOutcome`; a draft on its effective date, else today).
 */
export const decisionAnnexRoutes = new Hono<AppEnv>().get('/:id/annex.docx', async (c) => {
  requirePermission(c, 'decisions.read');
  const { db, catalogue, now } = c.var.services;
  const id = c.req.param('id');
  const decision = await findDecision(db, id);
  if (!decision) throw notFound('quyết định', id);
  const history = await catalogue.history(db);
  const docx = await decisionAnnexDocx(decision, decisionOutcome(history, decision, todayInVietnam(now())));
  const name = decision.number.trim() ? decision.number.replaceAll('/', '-') : `du-thao-${decision.id}`;
  return fileDownload({ filename: `phu-luc-${name}.docx`, contentType: MEDIA_TYPES.docx }, docx);
});
