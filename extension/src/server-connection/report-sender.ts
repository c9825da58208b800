import { FindingReportResponseSchema } from '@niemyet/core';
import {
  countQueuedFindingReports,
  type QueuedFindingReport,
  queuedFindingReports,
  removeFindingReports,
} from '@niemyet/db';
import { browser } from 'wxt/browser';
import type { BackgroundDeps } from '../background/deps';
import { readServerRefusal, type ServerRefusal } from '../catalogue/server-refusal';
import { readSetting, writeSetting } from '../settings/setting';
import {
  type FindingReportState,
  findingReportStateSetting,
  type ServerConnection,
  serverConnectionSetting,
} from '../settings/settings';

/**
 * Sends the queue of confirmed findings to the team server's inbox (`POST /api/findings`),
 * oldest first, one request per page and at most 500 findings per request (the contract's
 * bound). Findings leave the queue only when the server answered 200 for them. No answer or a
 * 5xx keeps them and retries on an alarm, waiting longer after each failure (MV3 workers have
 * no timers that outlive them); a 401 means the token no longer opens the server: sending
 * stops until the user connects again. Any other refusal (403, 422) is shown, not retried: a
 * retry would be refused the same way.
 */

export const REPORT_RETRY_ALARM = 'niemyet:finding-report-retry';
export const MAX_FINDINGS_PER_REQUEST = 500;
/** Queue records read per run: the rest wait for the next run, started at once. */
const READ_PER_RUN = 5_000;
const SEND_TIMEOUT_MS = 60_000;
const MAX_RETRY_MINUTES = 60;

/** Minutes before retry n (1, 2, …): 30 s, 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMinutes(failures: number): number {
  return Math.min(MAX_RETRY_MINUTES, 0.5 * 2 ** Math.max(0, failures - 1));
}

type BatchOutcome =
  | { kind: 'sent'; clientIds: string[]; alreadyThere: number }
  | { kind: 'revoked'; error: string; refusal: ServerRefusal | null }
  | { kind: 'refused'; error: string; refusal: ServerRefusal | null }
  | { kind: 'failed'; error: string };

export class ReportSender {
  private running: Promise<FindingReportState> | null = null;
  private again = false;
  private soon: Promise<unknown> | null = null;

  constructor(private readonly deps: Pick<BackgroundDeps, 'db' | 'fetch' | 'now'>) {}

  /** Sends what is queued; a call while sending runs once more after it (new confirmations). */
  send(): Promise<FindingReportState> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        let state = await this.sendOnce();
        while (this.again) {
          this.again = false;
          state = await this.sendOnce();
        }
        return state;
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /**
   * After a new confirmation: sends at once, unless a failure has a retry waiting (then the
   * alarm sends it with the rest, rather than each confirmation knocking on a server that is
   * not answering).
   */
  sendSoon(): Promise<FindingReportState> {
    const soon = (async () => {
      const state = await this.refreshPending();
      return state.failures > 0 ? state : this.send();
    })();
    this.soon = soon;
    return soon;
  }

  /** Resolves once no send is under way or about to start (tests wait on it). */
  async idle(): Promise<void> {
    await this.soon?.catch(() => undefined);
    await this.running?.catch(() => undefined);
  }

  /** The queue's size written into the state, for pages watching it. */
  async refreshPending(): Promise<FindingReportState> {
    const state = await readSetting(findingReportStateSetting);
    return writeSetting(findingReportStateSetting, {
      ...state,
      pending: await countQueuedFindingReports(this.deps.db),
    });
  }

  private async sendOnce(): Promise<FindingReportState> {
    const [connection, previous] = await Promise.all([
      readSetting(serverConnectionSetting),
      readSetting(findingReportStateSetting),
    ]);
    const { db } = this.deps;
    if (!connection || previous.revoked) return this.refreshPending();
    let state: FindingReportState = { ...previous, lastAttemptAt: this.deps.now().toISOString() };
    let sent = 0;
    let alreadyThere = 0;
    let stopped = false;
    let retry = false;
    while (!stopped) {
      const queued = await queuedFindingReports(db, READ_PER_RUN);
      if (queued.length === 0) break;
      for (const batch of batchesByPage(queued)) {
        const outcome = await this.post(connection, batch);
        if (outcome.kind === 'sent') {
          await removeFindingReports(db, outcome.clientIds);
          sent += outcome.clientIds.length;
          alreadyThere += outcome.alreadyThere;
          continue;
        }
        stopped = true;
        state = { ...state, lastError: outcome.error };
        if (outcome.kind === 'failed') {
          retry = true;
          state = { ...state, lastRefusal: null, failures: state.failures + 1 };
        } else state = { ...state, lastRefusal: outcome.refusal, revoked: outcome.kind === 'revoked' };
        break;
      }
    }
    if (sent > 0) {
      state = { ...state, lastSentAt: this.deps.now().toISOString(), lastSent: { sent, alreadyThere } };
    }
    if (!stopped) state = { ...state, lastError: null, lastRefusal: null, failures: 0 };
    state = { ...state, pending: await countQueuedFindingReports(db) };
    await this.scheduleRetry(state, retry && state.pending > 0);
    return writeSetting(findingReportStateSetting, state);
  }

  /** A retry alarm only after a failure worth retrying (no answer, 5xx); none otherwise. */
  private async scheduleRetry(state: FindingReportState, retry: boolean): Promise<void> {
    if (!retry) {
      await browser.alarms.clear(REPORT_RETRY_ALARM);
      return;
    }
    await browser.alarms.create(REPORT_RETRY_ALARM, { delayInMinutes: retryDelayMinutes(state.failures) });
  }

  private async post(connection: ServerConnection, batch: QueuedFindingReport[]): Promise<BatchOutcome> {
    const endpoint = `${connection.origin}/api/findings`;
    let response: Response;
    try {
      response = await this.deps.fetch(endpoint, {
        method: 'POST',
        cache: 'no-store',
        credentials: 'omit',
        headers: { Authorization: `Bearer ${connection.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ url: batch[0]!.url, findings: batch.map((item) => item.report) }),
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
    } catch (error) {
      return {
        kind: 'failed',
        error:
          (error as Error).name === 'TimeoutError'
            ? `No answer from ${connection.origin} within ${SEND_TIMEOUT_MS / 1000} s`
            : `${connection.origin}: ${(error as Error).message}`,
      };
    }
    const error = `HTTP ${response.status} from ${endpoint}`;
    if (response.status >= 500) return { kind: 'failed', error };
    if (!response.ok) {
      const refusal = readServerRefusal(await response.text().catch(() => ''));
      return { kind: response.status === 401 ? 'revoked' : 'refused', error, refusal };
    }
    const parsed = FindingReportResponseSchema.safeParse(await response.json().catch(() => null));
    if (!parsed.success || parsed.data.findings.length !== batch.length) {
      // Not the contract's answer (a proxy's page, another server): nothing is known sent.
      return { kind: 'failed', error: `${endpoint} answered something other than the findings it took` };
    }
    return {
      kind: 'sent',
      clientIds: batch.map((item) => item.clientId),
      alreadyThere: parsed.data.findings.filter((finding) => !finding.created).length,
    };
  }
}

/** The queued findings grouped by page (one request names one page), at most 500 a batch, oldest first. */
export function batchesByPage(queued: readonly QueuedFindingReport[]): QueuedFindingReport[][] {
  const byUrl = new Map<string, QueuedFindingReport[]>();
  for (const item of queued) {
    const list = byUrl.get(item.url) ?? [];
    list.push(item);
    byUrl.set(item.url, list);
  }
  const batches: QueuedFindingReport[][] = [];
  for (const items of byUrl.values()) {
    for (let start = 0; start < items.length; start += MAX_FINDINGS_PER_REQUEST) {
      batches.push(items.slice(start, start + MAX_FINDINGS_PER_REQUEST));
    }
  }
  return batches;
}
