import type { Finding } from '@niemyet/core';
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/language';
import { distinctValues, PagedRowsStatus } from '../paging/PagedRowsStatus';
import { useFirstContentCommitted, useFirstContentShown } from '../shell/first-content';
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
  const { t } = useI18n();
  const m = t.portals;
  const filter = findingFilter(search);
  // The digest and the trend are asked once the list's first rows are in (and stay after), and
  // when the console opened here, once those rows are painted (shell/first-content.tsx): on the
  // embedded database the three wait on one thread, and the rows are what the user came for.
  // The list's next pages wait for them, so that they are not queued behind 1,000 rows.
  const [sidePanels, setSidePanels] = useState(false);
  const { state, reload } = useFindings(filter, { holdNextPages: !sidePanels });
  // A triage changes the digest and the trend too: they are asked again with the list.
  const [changes, setChanges] = useState(0);
  const rows = state.status === 'failed' ? [] : state.rows;
  const listShown = state.status !== 'loading' || state.total !== null;
  useFirstContentCommitted(listShown);
  const painted = useFirstContentShown();
  if (!sidePanels && listShown && painted) setSidePanels(true);
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
      <PagedRowsStatus
        state={state}
        filtered={hasFindingFilters(search)}
        messages={m}
        countTestId="findings-count"
        onRetry={reload}
      >
        {rows.length > 0 && (
          <FindingTable
            rows={rows}
            onOpen={(finding) => onSearchChange({ ...filter, finding: finding.id })}
          />
        )}
      </PagedRowsStatus>
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

/** The portals, agencies and fields of the findings shown, as filter suggestions. */
function suggestionsOf(rows: readonly Finding[]): { portal: string[]; agency: string[]; field: string[] } {
  return {
    portal: distinctValues(rows, (row) => row.portal),
    agency: distinctValues(rows, (row) => row.agency),
    field: distinctValues(rows, (row) => row.field),
  };
}
