import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A long list read page by page and shown as it comes (the change log, the findings inbox):
 * the first page paints at once, the rest follow. The view holds at most `viewLimit` rows (the
 * virtual table scrolls those smoothly); beyond that the screens say to narrow the filters or
 * to download the export, which streams every row. A reload of the same query (after a triage)
 * keeps the rows on screen until the first page replaces them, so the list does not flash; a
 * new query starts empty.
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
  { pageSize, viewLimit }: { pageSize: number; viewLimit: number },
): { state: PagedRowsState<R>; reload(): void } {
  const [state, setState] = useState<PagedRowsState<R>>({ status: 'loading', rows: [], total: null });
  const [attempt, setAttempt] = useState(0);
  const shownKey = useRef(key);
  // The fetcher is a new closure on every render; the latest one reads for the current key.
  const fetcher = useRef(fetchPage);
  fetcher.current = fetchPage;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the query; `attempt` reloads.
  useEffect(() => {
    const abort = new AbortController();
    const sameQuery = shownKey.current === key;
    shownKey.current = key;
    setState((current) =>
      current.status === 'failed' || !sameQuery
        ? { status: 'loading', rows: [], total: null }
        : { ...current, status: 'loading' },
    );
    (async () => {
      let rows: R[] = [];
      for (let offset = 0; ; offset += pageSize) {
        const page = await fetcher.current({ offset, limit: pageSize }, abort.signal);
        rows = rows.concat(page.rows);
        const end = Math.min(page.total, viewLimit);
        if (page.rows.length < pageSize || rows.length >= end) {
          setState({ status: 'ready', rows: rows.slice(0, viewLimit), total: page.total });
          return;
        }
        setState({ status: 'loading', rows, total: page.total });
      }
    })().catch((error: unknown) => {
      if (!abort.signal.aborted) setState({ status: 'failed', error });
    });
    return () => abort.abort();
  }, [key, attempt, pageSize, viewLimit]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
