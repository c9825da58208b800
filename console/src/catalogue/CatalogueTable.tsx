import { type IsoDate, levelLabel } from '@niemyet/core';
import { SpacerRow, useVirtualRows } from '@niemyet/ui';
import { Link } from '@tanstack/react-router';
import {
  createColumnHelper,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
  type Updater,
  useTable,
} from '@tanstack/react-table';
import { useMemo, useRef } from 'react';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/language';
import type { CatalogueStatus } from './catalogue-filters';
import type { CatalogueRow } from './catalogue-rows';
import { type CatalogueSort, type CatalogueSortColumn, DEFAULT_CATALOGUE_SORT } from './catalogue-sort';

/**
 * The catalogue as a TanStack Table (v9) with virtual rows: only the rows in view (plus a few)
 * are in the DOM, so 20,000 procedures render as fast as 50. Rows have a fixed height (long
 * names are clipped with their full text in a tooltip) so the virtualiser's sizes are exact.
 * Headers sort: the table's sorting feature keeps the state and the click cycle (ascending,
 * then descending, never unsorted: the default order is code ascending); the rows come
 * already sorted (`manualSorting`), by `sortCatalogue` with keys computed once.
 */

const features = tableFeatures({ rowSortingFeature });
const column = createColumnHelper<typeof features, CatalogueRow>();

const ROW_HEIGHT = 36;
const OVERSCAN = 12;

export function CatalogueTable({
  rows,
  sort,
  onSortChange,
  asOf,
  status = 'in-force',
}: {
  rows: readonly CatalogueRow[];
  sort: CatalogueSort;
  onSortChange(sort: CatalogueSort): void;
  /** The catalogue's date: a row's link opens its procedure on that date. */
  asOf: IsoDate;
  status?: CatalogueStatus;
}) {
  const { t, language } = useI18n();
  const columns = useMemo(() => {
    // An upcoming version opens on the day it takes effect, to show that version.
    const dateOf = (row: CatalogueRow) => (status === 'upcoming' ? (row.effectiveFrom ?? asOf) : asOf);
    return column.columns([
      column.accessor('code', {
        header: t.catalogue.columns.code,
        cell: (info) => {
          const row = info.row.original;
          return (
            <Link
              to="/procedures/$code"
              params={{ code: row.procedureId }}
              search={{ asOf: dateOf(row) }}
              data-testid="procedure-link"
            >
              {row.code === null ? (
                <span className="muted">{t.catalogue.noCode}</span>
              ) : (
                <code>{row.code}</code>
              )}
            </Link>
          );
        },
      }),
      column.accessor('name', {
        header: t.catalogue.columns.name,
        cell: (info) => {
          const row = info.row.original;
          return (
            <Link
              to="/procedures/$code"
              params={{ code: row.procedureId }}
              search={{ asOf: dateOf(row) }}
              title={row.name}
            >
              {row.name}
            </Link>
          );
        },
      }),
      column.accessor((row) => row.levels.map((level) => levelLabel(level, language)).join(', '), {
        id: 'levels',
        header: t.catalogue.columns.levels,
      }),
      column.accessor((row) => row.field ?? '', { id: 'field', header: t.catalogue.columns.field }),
      column.accessor((row) => row.agency ?? '', {
        id: 'agency',
        header: t.catalogue.columns.agency,
        cell: (info) => <span title={info.getValue()}>{info.getValue()}</span>,
      }),
      column.accessor('effectiveFrom', {
        header: status === 'abolished' ? t.catalogueFilters.abolishedOn : t.catalogue.columns.effectiveFrom,
        cell: (info) => formatDate(info.getValue(), t.catalogue.sinceBefore),
      }),
      column.accessor((row) => row.decisionNumber ?? '', {
        id: 'decision',
        header: t.catalogue.columns.decision,
      }),
    ]);
  }, [t, language, asOf, status]);
  const sorting: SortingState = [{ id: sort.column, desc: sort.desc }];
  // The table reads `data` as given: already sorted, then filtered by the search (keys built once).
  const table = useTable({
    features,
    columns,
    data: rows as CatalogueRow[],
    // A procedure may have several upcoming versions: their start tells them apart.
    getRowId: (row) => `${row.procedureId}@${row.effectiveFrom ?? ''}`,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = (typeof updater === 'function' ? updater(sorting) : updater)[0];
      onSortChange(
        next ? { column: next.id as CatalogueSortColumn, desc: next.desc } : DEFAULT_CATALOGUE_SORT,
      );
    },
  });
  const tableRows = table.getRowModel().rows;

  const scrollRef = useRef<HTMLDivElement>(null);
  const { shown, padTop, padBottom } = useVirtualRows({
    rows: tableRows,
    scrollRef,
    rowHeight: ROW_HEIGHT,
    overscan: OVERSCAN,
    // Before the first layout (and in DOMs without layout) render one screenful, not nothing.
    initialRect: { width: 1200, height: 720 },
  });
  const width = columns.length;

  return (
    <div ref={scrollRef} className="table-scroll" data-testid="catalogue-table-scroll">
      <table className="catalogue" data-testid="catalogue-table">
        <colgroup>
          <col className="col-code" />
          <col className="col-name" />
          <col className="col-levels" />
          <col className="col-field" />
          <col className="col-agency" />
          <col className="col-date" />
          <col className="col-decision" />
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {header.isPlaceholder ? null : (
                      <button
                        type="button"
                        className="sort"
                        data-testid={`sort-${header.column.id}`}
                        title={t.catalogue.sortTitle}
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        {/* The direction is in aria-sort; the arrow is for the eye. */}
                        <span className="sort-indicator" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          <SpacerRow height={padTop} columns={width} />
          {shown.map((row) => (
            <tr
              key={row.id}
              data-testid="catalogue-row"
              data-code={row.original.code ?? ''}
              style={{ height: ROW_HEIGHT }}
            >
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          <SpacerRow height={padBottom} columns={width} />
        </tbody>
      </table>
    </div>
  );
}
