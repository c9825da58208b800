import {
  ChangeLogExportQuerySchema,
  ChangeLogQuerySchema,
  todayInVietnam,
  verifyChangeLog,
  verifyDecisionsAgainstChain,
} from '@niemyet/core';
import { changeLogCsv, changeLogJson, writeChangeLogXlsx } from '@niemyet/exports';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import { changeLogPage, matchingSeqs, rowsOfSeqs } from '../changelog/change-log-query';
import type { AppEnv } from '../context';
import { MEDIA_TYPES, streamedDownload, writeChunks } from '../http/download';
import { queryOf } from '../http/validation';
import { readChangeLog } from '../repositories/changelog';
import { readDecisions } from '../repositories/decisions';

/**
 * The change log: entries by seq with what a reader filters on (field, agency, signing date),
 * filtered; the filtered log as a file, streamed; and the chain verified from the first entry —
 * the entries themselves (each links to the one before and hashes to what it holds), then the
 * issued decisions against them (each item still hashes to what its entry recorded), so an
 * edited decision is caught as surely as an edited entry.
 */
export const changelogRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    requirePermission(c, 'changelog.read');
    const query = queryOf(c, ChangeLogQuerySchema);
    const { db, catalogue } = c.var.services;
    return c.json(await changeLogPage(db, await catalogue.history(db), query));
  })
  .get('/export', async (c) => {
    requirePermission(c, 'reports.read');
    const { format, ...filter } = queryOf(c, ChangeLogExportQuerySchema);
    const { db, catalogue } = c.var.services;
    const history = await catalogue.history(db);
    const signal = c.req.raw.signal;
    // The matching seqs first: the total goes out in a header before the first row.
    const seqs = await matchingSeqs(db, history, filter, signal);
    const period = `${filter.from ?? 'dau'}-${filter.to ?? todayInVietnam(c.var.services.now())}`;
    return streamedDownload(
      c.req.raw,
      {
        filename: `nhat-ky-thay-doi-${period}.${format}`,
        contentType: MEDIA_TYPES[format],
        headers: { 'X-Total-Count': String(seqs.length), 'Access-Control-Expose-Headers': 'X-Total-Count' },
      },
      async (output, aborted) => {
        const rows = rowsOfSeqs(db, history, seqs, aborted);
        if (format === 'xlsx') await writeChangeLogXlsx(rows, output, { signal: aborted });
        else if (format === 'json')
          await writeChunks(changeLogJson(rows, filter, seqs.length, { signal: aborted }), output);
        else await writeChunks(changeLogCsv(rows, { signal: aborted }), output);
      },
    );
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
