import type { ChangeLogFilter, ChangeLogRow } from '@niemyet/core';
import { useMemo } from 'react';
import { useI18n } from '../i18n/language';
import { distinctValues, PagedRowsStatus } from '../paging/PagedRowsStatus';
import { ChainCheckPanel } from './ChainCheckPanel';
import { ChangeEntryDialog } from './ChangeEntryDialog';
import { ChangeExports } from './ChangeExports';
import { ChangeFilters } from './ChangeFilters';
import { ChangeLogTable } from './ChangeLogTable';
import { type ChangesSearch, changesFilter, hasFilters } from './changes-search';
import { useChangeLog } from './use-change-log';

/**
 * `#/changes`: every entry of the change log (issued decisions' items, national-database
 * entries and removals), filtered from the address, with the entry's before/after, the chain
 * check and the exports of what the filters select.
 */
export function ChangesScreen({
  search,
  onSearchChange,
}: {
  search: ChangesSearch;
  onSearchChange(next: ChangesSearch, options?: { replace?: boolean }): void;
}) {
  const { t } = useI18n();
  const m = t.changes;
  const filter = changesFilter(search);
  const { state, reload } = useChangeLog(filter);
  const rows = state.status === 'failed' ? [] : state.rows;
  const suggestions = useMemo(() => suggestionsOf(rows), [rows]);
  const open = search.entry === undefined ? undefined : rows.find((row) => row.seq === search.entry);

  const applyFilter = (next: ChangeLogFilter) => onSearchChange(next);
  // An entry outside the current filter is shown from the whole log.
  const entrySearch = (seq: number): ChangesSearch =>
    rows.some((row) => row.seq === seq) ? { ...filter, entry: seq } : { entry: seq };
  const closeEntry = () => onSearchChange(filter, { replace: true });

  return (
    <div className="screen changes" data-testid="changes-screen">
      <h2>{m.heading}</h2>
      <p className="muted">{m.intro}</p>
      <ChainCheckPanel entrySearch={entrySearch} />
      <ChangeFilters filter={filter} onApply={applyFilter} suggestions={suggestions} />
      <ChangeExports filter={filter} />
      <PagedRowsStatus
        state={state}
        filtered={hasFilters(search)}
        messages={m}
        countTestId="changes-count"
        onRetry={reload}
      >
        {search.entry !== undefined && state.status === 'ready' && !open && (
          <p className="notice" data-testid="changes-entry-not-loaded">
            {m.chain.notLoaded(search.entry)}
          </p>
        )}
        {rows.length > 0 && (
          <ChangeLogTable rows={rows} onOpen={(row) => onSearchChange({ ...filter, entry: row.seq })} />
        )}
      </PagedRowsStatus>
      {open && <ChangeEntryDialog entry={open} onClose={closeEntry} />}
    </div>
  );
}

/** The fields and agencies of the rows shown, as filter suggestions. */
function suggestionsOf(rows: readonly ChangeLogRow[]): { field: string[]; agency: string[] } {
  return {
    field: distinctValues(rows, (row) => row.field),
    agency: distinctValues(rows, (row) => row.agency),
  };
}
