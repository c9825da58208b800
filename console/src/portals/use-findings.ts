import type { Finding, FindingListResponse } from '@niemyet/core';
import { useApi } from '../api/api-context';
import type { ApiClient } from '../api/http';
import { type FindingFilter, listFindings } from '../api/portal-watches';
import { prefetch, takeArrivedPrefetched, takePrefetched } from '../api/prefetched-answers';
import { type PagedRowsState, usePagedRows } from '../paging/use-paged-rows';
import { FINDINGS_FIRST_PAGE, FINDINGS_PAGE, FINDINGS_VIEW_LIMIT } from './findings-paging';

export { FINDINGS_FIRST_PAGE, FINDINGS_PAGE, FINDINGS_VIEW_LIMIT };

export type FindingsState = PagedRowsState<Finding>;

const firstPageKey = (filter: FindingFilter) => `findings:${JSON.stringify(filter)}`;

/**
 * Asks the first page for `filter` now, for the inbox to take when it mounts (the route's
 * loader: the page is then on its way while `/api/me` and the screen's chunk load).
 */
export function prefetchFirstFindings(client: ApiClient, filter: FindingFilter): void {
  prefetch(client, firstPageKey(filter), () =>
    listFindings(client, filter, { offset: 0, limit: FINDINGS_FIRST_PAGE }),
  );
}

/**
 * The inbox's findings for a filter, page by page as they come (`usePagedRows`): a first
 * screenful or so, painted at once, then the rest in pages of the contract's most. The first
 * page asked by the route, when already here, is in the first render; `holdNextPages` keeps
 * the rest waiting (`usePagedRows`).
 */
export function useFindings(
  filter: FindingFilter,
  { holdNextPages = false }: { holdNextPages?: boolean } = {},
): { state: FindingsState; reload(): void } {
  const client = useApi();
  // The filter object is rebuilt on every render of the route: its content is the key.
  return usePagedRows(
    JSON.stringify(filter),
    async (page, signal) => {
      const prefetched =
        page.offset === 0 && page.limit === FINDINGS_FIRST_PAGE
          ? await takePrefetched<FindingListResponse>(client, firstPageKey(filter))
          : null;
      const answer = prefetched ?? (await listFindings(client, filter, page, signal));
      return { total: answer.total, rows: answer.findings };
    },
    {
      pageSize: FINDINGS_PAGE,
      viewLimit: FINDINGS_VIEW_LIMIT,
      firstPageSize: FINDINGS_FIRST_PAGE,
      firstPage: () => {
        const answer = takeArrivedPrefetched<FindingListResponse>(client, firstPageKey(filter));
        return answer && { total: answer.total, rows: answer.findings };
      },
      holdNextPages,
    },
  );
}
