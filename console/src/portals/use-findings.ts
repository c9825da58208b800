import type { Finding } from '@niemyet/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../api/api-context';
import { type FindingFilter, listFindings } from '../api/portal-watches';

/**
 * The inbox's findings for a filter, read page by page and shown as they come (the change
 * log's approach): the first page paints at once, the rest follow. The view holds at most
 * `FINDINGS_VIEW_LIMIT` (the virtual table scrolls fifty thousand smoothly); beyond that the
 * count says to narrow the filters or to download the export.
 */
export const FINDINGS_PAGE = 1000;
export const FINDINGS_VIEW_LIMIT = 50_000;

export type FindingsState =
  | { status: 'loading'; rows: readonly Finding[]; total: number | null }
  | { status: 'ready'; rows: readonly Finding[]; total: number }
  | { status: 'failed'; error: unknown };

export function useFindings(filter: FindingFilter): { state: FindingsState; reload(): void } {
  const client = useApi();
  const [state, setState] = useState<FindingsState>({ status: 'loading', rows: [], total: null });
  const [attempt, setAttempt] = useState(0);
  // The filter object is rebuilt on every render of the route: its content is the dependency.
  const key = JSON.stringify(filter);
  const shownKey = useRef(key);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `filter`; `attempt` reloads.
  useEffect(() => {
    const abort = new AbortController();
    const wanted = JSON.parse(key) as FindingFilter;
    // A reload of the same filter (after a triage) keeps the rows on screen until the first page
    // replaces them, so the list does not flash; a new filter starts empty.
    const sameFilter = shownKey.current === key;
    shownKey.current = key;
    setState((current) =>
      current.status === 'failed' || !sameFilter
        ? { status: 'loading', rows: [], total: null }
        : { ...current, status: 'loading' },
    );
    (async () => {
      let rows: Finding[] = [];
      for (let offset = 0; ; offset += FINDINGS_PAGE) {
        const page = await listFindings(client, wanted, { limit: FINDINGS_PAGE, offset }, abort.signal);
        rows = rows.concat(page.findings);
        const end = Math.min(page.total, FINDINGS_VIEW_LIMIT);
        if (page.findings.length < FINDINGS_PAGE || rows.length >= end) {
          setState({ status: 'ready', rows: rows.slice(0, FINDINGS_VIEW_LIMIT), total: page.total });
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
