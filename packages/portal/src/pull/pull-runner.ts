import { detailAuditInput, listingRowAuditInput } from '../audit-input';
import type { PageReading } from '../types';
import { enumerateOtherPageUrls, pageKey } from './page-enumeration';
import { listingComplete, type PullState, type PullTask } from './pull-state';

/**
 * Runs a pull: every page of a listing and, optionally, every procedure's detail page —
 * politely (a few requests at a time, a pause between them), with retries and back-off,
 * cancellable, resumable from its saved state. It knows nothing of Node or the browser:
 * fetching, parsing, saving and sleeping are given to it, so the CLI and the extension's
 * background run the same scheduler.
 */

export interface FetchedPage {
  /** The final URL after redirects. */
  url: string;
  status: number;
  body: string;
}

/** An HTTP answer worth retrying (the server is busy or failing), as opposed to a 404. */
export class RetryableError extends Error {}

export interface PullProgress {
  phase: 'listing' | 'details';
  done: number;
  failed: number;
  total: number;
  /** The URL just finished. */
  url: string;
}

export interface PullOptions {
  fetchPage(url: string, signal: AbortSignal): Promise<FetchedPage>;
  /** Parses and reads one page (linkedom in Node, DOMParser in an extension page). */
  readPage(
    body: string,
    url: string,
  ): { adapterId: string; reading: PageReading } | { adapterId: null; reason: string };
  concurrency?: number;
  /** Pause after each request, per worker, in milliseconds. */
  delayMs?: number;
  /** Attempts per page beyond the first. */
  retries?: number;
  /** First back-off; doubles with each attempt. */
  backoffMs?: number;
  signal?: AbortSignal;
  onProgress?(progress: PullProgress): void;
  /** Called after every page with the whole state: persist it to resume later. */
  saveState?(state: PullState): void | Promise<void>;
  /** Called with each fetched body, to keep it as evidence. */
  onFetched?(kind: 'listing' | 'detail', url: string, body: string): void | Promise<void>;
  sleep?(ms: number, signal: AbortSignal): Promise<void>;
}

function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function runPull(state: PullState, options: PullOptions): Promise<PullState> {
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const delayMs = options.delayMs ?? 500;
  const retries = options.retries ?? 3;
  const backoffMs = options.backoffMs ?? 1_000;
  const controller = new AbortController();
  const outer = options.signal;
  const onAbort = () => controller.abort();
  outer?.addEventListener('abort', onAbort, { once: true });
  if (outer?.aborted) controller.abort();
  const signal = controller.signal;
  const sleep = options.sleep ?? defaultSleep;

  state.status = 'running';
  // A resumed pull gives failed pages another chance.
  for (const task of [...state.pages, ...state.details]) {
    if (task.status === 'failed') {
      task.status = 'pending';
      task.attempts = 0;
    }
  }

  const save = async () => {
    await options.saveState?.(state);
  };

  /** Fetches one task with retries; returns the body or records the failure. */
  async function fetchTask(task: PullTask): Promise<FetchedPage | null> {
    while (!signal.aborted) {
      task.attempts++;
      try {
        const page = await options.fetchPage(task.url, signal);
        if (page.status >= 500 || page.status === 429) throw new RetryableError(`HTTP ${page.status}`);
        if (page.status >= 400) {
          task.status = 'failed';
          task.error = `HTTP ${page.status}`;
          return null;
        }
        return page;
      } catch (error) {
        if (signal.aborted) return null;
        if (task.attempts > retries) {
          task.status = 'failed';
          task.error = errorMessage(error);
          return null;
        }
        await sleep(backoffMs * 2 ** (task.attempts - 1), signal);
      }
    }
    return null;
  }

  function addPage(url: string) {
    const key = pageKey(url);
    if (!state.pages.some((p) => pageKey(p.url) === key)) {
      state.pages.push({ url, status: 'pending', attempts: 0, error: null, rows: [] });
    }
  }

  async function processListing(task: PullTask) {
    const page = await fetchTask(task);
    if (!page) return;
    await options.onFetched?.('listing', task.url, page.body);
    const result = options.readPage(page.body, page.url);
    if (result.adapterId === null || result.reading.kind !== 'listing') {
      task.status = 'failed';
      task.error = result.adapterId === null ? result.reason : `not a listing page (${result.reading.kind})`;
      return;
    }
    const listing = result.reading;
    // Rows keep their detail link (for the details phase) beside what the audit compares.
    task.rows = listing.rows.map((row) => ({
      ...listingRowAuditInput(row, page.url),
      detailUrl: row.detailUrl ?? null,
    }));
    task.status = 'done';
    task.error = null;
    if (state.adapterId === null) {
      state.adapterId = result.adapterId;
      state.scope = listing.scope;
    }
    if (listing.total !== null) state.total = listing.total;
    if (listing.nextPageUrl) {
      // Only the start page enumerates: from any other page, "page 1" may be spelt differently
      // from the start URL (`?page=1` vs none) and be fetched twice.
      const all =
        task === state.pages[0] && listing.total !== null && listing.rows.length > 0
          ? enumerateOtherPageUrls(page.url, listing.nextPageUrl, listing.total, listing.rows.length)
          : null;
      if (all) for (const url of all) addPage(url);
      else addPage(listing.nextPageUrl);
    }
  }

  async function processDetail(task: PullTask) {
    const page = await fetchTask(task);
    if (!page) return;
    await options.onFetched?.('detail', task.url, page.body);
    const result = options.readPage(page.body, page.url);
    if (result.adapterId === null || result.reading.kind !== 'detail') {
      task.status = 'failed';
      task.error = result.adapterId === null ? result.reason : `not a detail page (${result.reading.kind})`;
      return;
    }
    task.rows = [detailAuditInput(result.reading, page.url)];
    task.status = 'done';
    task.error = null;
  }

  /**
   * Runs the pending tasks of one list with at most `concurrency` at a time. Finished work
   * may reveal more (page 1 gives the total): the pool tops itself up after every task.
   */
  function drain(phase: 'listing' | 'details', tasks: PullTask[], work: (t: PullTask) => Promise<void>) {
    const claimed = new Set<PullTask>();
    let running = 0;
    return new Promise<void>((resolve) => {
      const pump = () => {
        while (!signal.aborted && running < concurrency) {
          const task = tasks.find((t) => t.status === 'pending' && !claimed.has(t));
          if (!task) break;
          claimed.add(task);
          running++;
          void runOne(task).finally(() => {
            running--;
            pump();
          });
        }
        if (running === 0) resolve();
      };
      const runOne = async (task: PullTask) => {
        try {
          await work(task);
        } catch (error) {
          // A reader that throws on a hostile page fails that page, not the pull.
          task.status = 'failed';
          task.error = errorMessage(error);
        }
        await save();
        options.onProgress?.({
          phase,
          done: tasks.filter((t) => t.status === 'done').length,
          failed: tasks.filter((t) => t.status === 'failed').length,
          total: tasks.length,
          url: task.url,
        });
        if (delayMs > 0) await sleep(delayMs, signal);
      };
      pump();
    });
  }

  try {
    await drain('listing', state.pages, processListing);
    if (state.withDetails && !signal.aborted) {
      for (const page of state.pages) {
        for (const row of page.rows) {
          const url = typeof row.detailUrl === 'string' ? row.detailUrl : null;
          if (url && !state.details.some((d) => d.url === url)) {
            state.details.push({ url, status: 'pending', attempts: 0, error: null, rows: [] });
          }
        }
      }
      await drain('details', state.details, processDetail);
    }
  } finally {
    outer?.removeEventListener('abort', onAbort);
  }
  const unfinished = [...state.pages, ...state.details].some((t) => t.status === 'pending');
  state.status = signal.aborted && unfinished ? 'cancelled' : 'done';
  await save();
  return state;
}

export { listingComplete };
