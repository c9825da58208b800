import type { Finding } from '@niemyet/core';
import { useApi } from '../api/api-context';
import { type FindingFilter, listFindings } from '../api/portal-watches';
import { type PagedRowsState, usePagedRows } from '../paging/use-paged-rows';

/**
 * The inbox's findings for a filter, page by page as they come (`usePagedRows`): a first
 * screenful or so, painted at once, then the rest in pages of the contract's most.
 */
export const FINDINGS_FIRST_PAGE = 100;
export const FINDINGS_PAGE = 1000;
export const FINDINGS_VIEW_LIMIT = 50_000;

export type FindingsState = PagedRowsState<Finding>;

export function useFindings(filter: FindingFilter): { state: FindingsState; reload(): void } {
  const client = useApi();
  // The filter object is rebuilt on every render of the route: its content is the key.
  return usePagedRows(
    JSON.stringify(filter),
    async (page, signal) => {
      const answer = await listFindings(client, filter, page, signal);
      return { total: answer.total, rows: answer.findings };
    },
    { pageSize: FINDINGS_PAGE, viewLimit: FINDINGS_VIEW_LIMIT, firstPageSize: FINDINGS_FIRST_PAGE },
  );
}
