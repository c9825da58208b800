import { auditRows } from '@niemyet/core';
import { getPull, listPulls, pullsWithStatus, type StoredPull, saveAudit, savePull } from '@niemyet/db';
import {
  createPullFetcher,
  createPullState,
  type PullState,
  pullAuditInputs,
  pullCompleteScope,
  readPulledPage,
  restListingPullUrl,
  runPull,
} from '@niemyet/portal';
import { browser } from 'wxt/browser';
import { broadcastEvent } from '../messaging/events';
import type { PullSummary } from '../messaging/schemas';
import type { PullLimits } from '../settings/settings';
import type { CatalogueCache } from './catalogue-cache';
import type { BackgroundDeps } from './deps';
import { summarizePull } from './pull-summary';

/**
 * Pulls run in the service worker with the portal scheduler (`runPull`), fetching with the
 * user's own session. Chrome stops an MV3 worker whenever it likes: the state is saved after
 * every page, a watchdog alarm wakes the worker while a pull is running, and every start-up
 * resumes pulls still marked running.
 *
 * Every request goes through the portal package's guarded fetch: only the listing's own
 * origin, redirects checked by hand (a browser hides a redirect's target, so one is reported,
 * not followed), one timeout for the whole answer and a size cap while it streams.
 */

export const PULL_WATCHDOG_ALARM = 'niemyet:pull-watchdog';

type Pull = StoredPull<PullState>;

interface RunningPull {
  controller: AbortController;
  finished: Promise<void>;
}

export class PullService {
  private readonly running = new Map<string, RunningPull>();

  constructor(
    private readonly deps: BackgroundDeps,
    private readonly cache: CatalogueCache,
    private readonly limits: () => Promise<PullLimits>,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  async start(url: string, withDetails: boolean, options: { maxPages?: number } = {}): Promise<PullSummary> {
    const now = this.deps.now().toISOString();
    const pull: Pull = {
      id: this.newId(),
      status: 'running',
      startUrl: url,
      startedAt: now,
      updatedAt: now,
      auditId: null,
      error: null,
      // The national listing renders its rows with script: its JSON service is what to pull.
      state: createPullState(restListingPullUrl(url) ?? url, withDetails, now),
    };
    // Kept in the state, so a resumed pull keeps the cap it was started with.
    if (options.maxPages !== undefined) pull.state.maxPages = options.maxPages;
    await savePull(this.deps.db, pull);
    await this.launch(pull);
    return summarizePull(pull);
  }

  async cancel(id: string): Promise<PullSummary> {
    const active = this.running.get(id);
    if (active) {
      active.controller.abort();
      await active.finished;
    } else {
      // Marked running but not running here: the worker restarted and has not resumed it yet.
      const pull = await this.require(id);
      if (pull.status === 'running') {
        pull.status = 'cancelled';
        pull.state.status = 'cancelled';
        pull.updatedAt = this.deps.now().toISOString();
        await savePull(this.deps.db, pull);
      }
    }
    return summarizePull(await this.require(id));
  }

  async resume(id: string): Promise<PullSummary> {
    const pull = await this.require(id);
    if (pull.status !== 'done' && !this.running.has(id)) {
      pull.status = 'running';
      pull.error = null;
      pull.updatedAt = this.deps.now().toISOString();
      await savePull(this.deps.db, pull);
      await this.launch(pull);
    }
    return summarizePull(pull);
  }

  async get(id: string): Promise<PullSummary | null> {
    const pull = await getPull<PullState>(this.deps.db, id);
    return pull ? summarizePull(pull) : null;
  }

  async list(limit: number): Promise<PullSummary[]> {
    return (await listPulls<PullState>(this.deps.db, limit)).map(summarizePull);
  }

  runningCount(): number {
    return this.running.size;
  }

  /** Resumes the pulls a stopped worker left running. Returns their ids. */
  async resumeInterrupted(): Promise<string[]> {
    const interrupted = (await pullsWithStatus<PullState>(this.deps.db, 'running')).filter(
      (p) => !this.running.has(p.id),
    );
    for (const pull of interrupted) await this.launch(pull);
    return interrupted.map((p) => p.id);
  }

  /** Resolves when every pull running in this worker has stopped (tests, shutdown). */
  async idle(): Promise<void> {
    await Promise.all([...this.running.values()].map((r) => r.finished));
  }

  private async require(id: string): Promise<Pull> {
    const pull = await getPull<PullState>(this.deps.db, id);
    if (!pull) throw new Error(`No pull with id ${id}`);
    return pull;
  }

  private async launch(pull: Pull): Promise<void> {
    const controller = new AbortController();
    const limits = await this.limits();
    const save = async (state: PullState) => {
      pull.state = state;
      pull.status = state.status;
      pull.updatedAt = this.deps.now().toISOString();
      await savePull(this.deps.db, pull);
    };
    const finished = runPull(pull.state, {
      fetchPage: createPullFetcher({
        fetch: (url, init) => this.deps.fetch(url, init),
        startUrl: pull.state.startUrl,
        // The user's own portal session: some portals show listings only to a signed-in user.
        credentials: 'include',
        timeoutMs: limits.timeoutMs,
        maxBytes: limits.maxBytes,
      }),
      maxPages: pull.state.maxPages ?? limits.maxPages,
      readPage: (body, url) =>
        readPulledPage(body, url, (html, pageUrl) =>
          this.deps.readPage(this.deps.parseHtml(html), new URL(pageUrl)),
        ),
      concurrency: limits.concurrency,
      delayMs: limits.delayMs,
      retries: limits.retries,
      signal: controller.signal,
      saveState: save,
      onProgress: () => void broadcastEvent({ event: 'pull-progress', pull: summarizePull(pull) }),
    })
      .then(async (state) => {
        await save(state);
        await this.auditPull(pull);
      })
      .catch(async (error: unknown) => {
        // The scheduler itself failed (storage full, a bug): stop, say why, keep the state.
        pull.status = 'cancelled';
        pull.state.status = 'cancelled';
        pull.error = error instanceof Error ? error.message : String(error);
        pull.updatedAt = this.deps.now().toISOString();
        await savePull(this.deps.db, pull).catch(() => undefined);
      })
      .finally(async () => {
        this.running.delete(pull.id);
        await broadcastEvent({ event: 'pull-progress', pull: summarizePull(pull) });
        await this.updateWatchdog();
      });
    this.running.set(pull.id, { controller, finished });
    await this.updateWatchdog();
  }

  /** Audits everything the pull read; "missing" findings only when the listing is complete. */
  private async auditPull(pull: Pull): Promise<void> {
    const catalogue = await this.cache.current();
    if (!catalogue) {
      pull.error = 'No catalogue to audit against: import one in Options, then resume the pull.';
      await savePull(this.deps.db, pull);
      return;
    }
    const readAt = pull.updatedAt;
    const result = auditRows(pullAuditInputs(pull.state), catalogue.index, {
      at: readAt,
      url: pull.startUrl,
      completeScope: pullCompleteScope(pull.state),
    });
    const auditId = pull.auditId ?? this.newId();
    await saveAudit(this.deps.db, {
      id: auditId,
      tabUrl: pull.startUrl,
      adapterId: pull.state.adapterId ?? 'unknown',
      readAt,
      catalogueHash: catalogue.meta.hash,
      asOf: result.asOf,
      pullId: pull.id,
      summary: result.summary,
      findings: result.findings,
    });
    pull.auditId = auditId;
    await savePull(this.deps.db, pull);
    await broadcastEvent({ event: 'audit-saved', auditId, tabUrl: pull.startUrl });
  }

  private async updateWatchdog(): Promise<void> {
    try {
      if (this.running.size > 0) {
        if (!(await browser.alarms.get(PULL_WATCHDOG_ALARM))) {
          await browser.alarms.create(PULL_WATCHDOG_ALARM, { periodInMinutes: 0.5 });
        }
      } else {
        await browser.alarms.clear(PULL_WATCHDOG_ALARM);
      }
    } catch {
      // Alarms are a safety net; a pull runs without them.
    }
  }
}
