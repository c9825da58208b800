import type { StoredPull } from '@niemyet/db';
import { listingComplete, type PullState } from '@niemyet/portal';
import type { PullSummary } from '../messaging/schemas';

const MAX_FAILURES_SHOWN = 20;

/** Pages skipped because the listing ended are no part of the work: they count nowhere. */
function counts(tasks: PullState['pages']) {
  let done = 0;
  let failed = 0;
  let skipped = 0;
  for (const t of tasks) {
    if (t.status === 'done') done++;
    else if (t.status === 'failed') failed++;
    else if (t.status === 'skipped') skipped++;
  }
  const total = tasks.length - skipped;
  return { total, done, failed, pending: total - done - failed };
}

/** A pull as pages see it: counts and failures, never the rows (they stay in the worker). */
export function summarizePull(pull: StoredPull<PullState>): PullSummary {
  const { state } = pull;
  const failures = [...state.pages, ...state.details]
    .filter((t) => t.status === 'failed')
    .slice(0, MAX_FAILURES_SHOWN)
    .map((t) => ({ url: t.url, error: t.error, problem: t.problem ?? null }));
  return {
    id: pull.id,
    status: pull.status,
    startUrl: pull.startUrl,
    startedAt: pull.startedAt,
    updatedAt: pull.updatedAt,
    withDetails: state.withDetails,
    adapterId: state.adapterId,
    total: state.total,
    rows: state.pages.reduce((sum, p) => sum + p.rows.length, 0),
    pages: counts(state.pages),
    details: counts(state.details),
    failures,
    skippedLinks: (state.skipped ?? []).slice(0, MAX_FAILURES_SHOWN),
    ended: state.ended ?? null,
    capped: state.capped ?? null,
    listingComplete: listingComplete(state),
    auditId: pull.auditId,
    error: pull.error,
  };
}
