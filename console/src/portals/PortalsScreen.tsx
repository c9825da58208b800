import type { Finding } from '@niemyet/core';
import { useMemo, useState } from 'react';
import { errorMessage } from '../api/error-messages';
import { useI18n } from '../i18n/language';
import { FindingDialog } from './FindingDialog';
import { FindingDigest } from './FindingDigest';
import { FindingExports } from './FindingExports';
import { FindingFilters } from './FindingFilters';
import { FindingTable } from './FindingTable';
import { FindingTrendChart } from './FindingTrendChart';
import { PortalTabs } from './PortalTabs';
import { findingFilter, hasFindingFilters, type PortalsSearch } from './portals-search';
import { useFindings } from './use-findings';

/**
 * `#/portals`: the one inbox of portal discrepancies — today's digest, the filters (in the
 * address), the findings as a virtual table read page by page, the open finding's panel with
 * its sightings and triage, the exports of what the filters select, and the trend per portal.
 */
export function PortalsScreen({
  search,
  onSearchChange,
}: {
  search: PortalsSearch;
  onSearchChange(next: PortalsSearch, options?: { replace?: boolean }): void;
}) {
  const { t, language } = useI18n();
  const m = t.portals;
  const filter = findingFilter(search);
  const { state, reload } = useFindings(filter);
  // A triage changes the digest and the trend too: they are asked again with the list.
  const [changes, setChanges] = useState(0);
  const rows = state.status === 'failed' ? [] : state.rows;
  // The digest and the trend are asked once the list's first rows are in (and stay after): on
  // the embedded database the three wait on one thread, and the rows are what the user came for.
  const [sidePanels, setSidePanels] = useState(false);
  if (!sidePanels && (state.status !== 'loading' || state.total !== null)) setSidePanels(true);
  const suggestions = useMemo(() => suggestionsOf(rows), [rows]);

  return (
    <div className="screen portals" data-testid="portals-screen">
      <h2>{m.heading}</h2>
      <p className="muted">{m.intro}</p>
      <PortalTabs />
      {sidePanels && (
        <FindingDigest refresh={changes} onOpen={(id) => onSearchChange({ ...filter, finding: id })} />
      )}
      <FindingFilters filter={filter} onApply={(next) => onSearchChange(next)} suggestions={suggestions} />
      <FindingExports filter={filter} />
      {state.status === 'failed' ? (
        <div className="error" role="alert">
          <p>{m.loadFailed(errorMessage(state.error, language))}</p>
          <button type="button" className="secondary" onClick={reload}>
            {m.retry}
          </button>
        </div>
      ) : (
        <>
          <p className="count" role="status" data-testid="findings-count">
            {state.status === 'loading'
              ? state.total === null
                ? m.loading
                : m.loadingMore(state.rows.length, state.total)
              : state.total === 0
                ? hasFindingFilters(search)
                  ? m.noMatch
                  : m.empty
                : m.count(state.rows.length, state.total)}
          </p>
          {rows.length > 0 && (
            <FindingTable
              rows={rows}
              onOpen={(finding) => onSearchChange({ ...filter, finding: finding.id })}
            />
          )}
        </>
      )}
      {sidePanels && <FindingTrendChart refresh={changes} />}
      {search.finding !== undefined && (
        <FindingDialog
          id={search.finding}
          onClose={() => onSearchChange(filter, { replace: true })}
          onChanged={() => {
            reload();
            setChanges((n) => n + 1);
          }}
        />
      )}
    </div>
  );
}

/** The distinct portals, agencies and fields of the findings shown, sorted the Vietnamese way; a few hundred at most. */
const MAX_SUGGESTIONS = 300;
function suggestionsOf(rows: readonly Finding[]): { portal: string[]; agency: string[]; field: string[] } {
  const sets = { portal: new Set<string>(), agency: new Set<string>(), field: new Set<string>() };
  for (const row of rows) {
    if (sets.portal.size < MAX_SUGGESTIONS) sets.portal.add(row.portal);
    if (row.agency && sets.agency.size < MAX_SUGGESTIONS) sets.agency.add(row.agency);
    if (row.field && sets.field.size < MAX_SUGGESTIONS) sets.field.add(row.field);
  }
  const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b, 'vi'));
  return { portal: sorted(sets.portal), agency: sorted(sets.agency), field: sorted(sets.field) };
}
