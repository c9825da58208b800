import { type ProcedureHistoryResponse, procedureHistory } from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { notFound } from '../http/errors';
import { decisionRefs } from '../repositories/decisions';

/** One procedure's history: every version the fold of baseline and issued decisions gives it. */
export const procedureRoutes = new Hono<AppEnv>().get('/:id', async (c) => {
  requirePermission(c, 'catalogue.read');
  const { db, catalogue } = c.var.services;
  const procedureId = c.req.param('id');
  const versions = procedureHistory(await catalogue.history(db), procedureId);
  if (versions.length === 0) throw notFound('thủ tục', procedureId);
  const named = [...new Set(versions.flatMap((v) => (v.decisionId === null ? [] : [v.decisionId])))];
  const decisions = Object.fromEntries((await decisionRefs(db, named)).map((ref) => [ref.id, ref]));
  return c.json({ procedureId, versions, decisions } satisfies ProcedureHistoryResponse);
});
