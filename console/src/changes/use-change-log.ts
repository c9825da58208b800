import type { ChangeLogFilter, ChangeLogRow } from '@niemyet/core';
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { listChangeLog } from '../api/changelog';

/**
 * The entries of the log for a filter, read page by page and shown as they come: the first
 * page paints at once, the rest follow. The view holds at most `CHANGE_LOG_VIEW_LIMIT` rows
 * (the virtual table scrolls those smoothly); beyond that the count says to narrow the filters
 * or to download the export, which streams every row.
 */
export const CHANGE_LOG_PAGE = 2000;
export const CHANGE_LOG_VIEW_LIMIT = 20_000;

export type ChangeLogState =
  | { status: 'loading'; rows: readonly ChangeLogRow[]; total: number | null }
  | { status: 'ready'; rows: readonly ChangeLogRow[]; total: number }
  | { status: 'failed'; error: unknown };

export function useChangeLog(filter: ChangeLogFilter): { state: ChangeLogState; reload(): void } {
  const client = useApi();
  const [state, setState] = useState<ChangeLogState>({ status: 'loading', rows: [], total: null });
  const [attempt, setAttempt] = useState(0);
  // The filter object is rebuilt on every render of the route: its content is the dependency.
  const key = JSON.stringify(filter);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `filter`; `attempt` reloads.
  useEffect(() => {
    const abort = new AbortController();
    const wanted = JSON.parse(key) as ChangeLogFilter;
    setState({ status: 'loading', rows: [], total: null });
    (async () => {
      let rows: ChangeLogRow[] = [];
      for (let offset = 0; ; offset += CHANGE_LOG_PAGE) {
        const page = await listChangeLog(client, wanted, { limit: CHANGE_LOG_PAGE, offset }, abort.signal);
        rows = rows.concat(page.entries);
        const end = Math.min(page.total, CHANGE_LOG_VIEW_LIMIT);
        if (page.entries.length < CHANGE_LOG_PAGE || rows.length >= end) {
          setState({ status: 'ready', rows: rows.slice(0, CHANGE_LOG_VIEW_LIMIT), total: page.total });
          return;
        }
        setState({ status: 'loading', rows, total: page.total });
      }
    })().catch((error: unknown) => {
      if (!abort.signal.aborted) setState({ status: 'failed', error });
    });
    return () => abort.abort();
  }, [client, key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
