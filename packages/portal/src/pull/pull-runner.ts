import { detailAuditInput, listingRowAuditInput } from '../audit-input';
import { isFetchableUrl } from '../dom/link-safety';
import type { PageReading } from '../types';
import { createOriginPolicy, type OriginPolicy } from './origin-policy';
import { enumerateOtherPageUrls, pageKey } from './page-enumeration';
import { isPullError, type PullProblem, pullProblem } from './pull-problem';
import { listingComplete, type PullState, type PullTask } from './pull-state';

/**
 * Runs a pull: every page of a listing and, optionally, every procedure's detail page —
 * politely (a few requests at a time, a pause between them), with retries and back-off,
 * cancellable, resumable from its saved state. It knows nothing of Node or the browser:
 * fetching, parsing, saving and sleeping are given to it, so the CLI and the extension's
 * background run the same scheduler.
 *
 * A portal is not trusted to be honest or finite: it stays on the origin it was given (links
 * elsewhere are reported in `state.skipped`, not fetched), its result count is only a hint (at
 * most `maxPages` listing pages), and a page that repeats an earlier one or brings no new row
 * ends the listing (`state.ended`).
 */

/** Listing pages fetched at most, whatever the portal claims: far beyond any real listing. */
export const DEFAULT_MAX_PAGES = 2_000;
/** Skipped links kept in the state: enough to show the pattern, bounded for storage. */
const MAX_SKIPPED_REPORTED = 1_000;

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
  /** Fetches one pull address; `createPullFetcher` gives the guarded one every pull uses. */
  fetchPage(url: string, signal: AbortSignal): Promise<FetchedPage>;
  /** Listing pages fetched at most (default `DEFAULT_MAX_PAGES`, or what the state was started with). */
  maxPages?: number;
  /** Hosts beside the start URL's origin whose links may be followed (give the fetcher the same). */
  allowHosts?: readonly string[];
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

/** What makes two listing rows the same row: everything the page showed of it. */
function rowKey(row: Record<string, unknown>): string {
  return JSON.stringify([
    row.rawCode ?? row.code ?? null,
    row.name ?? null,
    row.detailUrl ?? null,
    row.text ?? null,
  ]);
}

/**
 * A copy of what a page gave that shares nothing with the page. Strings read from a page are
 * often slices of its text, and V8 keeps a slice's whole parent alive: without the copy, each
 * row kept in the state holds its page's HTML (a national pull with details held its 2,342
 * detail pages, ≈ 70 KB each once parsed, for the whole run). Rows are JSON in the saved
 * state anyway, so a JSON copy is exactly what a resumed pull would have read back.
 */
function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function fail(task: PullTask, problem: PullProblem, error: string = problem.message): void {
  task.status = 'failed';
  task.error = error;
  task.problem = problem;
}

function policyFor(startUrl: string, allowHosts: readonly string[] | undefined): OriginPolicy | null {
  try {
    return createOriginPolicy(startUrl, allowHosts);
  } catch {
    return null;
  }
}

export async function runPull(state: PullState, options: PullOptions): Promise<PullState> {
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const delayMs = options.delayMs ?? 500;
  const retries = options.retries ?? 3;
  const backoffMs = options.backoffMs ?? 1_000;
  const maxPages = Math.max(1, options.maxPages ?? state.maxPages ?? DEFAULT_MAX_PAGES);
  const policy = policyFor(state.startUrl, options.allowHosts);
  const controller = new AbortController();
  const outer = options.signal;
  const onAbort = () => controller.abort();
  outer?.addEventListener('abort', onAbort, { once: true });
  if (outer?.aborted) controller.abort();
  const signal = controller.signal;
  const sleep = options.sleep ?? defaultSleep;

  state.status = 'running';
  state.maxPages = maxPages;
  state.skipped ??= [];
  state.ended ??= null;
  state.capped ??= null;
  // A listing taken as ended at a page that failed to read may go on once that page reads:
  // the pages skipped after it get their chance again.
  const endedAt = state.ended ? state.pages.find((p) => p.url === state.ended!.params.url) : undefined;
  if (endedAt?.status === 'failed') {
    state.ended = null;
    for (const page of state.pages) {
      if (page.status === 'skipped') {
        page.status = 'pending';
        page.error = null;
        page.problem = null;
      }
    }
  }
  // A resumed pull gives failed pages another chance.
  for (const task of [...state.pages, ...state.details]) {
    if (task.status === 'failed') {
      task.status = 'pending';
      task.attempts = 0;
      task.problem = null;
    }
  }

  // Sets, not scans: a pull may hold thousands of pages and tens of thousands of details.
  const pageKeys = new Set(state.pages.map((p) => pageKey(p.url)));
  const detailUrls = new Set(state.details.map((d) => d.url));
  const skippedUrls = new Set(state.skipped.map((s) => String(s.params.url)));
  const seenRows = new Set<string>();
  const pageByRows = new Map<string, string>();
  for (const page of state.pages) {
    if (page.status !== 'done' || page.rows.length === 0) continue;
    const keys = page.rows.map(rowKey);
    for (const key of keys) seenRows.add(key);
    pageByRows.set(keys.join('\n'), page.url);
  }
  const inFlight = new Set<PullTask>();
  let skippedPages = state.pages.filter((p) => p.status === 'skipped').length;

  const save = async () => {
    await options.saveState?.(state);
  };

  /** Fetches one task with retries; returns the body or records the failure. */
  async function fetchTask(task: PullTask): Promise<FetchedPage | null> {
    // Checked again at fetch time: a state saved by an older version may hold any address.
    if (!isFetchableUrl(task.url) || policy === null) {
      fail(task, pullProblem('pull.scheme-refused', { url: task.url }));
      return null;
    }
    if (!policy.allows(task.url)) {
      fail(task, pullProblem('pull.link-off-origin', { url: task.url, kind: 'page', from: state.startUrl }));
      return null;
    }
    while (!signal.aborted) {
      task.attempts++;
      let problem: PullProblem;
      let error: string;
      let retryable = true;
      try {
        const page = await options.fetchPage(task.url, signal);
        if (page.status < 400) return page;
        problem = pullProblem('pull.http-status', { url: task.url, status: page.status });
        error = `HTTP ${page.status}`;
        // A busy or failing server is worth another try; a 404 is not.
        retryable = page.status >= 500 || page.status === 429;
      } catch (caught) {
        if (signal.aborted) return null;
        if (isPullError(caught)) {
          problem = caught.problem;
          retryable = caught.retryable;
        } else if (caught instanceof RetryableError) {
          problem = pullProblem('pull.network', { url: task.url, detail: caught.message });
        } else {
          problem = pullProblem('pull.network', { url: task.url, detail: errorMessage(caught) });
        }
        error = caught instanceof Error ? caught.message : problem.message;
      }
      if (!retryable || task.attempts > retries) {
        fail(task, problem, error);
        return null;
      }
      await sleep(backoffMs * 2 ** (task.attempts - 1), signal);
    }
    return null;
  }

  function reportSkipped(kind: 'next' | 'detail', url: string, from: string) {
    if (skippedUrls.has(url)) return;
    skippedUrls.add(url);
    if (state.skipped!.length >= MAX_SKIPPED_REPORTED) return;
    const code = isFetchableUrl(url) ? 'pull.link-off-origin' : 'pull.link-not-http';
    state.skipped!.push(pullProblem(code, { url, from, kind }));
  }

  function addPage(url: string, from: string) {
    if (policy === null || !policy.allows(url)) return reportSkipped('next', url, from);
    const key = pageKey(url);
    if (pageKeys.has(key)) return;
    if (state.pages.length >= maxPages) {
      state.capped ??= pullProblem('pull.page-cap', { maxPages });
      return;
    }
    pageKeys.add(key);
    state.pages.push({ url, status: 'pending', attempts: 0, error: null, rows: [] });
  }

  /**
   * The listing ends at `task`: the pages planned after it (from a total the portal claimed)
   * are skipped rather than fetched, each saying why.
   */
  function endListing(task: PullTask, problem: PullProblem) {
    state.ended ??= problem;
    const index = state.pages.indexOf(task);
    for (let i = index + 1; i < state.pages.length; i++) {
      const later = state.pages[i]!;
      if (later.status === 'pending' && !inFlight.has(later)) {
        later.status = 'skipped';
        later.error = problem.message;
        later.problem = problem;
        skippedPages++;
      }
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
      // Past a lying total, portals answer "no results" pages without a listing: that ends
      // the planned pages too (the failed page keeps the listing incomplete, and a resume
      // tries it again).
      if (task !== state.pages[0]) endListing(task, pullProblem('pull.no-new-rows', { url: task.url }));
      return;
    }
    const listing = result.reading;
    // Rows keep their detail link (for the details phase) beside what the audit compares.
    const rows = detached(
      listing.rows.map((row) => ({
        ...listingRowAuditInput(row, page.url),
        detailUrl: row.detailUrl ?? null,
      })),
    );
    task.status = 'done';
    task.error = null;
    task.problem = null;
    if (state.adapterId === null) {
      state.adapterId = result.adapterId;
      state.scope = listing.scope;
    }
    if (listing.total !== null) state.total = listing.total;

    // A page with nothing new is the end of the listing, whatever its links and total say:
    // portals that clamp the page number repeat their last page, and a lying total runs into
    // empty pages.
    const keys = rows.map(rowKey);
    const fresh = keys.filter((k) => !seenRows.has(k)).length;
    if (fresh === 0) {
      task.rows = [];
      const sameAs = rows.length > 0 ? pageByRows.get(keys.join('\n')) : undefined;
      endListing(
        task,
        sameAs === undefined
          ? pullProblem('pull.no-new-rows', { url: task.url })
          : pullProblem('pull.page-repeated', { url: task.url, sameAs }),
      );
      return;
    }
    task.rows = rows;
    for (const key of keys) seenRows.add(key);
    pageByRows.set(keys.join('\n'), task.url);
    if (state.ended || !listing.nextPageUrl) return;
    // Only the start page enumerates: from any other page, "page 1" may be spelt differently
    // from the start URL (`?page=1` vs none) and be fetched twice. One URL beyond the room
    // left tells the cap was reached.
    const all =
      task === state.pages[0] && listing.total !== null && listing.rows.length > 0
        ? enumerateOtherPageUrls(
            page.url,
            listing.nextPageUrl,
            listing.total,
            listing.rows.length,
            maxPages - state.pages.length + 1,
          )
        : null;
    if (all && policy?.allows(listing.nextPageUrl)) for (const url of all) addPage(url, task.url);
    else addPage(listing.nextPageUrl, task.url);
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
    task.rows = [detached(detailAuditInput(result.reading, page.url))];
    task.status = 'done';
    task.error = null;
    task.problem = null;
  }

  /**
   * Runs the pending tasks of one list with at most `concurrency` at a time. Finished work
   * may reveal more (page 1 gives the total): the pool tops itself up after every task. Tasks
   * are only ever appended, so a cursor finds the next pending one without rescanning.
   */
  function drain(phase: 'listing' | 'details', tasks: PullTask[], work: (t: PullTask) => Promise<void>) {
    let cursor = 0;
    let running = 0;
    let done = tasks.filter((t) => t.status === 'done').length;
    let failed = tasks.filter((t) => t.status === 'failed').length;
    const nextPending = (): PullTask | undefined => {
      while (cursor < tasks.length) {
        const task = tasks[cursor++]!;
        if (task.status === 'pending') return task;
      }
      return undefined;
    };
    return new Promise<void>((resolve) => {
      const pump = () => {
        while (!signal.aborted && running < concurrency) {
          const task = nextPending();
          if (!task) break;
          inFlight.add(task);
          running++;
          void runOne(task).finally(() => {
            inFlight.delete(task);
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
        if (task.status === 'done') done++;
        else if (task.status === 'failed') failed++;
        await save();
        options.onProgress?.({
          phase,
          done,
          failed,
          total: phase === 'listing' ? tasks.length - skippedPages : tasks.length,
          url: task.url,
        });
        if (delayMs > 0) await sleep(delayMs, signal);
      };
      pump();
    });
  }

  try {
    await drain('listing', state.pages, processListing);
    // The cap only matters when the listing did not end before it.
    if (state.ended) state.capped = null;
    if (state.withDetails && !signal.aborted) {
      for (const page of state.pages) {
        for (const row of page.rows) {
          const url = typeof row.detailUrl === 'string' ? row.detailUrl : null;
          if (url === null || detailUrls.has(url)) continue;
          if (policy === null || !policy.allows(url)) {
            reportSkipped('detail', url, page.url);
            continue;
          }
          detailUrls.add(url);
          state.details.push({ url, status: 'pending', attempts: 0, error: null, rows: [] });
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
