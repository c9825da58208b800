import {
  assignedReviewers,
  DecisionCreateBodySchema,
  DecisionListQuerySchema,
  DecisionPatchBodySchema,
  decisionDeadlineStatus,
  freshApprovals,
  TRANSITION_PERMISSIONS,
  TransitionBodySchema,
  waitingOn,
} from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission, signedIn } from '../auth/sessions';
import { DRAFT_WRITES } from '../cache/read-memo';
import type { AppEnv } from '../context';
import { deadlineContext } from '../decisions/deadline-context';
import { createDraft, decisionDetail, editDraft, transitionDecision } from '../decisions/decision-service';
import { notFound } from '../http/errors';
import { jsonBody, queryOf } from '../http/validation';
import { findDecision, listDecisions, readDecisions } from '../repositories/decisions';

/** Decisions: list, draft, read (with validation and possible transitions), edit at a revision, transitions. */
export const decisionRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const user = requirePermission(c, 'decisions.read');
    const query = queryOf(c, DecisionListQuerySchema);
    const { db } = c.var.services;
    let ids: string[] | undefined;
    if (query.waiting === 'me') {
      const open = await readDecisions(
        db,
        query.state ? [query.state] : ['draft', 'in_review', 'changes_requested', 'approved'],
      );
      ids = open.filter((d) => waitingOn(d, user.username, user.roles)).map((d) => d.id);
    }
    const deadlines = await deadlineContext(c.var.services, db);
    return c.json(
      await listDecisions(
        db,
        { state: query.state, ids, limit: query.limit, offset: query.offset },
        (decision) => ({
          reviewers: assignedReviewers(decision),
          approvedBy: [...new Set(freshApprovals(decision).map((a) => a.reviewer))],
          deadline: decisionDeadlineStatus(decision, deadlines),
        }),
      ),
    );
  })
  .post('/', async (c) => {
    const user = requirePermission(c, 'decisions.draft');
    const body = await jsonBody(c, DecisionCreateBodySchema);
    c.set('memoWrites', DRAFT_WRITES);
    const decision = await createDraft(c.var.services, user, body);
    return c.json({ id: decision.id, revision: decision.revision, state: 'draft' as const }, 201);
  })
  .get('/:id', async (c) => {
    const user = requirePermission(c, 'decisions.read');
    const decision = await findDecision(c.var.services.db, c.req.param('id'));
    if (!decision) throw notFound('quyết định', c.req.param('id'));
    return c.json(await decisionDetail(c.var.services, user, decision));
  })
  .patch('/:id', async (c) => {
    const user = requirePermission(c, 'decisions.draft');
    const body = await jsonBody(c, DecisionPatchBodySchema);
    c.set('memoWrites', DRAFT_WRITES);
    const decision = await editDraft(c.var.services, user, c.req.param('id'), body);
    return c.json(await decisionDetail(c.var.services, user, decision));
  })
  .post('/:id/transitions', async (c) => {
    signedIn(c);
    const body = await jsonBody(c, TransitionBodySchema);
    const user = requirePermission(c, TRANSITION_PERMISSIONS[body.to]);
    // Issuing appends to the change log: the catalogue's key moves.
    if (body.to !== 'issued') c.set('memoWrites', DRAFT_WRITES);
    const decision = await transitionDecision(c.var.services, user, c.req.param('id'), body);
    return c.json(await decisionDetail(c.var.services, user, decision));
  });
