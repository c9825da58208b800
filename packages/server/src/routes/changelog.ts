import { ChangeLogQuerySchema, verifyChangeLog, verifyDecisionsAgainstChain } from '@niemyet/core';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv } from '../context';
import { queryOf } from '../http/validation';
import { listChangeLog, readChangeLog } from '../repositories/changelog';
import { readDecisions } from '../repositories/decisions';

/**
 * The change log: entries by seq, and the chain verified from the first entry — the entries
 * themselves (each links to the one before and hashes to what it holds), then the issued
 * decisions against them (each item still hashes to what its entry recorded), so an edited
 * decision is caught as surely as an edited entry.
 */
export const changelogRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    requirePermission(c, 'changelog.read');
    return c.json(await listChangeLog(c.var.services.db, queryOf(c, ChangeLogQuerySchema)));
  })
  .get('/verify', async (c) => {
    requirePermission(c, 'changelog.read');
    const db = c.var.services.db;
    const [log, issued] = await Promise.all([readChangeLog(db), readDecisions(db, ['issued'])]);
    const chain = verifyChangeLog(log);
    if (!chain.ok)
      return c.json({
        ok: false,
        entries: log.length,
        firstBroken: { seq: chain.seq, reason: chain.reason },
      });
    const decisions = verifyDecisionsAgainstChain(issued, log);
    const first = decisions.problems[0];
    return c.json({
      ok: decisions.ok,
      entries: log.length,
      firstBroken: first ? { seq: first.seq ?? 0, reason: first.message } : null,
    });
  });
