import type { IsoDate } from '@niemyet/core';
import { Link } from '@tanstack/react-router';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { errorMessage } from '../api/error-messages';
import { useI18n } from '../i18n/language';
import { useDecisionImport } from '../import/decision-import-context';
import { PublishPanel } from '../publish/PublishPanel';
import { AsOfField } from './AsOfField';
import { CatalogueTable } from './CatalogueTable';
import { type CatalogueRow, searchCatalogue } from './catalogue-rows';
import { type CatalogueSort, DEFAULT_CATALOGUE_SORT, sortCatalogue } from './catalogue-sort';
import { LoadDemoPanel } from './LoadDemoPanel';
import { type CatalogueView, useCatalogue } from './use-catalogue';

/**
 * The catalogue in force on a date, from the server (through the browser's cache), searchable
 * and sortable in the page, and the action that publishes it.
 */
export function CatalogueScreen({
  asOf,
  onAsOfChange,
}: {
  asOf: IsoDate;
  onAsOfChange(date: IsoDate): void;
}) {
  const { t, language } = useI18n();
  const searchId = useId();
  // An import that wrote something moves this: the catalogue is asked for again.
  const { completed } = useDecisionImport();
  // So does loading the demo.
  const [demoLoads, setDemoLoads] = useState(0);
  const load = useCatalogue(asOf, completed + demoLoads);
  const [query, setQuery] = useState('');
  // The box shows every keystroke at once; the table follows as soon as React has time.
  const deferredQuery = useDeferredValue(query);
  const [sort, setSort] = useState<CatalogueSort>(DEFAULT_CATALOGUE_SORT);
  const rows = load.kind === 'ready' ? load.view.rows : undefined;
  // Sorted when the rows or the order change, never per keystroke: the search keeps the order.
  const sorted = useMemo(() => (rows ? sortCatalogue(rows, sort) : []), [rows, sort]);
  const matched = useMemo(() => searchCatalogue(sorted, deferredQuery), [sorted, deferredQuery]);

  // The date field keeps one place in the tree whatever the load's state: a cached copy
  // replaced by the server's answer must not remount it and throw away a date being typed.
  const view = load.kind === 'ready' ? load.view : null;
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
      {load.kind === 'loading' && <p className="muted">{t.app.loading}</p>}
      {load.kind === 'failed' && (
        <p className="error" role="alert" data-testid="catalogue-error">
          {t.catalogue.loadFailed(errorMessage(load.error, language))}
        </p>
      )}
      {view?.empty === true && (
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
        <CatalogueBody view={view} matched={matched} sort={sort} onSortChange={setSort} />
      )}
    </div>
  );
}

function CatalogueBody({
  view,
  matched,
  sort,
  onSortChange,
}: {
  view: CatalogueView;
  matched: readonly CatalogueRow[];
  sort: CatalogueSort;
  onSortChange(sort: CatalogueSort): void;
}) {
  const { t, language } = useI18n();
  const { snapshot } = view;
  return (
    <>
      <p className="counts">
        <strong data-testid="catalogue-count" data-shown={matched.length} data-total={view.rows.length}>
          {t.catalogue.count(matched.length, view.rows.length)}
        </strong>
        <span className="muted">
          {' '}
          · {t.catalogue.others(snapshot.upcoming.length, snapshot.abolished.length)}
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
      {matched.length === 0 ? (
        <p className="muted">{t.catalogue.noMatch}</p>
      ) : (
        <CatalogueTable rows={matched} sort={sort} onSortChange={onSortChange} />
      )}
      <PublishPanel asOf={snapshot.asOf} />
    </>
  );
}
