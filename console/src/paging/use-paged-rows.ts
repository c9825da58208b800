import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * A long list read page by page and shown as it comes (the change log, the findings inbox):
 * the first page paints at once, the rest follow. The view holds at most `viewLimit` rows (the
 * virtual table scrolls those smoothly); beyond that the screens say to narrow the filters or
 * to download the export, which streams every row. A reload of the same query (after a triage)
 * keeps the rows on screen until the first page replaces them, so the list does not flash; a
 * new query starts empty.
 *
 * `firstPageSize` makes the first page smaller than the others (the inbox's first screenful
 * paints sooner), and each next page is asked only once the rows that came are committed (the
 * hook's passive effect, after the effects of the components those rows brought): what they
 * start (the inbox's digest and trend) reaches the server before the rest of the list, which
 * would otherwise queue ahead of it on the server's one database thread (PGlite).
 *
 * `firstPage` gives the first page when it is already here as the list mounts (the inbox's,
 * asked by its route beside `/api/me`): its rows are then in the list's very first render,
 * not one render and one layout later. `holdNextPages` keeps the next pages waiting (the inbox
 * holds them until its digest and trend, which come after the first rows are painted, have
 * asked theirs).
 */

export type PagedRowsState<R> =
  | { status: 'loading'; rows: readonly R[]; total: number | null }
  | { status: 'ready'; rows: readonly R[]; total: number }
  | { status: 'failed'; error: unknown };

export interface RowsPage<R> {
  total: number;
  rows: readonly R[];
}

export function usePagedRows<R>(
  /** The query's content: a new key reads the list again from the start. */
  key: string,
  fetchPage: (page: { offset: number; limit: number }, signal: AbortSignal) => Promise<RowsPage<R>>,
  {
    pageSize,
    viewLimit,
    firstPageSize = pageSize,
    firstPage,
    holdNextPages = false,
  }: {
    pageSize: number;
    viewLimit: number;
    firstPageSize?: number;
    firstPage?: () => RowsPage<R> | null;
    holdNextPages?: boolean;
  },
): { state: PagedRowsState<R>; reload(): void } {
  // The first page as the list mounts, if it is already here: for the key of the mount only.
  const [seed] = useState(() => {
    const page = firstPage?.() ?? null;
    return page && { key, page, complete: isComplete(page, page.rows.length, firstPageSize, viewLimit) };
  });
  const seedLive = useRef(seed !== null);
  const [state, setState] = useState<PagedRowsState<R>>(() =>
    seed === null
      ? { status: 'loading', rows: [], total: null }
      : {
          status: seed.complete ? 'ready' : 'loading',
          rows: seed.page.rows.slice(0, viewLimit),
          total: seed.page.total,
        },
  );
  const [attempt, setAttempt] = useState(0);
  const shownKey = useRef(key);
  // The fetcher is a new closure on every render; the latest one reads for the current key.
  const fetcher = useRef(fetchPage);
  fetcher.current = fetchPage;
  // Resolved by the effect below once a page's rows are committed.
  const committed = useRef<(() => void) | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each commit of new rows (`state`).
  useEffect(() => {
    if (holdNextPages) return;
    committed.current?.();
    committed.current = null;
  }, [state, holdNextPages]);

  // A layout effect, not a passive one: the first page is asked in the commit itself, before
  // the passive effects of the rest of the page (the navigation's counts, the filters' lists)
  // ask theirs, so it is first in the server's queue (PGlite answers one query at a time).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the query; `attempt` reloads.
  useLayoutEffect(() => {
    const abort = new AbortController();
    const sameQuery = shownKey.current === key;
    shownKey.current = key;
    if (seed?.key !== key) seedLive.current = false;
    // The mount's first page, already in the state (a reload asks again).
    const seeded = seedLive.current && attempt === 0 ? seed : null;
    if (seeded?.complete) return;
    if (!seeded)
      setState((current) =>
        current.status === 'failed' || !sameQuery
          ? current.status === 'loading' && current.rows.length === 0 && current.total === null
            ? current
            : { status: 'loading', rows: [], total: null }
          : { ...current, status: 'loading' },
      );
    (async () => {
      let rows: R[] = [];
      let start = { offset: 0, limit: firstPageSize };
      if (seeded) {
        rows = [...seeded.page.rows];
        start = { offset: rows.length, limit: pageSize };
        // The seeded rows are committed with the mount: the next page waits for that as for any page.
        await new Promise<void>((resolve) => {
          committed.current = resolve;
        });
        if (abort.signal.aborted) return;
      }
      for (let { offset, limit } = start; ; offset += limit, limit = pageSize) {
        const page = await fetcher.current({ offset, limit }, abort.signal);
        rows = rows.concat(page.rows);
        if (isComplete(page, rows.length, limit, viewLimit)) {
          setState({ status: 'ready', rows: rows.slice(0, viewLimit), total: page.total });
          return;
        }
        await new Promise<void>((resolve) => {
          committed.current = resolve;
          setState({ status: 'loading', rows, total: page.total });
        });
        if (abort.signal.aborted) return;
      }
    })().catch((error: unknown) => {
      if (!abort.signal.aborted) setState({ status: 'failed', error });
    });
    return () => {
      abort.abort();
      // A read waiting for its rows' commit ends now (it sees the abort), not never.
      committed.current?.();
      committed.current = null;
    };
  }, [key, attempt, pageSize, viewLimit, firstPageSize]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}

/** Whether the list ends with `page` (`read` rows so far): a short page, or all there is, or all the view holds. */
function isComplete<R>(page: RowsPage<R>, read: number, limit: number, viewLimit: number): boolean {
  return page.rows.length < limit || read >= Math.min(page.total, viewLimit);
}
