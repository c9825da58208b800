import type { DecisionRevisionsResponse } from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { notFound } from '../http/errors';
import { revisionResponse, revisionSummary, revisionsOf } from '../repositories/decision-revisions';
import { findDecision } from '../repositories/decisions';

/** The saved revisions of a decision, to read and diff what changed between review rounds. */
export const decisionRevisionRoutes = new Hono<AppEnv>()
  .get('/:id/revisions', async (c) => {
    requirePermission(c, 'decisions.read');
    const { db } = c.var.services;
    const decision = await findDecision(db, c.req.param('id'));
    if (!decision) throw notFound('quyết định', c.req.param('id'));
    const revisions = (await revisionsOf(db, decision)).map(revisionSummary);
    return c.json({ revisions } satisfies DecisionRevisionsResponse);
  })
  .get('/:id/revisions/:revision', async (c) => {
    requirePermission(c, 'decisions.read');
    const { db } = c.var.services;
    const decision = await findDecision(db, c.req.param('id'));
    if (!decision) throw notFound('quyết định', c.req.param('id'));
    const asked = c.req.param('revision');
    const found = /^\d{1,9}$/.test(asked)
      ? (await revisionsOf(db, decision)).find((r) => r.revision === Number(asked))
      : undefined;
    if (!found) throw notFound('phiên bản', `${decision.id}/${asked}`);
    return c.json(revisionResponse(found));
  });
