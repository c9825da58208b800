import type { ReactNode } from 'react';
import { errorMessage } from '../api/error-messages';
import { useI18n } from '../i18n/language';
import type { PagedRowsState } from './use-paged-rows';

/** What a paged list says of itself, in its screen's words. */
export interface PagedRowsMessages {
  loading: string;
  loadingMore(shown: number, total: number): string;
  count(shown: number, total: number): string;
  /** Nothing at all yet: what to do to get some. */
  empty: string;
  /** Nothing matches the filters: how to widen them. */
  noMatch: string;
  loadFailed(why: string): string;
  retry: string;
}

/**
 * The state line of a list read page by page (`usePagedRows`): the failure with a retry, or the
 * count ("N of M", still loading, empty, nothing matching), then the list itself (`children`).
 */
export function PagedRowsStatus<R>({
  state,
  filtered,
  messages: m,
  countTestId,
  onRetry,
  children,
}: {
  state: PagedRowsState<R>;
  /** Whether filters are set: an empty answer then means "nothing matches", not "nothing yet". */
  filtered: boolean;
  messages: PagedRowsMessages;
  countTestId: string;
  onRetry(): void;
  children: ReactNode;
}) {
  const { language } = useI18n();
  if (state.status === 'failed')
    return (
      <div className="error" role="alert">
        <p>{m.loadFailed(errorMessage(state.error, language))}</p>
        <button type="button" className="secondary" onClick={onRetry}>
          {m.retry}
        </button>
      </div>
    );
  const count =
    state.status === 'loading'
      ? state.total === null
        ? m.loading
        : m.loadingMore(state.rows.length, state.total)
      : state.total === 0
        ? filtered
          ? m.noMatch
          : m.empty
        : m.count(state.rows.length, state.total);
  return (
    <>
      <p className="count" role="status" data-testid={countTestId}>
        {count}
      </p>
      {children}
    </>
  );
}

/** The distinct non-empty values of `pick` over `rows`, at most `max`, sorted the Vietnamese way (filter suggestions). */
export function distinctValues<R>(rows: readonly R[], pick: (row: R) => string | null, max = 300): string[] {
  const values = new Set<string>();
  for (const row of rows) {
    if (values.size >= max) break;
    const value = pick(row);
    if (value) values.add(value);
  }
  return [...values].sort((a, b) => a.localeCompare(b, 'vi'));
}
