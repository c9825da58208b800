import { randomUUID } from 'node:crypto';
import type { Services } from '../context';
import { advanceNextRun, claimRun, dueWatches, finishRun, queueRun } from '../repositories/watches';
import { nextRunAfter } from './schedule';
import { executeRun } from './watch-executor';

/**
 * The watch runner of one server instance. Every tick it queues the runs whose time has come
 * (a compare-and-set on `next_run_at`, so two servers queue a watch once) and then claims
 * queued runs — or runs whose server died and whose lease lapsed — one at a time, politely.
 * `stop()` aborts the run in progress, which gives it back to the queue with its pull state.
 */
export class WatchRunner {
  readonly id = `runner-${randomUUID()}`;
  private timer: NodeJS.Timeout | null = null;
  private busy: Promise<void> | null = null;
  private readonly stopping = new AbortController();

  constructor(
    private readonly services: Services,
    private readonly log: (line: string) => void,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.kick(), this.services.settings.watches.tickMs);
    this.timer.unref();
    this.kick();
  }

  /** A tick now (a run just queued by hand need not wait for the next). */
  kick(): void {
    if (this.busy || this.stopping.signal.aborted) return;
    this.busy = this.tick()
      .catch((error) =>
        this.log(
          `[niemyet] watch runner: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        ),
      )
      .finally(() => {
        this.busy = null;
      });
  }

  private async tick(): Promise<void> {
    const { db } = this.services;
    const now = this.services.now();
    for (const watch of await dueWatches(db, now)) {
      if (!watch.nextRunAt) continue;
      const next = nextRunAfter(watch.schedule, now, this.services.settings.watches.minuteMs).toISOString();
      if (await advanceNextRun(db, watch.id, watch.nextRunAt, next))
        await queueRun(db, watch.id, 'schedule', now.toISOString());
    }
    while (!this.stopping.signal.aborted) {
      const claimed = await claimRun(
        db,
        this.id,
        this.services.now(),
        this.services.settings.watches.leaseMs,
      );
      if (!claimed) return;
      try {
        await executeRun(this.services, claimed, {
          runner: this.id,
          signal: this.stopping.signal,
          log: this.log,
        });
      } catch (error) {
        // A run that breaks on something other than the portal (a bug, the database) ends as
        // failed rather than being claimed again and again after each lease.
        const message = error instanceof Error ? error.message : String(error);
        this.log(
          `[niemyet] watch run ${claimed.id}: ${error instanceof Error ? (error.stack ?? message) : message}`,
        );
        await finishRun(db, claimed.id, this.id, {
          state: 'failed',
          at: this.services.now().toISOString(),
          auditedOn: null,
          progress: { pages: 0, rows: 0 },
          summary: null,
          findings: { opened: 0, seen: 0, fixed: 0 },
          problem: { code: 'internal', message },
        }).catch(() => false);
      }
    }
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.busy;
  }
}
