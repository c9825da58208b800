import { DecisionCommentBodySchema, type DecisionCommentsResponse } from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import { DRAFT_WRITES } from '../cache/read-memo';
import type { AppEnv } from '../context';
import { addComment } from '../decisions/comments';
import { notFound } from '../http/errors';
import { jsonBody } from '../http/validation';
import { readComments } from '../repositories/decision-comments';
import { findDecision } from '../repositories/decisions';

/** Comments on a decision, its items and their fields: read by anyone who reads decisions. */
export const decisionCommentRoutes = new Hono<AppEnv>()
  .get('/:id/comments', async (c) => {
    requirePermission(c, 'decisions.read');
    const { db } = c.var.services;
    const id = c.req.param('id');
    if (!(await findDecision(db, id))) throw notFound('quyết định', id);
    return c.json({ comments: await readComments(db, id) } satisfies DecisionCommentsResponse);
  })
  .post('/:id/comments', async (c) => {
    const user = requirePermission(c, 'decisions.comment');
    const body = await jsonBody(c, DecisionCommentBodySchema);
    c.set('memoWrites', DRAFT_WRITES);
    return c.json(await addComment(c.var.services, user, c.req.param('id'), body), 201);
  });
