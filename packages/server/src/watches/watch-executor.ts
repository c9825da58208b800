import { auditRows, snapshotCatalogueIndex, todayInVietnam } from '@niemyet/core';
import {
  createPullFetcher,
  createPullState,
  DEFAULT_MAX_PAGES,
  GUARDED_FETCH_DEFAULTS,
  listingComplete,
  type PullState,
  PullStateSchema,
  pullAuditInputs,
  pullCompleteScope,
  readPulledPage,
  restListingPullUrl,
  runPull,
} from '@niemyet/portal';
import type { Services } from '../context';
import {
  identityOf,
  type Observation,
  observationsFromAudit,
  rowsInScope,
  runFailedObservation,
  versionsById,
} from '../findings/finding-observations';
import { confirmFixes, readFindingsByIds, recordObservation } from '../repositories/findings';
import {
  type ClaimedRun,
  finishRun,
  readWatch,
  releaseRun,
  type StoredWatch,
  saveRunProgress,
} from '../repositories/watches';
import { assertWatchableUrl } from './host-check';
import { readHtml } from './html-reader';
import { createSavePolicy } from './save-policy';
import { deliverWebhook } from './webhook';

const USER_AGENT = 'niemyet/0.1 (scheduled audit of published administrative procedures)';

/** Why a run failed, as the run and its `run-failed` finding carry it. */
interface RunProblem {
  code: string;
  message: string;
}

function progressOf(state: PullState) {
  const done = state.pages.filter((p) => p.status === 'done');
  return { pages: done.length, rows: done.reduce((n, p) => n + p.rows.length, 0) };
}

/**
 * A listing that cannot be audited as a whole: a listing page that failed (portal down,
 * markup no reader understands, refused redirect), or the page cap reached.
 */
function pullFailure(state: PullState): RunProblem | null {
  const failed = state.pages.find((p) => p.status === 'failed');
  if (failed) {
    return {
      code: failed.problem?.code ?? 'pull.unreadable',
      message: failed.problem?.message ?? failed.error ?? 'the listing page could not be read',
    };
  }
  if (state.capped) return { code: state.capped.code, message: state.capped.message };
  if (state.adapterId === null)
    return { code: 'pull.unreadable', message: 'no reader understands the listing' };
  return null;
}

export interface ExecuteOptions {
  runner: string;
  signal: AbortSignal;
  log(line: string): void;
}

/**
 * Runs one claimed run: pulls the listing (resuming from the saved state), audits it against
 * the catalogue in force on the run's day in Vietnam, and records the findings, the fixes it
 * confirms and its outcome in one transaction. Stopped by `signal` (the server shutting
 * down), it gives the run back to the queue with its state, for this or another server.
 */
export async function executeRun(
  services: Services,
  claimed: ClaimedRun,
  options: ExecuteOptions,
): Promise<void> {
  const { db, settings } = services;
  const watch = await readWatch(db, claimed.watchId);
  if (!watch) return;
  const config = settings.watches;
  const leaseLost = new AbortController();
  const signal = AbortSignal.any([options.signal, leaseLost.signal]);

  const parsed = claimed.pullState ? PullStateSchema.safeParse(claimed.pullState) : null;
  let state: PullState =
    parsed?.success && parsed.data.status !== 'done'
      ? parsed.data
      : createPullState(restListingPullUrl(watch.url) ?? watch.url, watch.details, new Date().toISOString());

  let problem: RunProblem | null = null;
  try {
    // Checked again at run time: a name may resolve elsewhere than when the watch was made.
    await assertWatchableUrl(watch.url, settings.allowPrivateHosts);
  } catch {
    problem = { code: 'host-not-allowed', message: `${new URL(watch.url).hostname} is not a public address` };
  }

  if (problem === null) {
    const shouldSave = createSavePolicy({ everyPages: config.saveEveryPages, everyMs: config.saveEveryMs });
    const heartbeat = setInterval(
      () => {
        saveRunProgress(
          db,
          claimed.id,
          options.runner,
          services.now(),
          config.leaseMs,
          progressOf(state),
          undefined,
        ).then(
          (ours) => {
            if (!ours) leaseLost.abort();
          },
          (error) => options.log(`[niemyet] watch run ${claimed.id}: lease not renewed: ${String(error)}`),
        );
      },
      Math.max(500, Math.floor(config.leaseMs / 3)),
    );
    try {
      state = await runPull(state, {
        fetchPage: createPullFetcher({
          fetch,
          startUrl: state.startUrl,
          timeoutMs: GUARDED_FETCH_DEFAULTS.timeoutMs,
          maxBytes: GUARDED_FETCH_DEFAULTS.maxBytes,
          headers: { 'user-agent': USER_AGENT },
        }),
        readPage: (body, url) => readPulledPage(body, url, readHtml),
        maxPages: DEFAULT_MAX_PAGES,
        concurrency: config.concurrency,
        delayMs: config.delayMs,
        retries: config.retries,
        signal,
        saveState: async (s) => {
          if (!shouldSave(s)) return;
          const ours = await saveRunProgress(
            db,
            claimed.id,
            options.runner,
            services.now(),
            config.leaseMs,
            progressOf(s),
            s,
          );
          if (!ours) leaseLost.abort();
        },
      });
    } finally {
      clearInterval(heartbeat);
    }
    if (state.status === 'cancelled') {
      if (!leaseLost.signal.aborted) await releaseRun(db, claimed.id, options.runner, state);
      return;
    }
    problem = pullFailure(state);
  }

  const now = services.now();
  const at = now.toISOString();
  const auditedOn = todayInVietnam(now);
  const observations: Observation[] = [];
  let summary: Record<string, number> | null = null;
  const listed = new Set<string>();
  let complete = false;
  if (problem) {
    observations.push(runFailedObservation(watch, problem, at));
  } else {
    const snapshot = await services.catalogue.snapshot(db, auditedOn, now);
    const index = snapshotCatalogueIndex(snapshot, auditedOn);
    const rows = rowsInScope(pullAuditInputs(state), watch.scope);
    const completeScope = pullCompleteScope(state, {
      levels: watch.scope.level ? [watch.scope.level] : [],
      fields: watch.scope.field ? [watch.scope.field] : [],
    });
    const result = auditRows(rows, index, { at, completeScope });
    summary = { ...result.summary };
    complete = listingComplete(state);
    for (const finding of result.findings)
      if (finding.rowIndex !== null) listed.add(identityOf(finding.code, finding.name));
    observations.push(
      ...observationsFromAudit(result.findings, {
        portal: watch.portal,
        url: watch.url,
        versions: versionsById(index),
        scope: watch.scope,
        rows,
      }),
    );
  }

  const outcome = await db
    .transaction()
    .execute(async (tx) => {
      const counts = { opened: 0, seen: 0, fixed: 0 };
      const opened: string[] = [];
      const reopened: string[] = [];
      const seen = new Set<string>();
      const source = { source: 'watch' as const, watchId: watch.id, runId: claimed.id, reportedBy: null };
      for (const observation of observations) {
        const recorded = await recordObservation(tx, observation, source, at);
        seen.add(recorded.key);
        if (recorded.created) {
          counts.opened++;
          opened.push(recorded.id);
        } else {
          counts.seen++;
          if (recorded.reopened) reopened.push(recorded.id);
        }
      }
      // Fixes are confirmed only by a run that read the whole listing: a row not read is not a row fixed.
      if (!problem && complete) counts.fixed = await confirmFixes(tx, watch, listed, seen, at);
      const ours = await finishRun(tx, claimed.id, options.runner, {
        state: problem ? 'failed' : 'done',
        at,
        auditedOn: problem ? null : auditedOn,
        progress: progressOf(state),
        summary,
        findings: counts,
        problem,
      });
      // Another server took the run over (this one stalled past its lease): its outcome stands.
      if (!ours) throw new LeaseLostError();
      return { opened, reopened };
    })
    .catch((error) => {
      if (error instanceof LeaseLostError) return null;
      throw error;
    });
  if (outcome && watch.webhook && watch.webhookSecret && outcome.opened.length + outcome.reopened.length > 0)
    void notify(services, watch, claimed.id, outcome, options.log);
}

class LeaseLostError extends Error {}

async function notify(
  services: Services,
  watch: StoredWatch,
  runId: string,
  outcome: { opened: string[]; reopened: string[] },
  log: (line: string) => void,
): Promise<void> {
  try {
    const [opened, reopened] = await Promise.all([
      readFindingsByIds(services.db, outcome.opened),
      readFindingsByIds(services.db, outcome.reopened),
    ]);
    await deliverWebhook(
      {
        url: watch.webhook!,
        secret: watch.webhookSecret!,
        body: { watchId: watch.id, runId, opened, reopened },
      },
      log,
    );
  } catch (error) {
    log(`[niemyet] webhook of watch ${watch.id}: ${String(error)}`);
  }
}
