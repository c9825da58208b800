import { type IsoDate, levelLabel } from '@niemyet/core';
import { Link } from '@tanstack/react-router';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../api/error-messages';
import { useI18n } from '../i18n/language';
import { useDecisionImport } from '../import/decision-import-context';
import { PublishPanel } from '../publish/PublishPanel';
import { AsOfField } from './AsOfField';
import { CatalogueTable } from './CatalogueTable';
import {
  abolishedRows,
  CATALOGUE_STATUSES,
  type CatalogueFilterOptions,
  type CatalogueSearch,
  type CatalogueStatus,
  catalogueFilterOptions,
  filterCatalogue,
} from './catalogue-filters';
import { type CatalogueRow, searchCatalogue } from './catalogue-rows';
import { type CatalogueSort, DEFAULT_CATALOGUE_SORT, sortCatalogue } from './catalogue-sort';
import { columnsLength, tableRows } from './catalogue-table-data';
import { LoadDemoPanel } from './LoadDemoPanel';
import { type CatalogueTableView, useCatalogueTable } from './use-catalogue-table';

/** How long the search box waits after the last keystroke before the address follows it. */
const SEARCH_TO_ADDRESS_MS = 400;

/** The view besides the date, as the address keeps it. */
export type CatalogueViewSearch = Omit<CatalogueSearch, 'asOf'>;

/**
 * The catalogue on a date, from the server (through the browser's cache): what is in force,
 * upcoming or abolished, filtered by level, field and agency, searchable and sortable in the
 * page, every row a link to its procedure; and the action that publishes it. The filters and
 * the search live in the address, so a link reproduces the view.
 */
export function CatalogueScreen({
  asOf,
  onAsOfChange,
  search = {},
  onSearchChange = () => {},
}: {
  asOf: IsoDate;
  onAsOfChange(date: IsoDate): void;
  search?: CatalogueViewSearch;
  /** `replace`: a keystroke of the search, not worth a step of the browser's history. */
  onSearchChange?(search: CatalogueViewSearch, options: { replace: boolean }): void;
}) {
  const { t, language } = useI18n();
  const searchId = useId();
  // An import that wrote something moves this: the catalogue is asked for again.
  const { completed } = useDecisionImport();
  // So does loading the demo.
  const [demoLoads, setDemoLoads] = useState(0);
  const load = useCatalogueTable(asOf, completed + demoLoads);
  const [query, setQuery] = useState(search.q ?? '');
  // The box shows every keystroke at once; the table follows as soon as React has time.
  const deferredQuery = useDeferredValue(query);
  const [sort, setSort] = useState<CatalogueSort>(DEFAULT_CATALOGUE_SORT);
  const status: CatalogueStatus = search.status ?? 'in-force';
  const { level, field, agency } = search;

  // The address follows the search once the typing pauses (replacing the entry, not adding
  // one per word), and the box follows the address when it changes otherwise (back, a link).
  const written = useRef(search.q ?? '');
  const searchRef = useRef(search);
  searchRef.current = search;
  const onSearchRef = useRef(onSearchChange);
  onSearchRef.current = onSearchChange;
  useEffect(() => {
    if (deferredQuery === written.current) return;
    const timer = setTimeout(() => {
      written.current = deferredQuery;
      const { q: _q, ...rest } = searchRef.current;
      onSearchRef.current(deferredQuery === '' ? rest : { ...rest, q: deferredQuery }, { replace: true });
    }, SEARCH_TO_ADDRESS_MS);
    return () => clearTimeout(timer);
  }, [deferredQuery]);
  useEffect(() => {
    const fromAddress = search.q ?? '';
    if (fromAddress !== written.current) {
      written.current = fromAddress;
      setQuery(fromAddress);
    }
  }, [search.q]);

  const view = load.kind === 'ready' ? load.view : null;
  // An empty copy kept in the browser is not the server's word: after an import elsewhere it
  // would say "no decisions yet, import a list" while the server is sending thousands. Until
  // the server confirms, the screen says it is loading. After a demo load the offer stays,
  // with its "loaded" message, until the catalogue it loaded arrives.
  const emptyUnconfirmed = view?.empty === true && view.checking && demoLoads === 0;
  const table = view?.table;
  const inForce = view?.rows;
  const numbers = view?.decisionNumbers;
  // The rows of the chosen part of the table: built when the table or the part changes.
  const rows = useMemo(() => {
    if (!table || !inForce || !numbers) return undefined;
    if (status === 'upcoming') return tableRows(table.upcoming, numbers);
    if (status === 'abolished') return abolishedRows(table.abolished);
    return inForce;
  }, [table, inForce, numbers, status]);
  // The choices offered: the values present in those rows, computed once per set of rows.
  const options = useMemo(() => (rows ? catalogueFilterOptions(rows) : null), [rows]);
  // Sorted when the rows or the order change, never per keystroke: filters and search keep the order.
  const sorted = useMemo(() => (rows ? sortCatalogue(rows, sort) : []), [rows, sort]);
  const filtered = useMemo(
    () => filterCatalogue(sorted, { level, field, agency }),
    [sorted, level, field, agency],
  );
  const matched = useMemo(() => searchCatalogue(filtered, deferredQuery), [filtered, deferredQuery]);
  const narrowed = { searched: deferredQuery.trim() !== '', filtered: filtered !== sorted };

  // The date field keeps one place in the tree whatever the load's state: a cached copy
  // replaced by the server's answer must not remount it and throw away a date being typed.
  return (
    <div className="screen">
      <h2>{t.catalogue.heading}</h2>
      <div className="toolbar">
        <AsOfField value={asOf} onChange={onAsOfChange} />
        {view !== null && !view.empty && (
          <div className="field search">
            <label htmlFor={searchId}>{t.catalogue.search}</label>
            <input
              id={searchId}
              type="search"
              data-testid="catalogue-search"
              placeholder={t.catalogue.searchPlaceholder}
              value={query}
              autoComplete="off"
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
        )}
      </div>
      {view !== null && !view.empty && options !== null && (
        <CatalogueFilterBar
          search={search}
          options={options}
          onChange={(next) =>
            onSearchChange({ ...next, ...(query === '' ? {} : { q: query }) }, { replace: false })
          }
        />
      )}
      {(load.kind === 'loading' || emptyUnconfirmed) && <p className="muted">{t.app.loading}</p>}
      {load.kind === 'failed' && (
        <p className="error" role="alert" data-testid="catalogue-error">
          {t.catalogue.loadFailed(errorMessage(load.error, language))}
        </p>
      )}
      {view?.empty === true && view.error !== null && (
        // The kept copy is empty and the server could not be asked: say so, it may not be empty.
        <p className="error" role="alert" data-testid="catalogue-error">
          {t.catalogue.loadFailed(errorMessage(view.error, language))}
        </p>
      )}
      {view?.empty === true && !emptyUnconfirmed && (
        <section className="panel empty" data-testid="catalogue-empty">
          <h3>{t.catalogue.emptyHeading}</h3>
          <p>{t.catalogue.emptyBody}</p>
          <Link to="/import" className="button primary">
            {t.catalogue.emptyAction}
          </Link>
          <LoadDemoPanel onLoaded={() => setDemoLoads((n) => n + 1)} />
        </section>
      )}
      {view !== null && !view.empty && (
        <CatalogueBody
          view={view}
          status={status}
          total={rows?.length ?? 0}
          matched={matched}
          narrowed={narrowed}
          sort={sort}
          onSortChange={setSort}
          onClear={() => {
            // Cleared here and in the address at once: the search's own write-back has nothing to add.
            written.current = '';
            setQuery('');
            onSearchChange(status === 'in-force' ? {} : { status }, { replace: false });
          }}
        />
      )}
    </div>
  );
}

function CatalogueBody({
  view,
  status,
  total,
  matched,
  narrowed,
  sort,
  onSortChange,
  onClear,
}: {
  view: CatalogueTableView;
  status: CatalogueStatus;
  total: number;
  matched: readonly CatalogueRow[];
  narrowed: { searched: boolean; filtered: boolean };
  sort: CatalogueSort;
  onSortChange(sort: CatalogueSort): void;
  onClear(): void;
}) {
  const { t, language } = useI18n();
  const { table } = view;
  return (
    <>
      <p className="counts">
        <strong data-testid="catalogue-count" data-shown={matched.length} data-total={total}>
          {t.catalogueFilters.count(status, matched.length, total, narrowed.searched, narrowed.filtered)}
        </strong>
        <span className="muted">
          {' '}
          · {t.catalogue.others(columnsLength(table.upcoming), table.abolished.length)}
        </span>
      </p>
      {view.checking && (
        <p className="muted" data-testid="catalogue-checking">
          {t.catalogue.fromCache}
        </p>
      )}
      {view.error !== null && (
        <p className="error" role="alert" data-testid="catalogue-error">
          {t.catalogue.loadFailed(errorMessage(view.error, language))}
        </p>
      )}
      {total === 0 ? (
        <p className="muted">{t.catalogueFilters.noneInStatus(status)}</p>
      ) : matched.length === 0 ? (
        <p className="muted">
          {narrowed.filtered ? t.catalogueFilters.noMatch : t.catalogue.noMatch}{' '}
          <button type="button" className="secondary" onClick={onClear}>
            {t.catalogueFilters.clear}
          </button>
        </p>
      ) : (
        <CatalogueTable
          rows={matched}
          sort={sort}
          onSortChange={onSortChange}
          asOf={table.asOf}
          status={status}
        />
      )}
      <PublishPanel asOf={table.asOf} />
    </>
  );
}

/** Status, level, field and agency as selects of the values present; "Tất cả" clears one. */
function CatalogueFilterBar({
  search,
  options,
  onChange,
}: {
  search: CatalogueViewSearch;
  options: CatalogueFilterOptions;
  onChange(search: CatalogueViewSearch): void;
}) {
  const { t, language } = useI18n();
  const f = t.catalogueFilters;
  const { q: _q, ...current } = search;
  const set = (key: 'level' | 'field' | 'agency', value: string) => {
    const { [key]: _old, ...rest } = current;
    onChange(value === '' ? rest : { ...rest, [key]: value });
  };
  return (
    <fieldset className="toolbar filters" data-testid="catalogue-filters">
      <legend className="visually-hidden">{f.legend}</legend>
      <FilterSelect
        label={f.status}
        testId="filter-status"
        value={search.status ?? 'in-force'}
        choices={CATALOGUE_STATUSES.map((status) => [status, f.statuses[status]] as const)}
        onChange={(value) => {
          const { status: _old, ...rest } = current;
          onChange(value === 'in-force' ? rest : { ...rest, status: value as CatalogueViewSearch['status'] });
        }}
      />
      <FilterSelect
        label={f.level}
        testId="filter-level"
        value={search.level ?? ''}
        any={f.any}
        choices={withCurrent(options.levels, search.level).map(
          (level) => [level, levelLabel(level, language)] as const,
        )}
        onChange={(value) => set('level', value)}
      />
      <FilterSelect
        label={f.field}
        testId="filter-field"
        value={search.field ?? ''}
        any={f.any}
        choices={withCurrent(options.fields, search.field).map((value) => [value, value] as const)}
        onChange={(value) => set('field', value)}
      />
      <FilterSelect
        label={f.agency}
        testId="filter-agency"
        value={search.agency ?? ''}
        any={f.any}
        choices={withCurrent(options.agencies, search.agency).map((value) => [value, value] as const)}
        onChange={(value) => set('agency', value)}
      />
    </fieldset>
  );
}

/** A value chosen in a link stays choosable even when this date has none of it (it then matches nothing). */
function withCurrent(values: readonly string[], current: string | undefined): readonly string[] {
  return current === undefined || values.includes(current) ? values : [current, ...values];
}

function FilterSelect({
  label,
  testId,
  value,
  any,
  choices,
  onChange,
}: {
  label: string;
  testId: string;
  value: string;
  /** The label of "no filter"; absent when one choice is always made (the status). */
  any?: string;
  choices: readonly (readonly [string, string])[];
  onChange(value: string): void;
}) {
  const id = useId();
  return (
    <div className="field filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} data-testid={testId} value={value} onChange={(event) => onChange(event.target.value)}>
        {any !== undefined && <option value="">{any}</option>}
        {choices.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
