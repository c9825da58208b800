import type { ChangeLogFilter, ChangeLogRow } from '@niemyet/core';
import { useApi } from '../api/api-context';
import { listChangeLog } from '../api/changelog';
import { type PagedRowsState, usePagedRows } from '../paging/use-paged-rows';

/** The entries of the log for a filter, page by page as they come (`usePagedRows`). */
export const CHANGE_LOG_PAGE = 2000;
export const CHANGE_LOG_VIEW_LIMIT = 20_000;

export type ChangeLogState = PagedRowsState<ChangeLogRow>;

export function useChangeLog(filter: ChangeLogFilter): { state: ChangeLogState; reload(): void } {
  const client = useApi();
  // The filter object is rebuilt on every render of the route: its content is the key.
  return usePagedRows(
    JSON.stringify(filter),
    async (page, signal) => {
      const answer = await listChangeLog(client, filter, page, signal);
      return { total: answer.total, rows: answer.entries };
    },
    { pageSize: CHANGE_LOG_PAGE, viewLimit: CHANGE_LOG_VIEW_LIMIT },
  );
}
