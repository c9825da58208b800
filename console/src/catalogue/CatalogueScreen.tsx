import type { IsoDate } from '@niemyet/core';
import { Link } from '@tanstack/react-router';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { errorMessage } from '../api/error-messages';
import { useI18n } from '../i18n/language';
import { useDecisionImport } from '../import/decision-import-context';
import { PublishPanel } from '../publish/PublishPanel';
import { AsOfField } from './AsOfField';
import { CatalogueTable } from './CatalogueTable';
import { searchCatalogue } from './catalogue-rows';
import { type CatalogueSort, DEFAULT_CATALOGUE_SORT, sortCatalogue } from './catalogue-sort';
import { useCatalogue } from './use-catalogue';

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
  const load = useCatalogue(asOf, completed);
  const [query, setQuery] = useState('');
  // The box shows every keystroke at once; the table follows as soon as React has time.
  const deferredQuery = useDeferredValue(query);
  const [sort, setSort] = useState<CatalogueSort>(DEFAULT_CATALOGUE_SORT);
  const rows = load.kind === 'ready' ? load.view.rows : undefined;
  // Sorted when the rows or the order change, never per keystroke: the search keeps the order.
  const sorted = useMemo(() => (rows ? sortCatalogue(rows, sort) : []), [rows, sort]);
  const matched = useMemo(() => searchCatalogue(sorted, deferredQuery), [sorted, deferredQuery]);

  if (load.kind === 'loading') return <p className="muted">{t.app.loading}</p>;
  if (load.kind === 'failed')
    return (
      <div className="screen">
        <h2>{t.catalogue.heading}</h2>
        <AsOfField value={asOf} onChange={onAsOfChange} />
        <p className="error" role="alert" data-testid="catalogue-error">
          {t.catalogue.loadFailed(errorMessage(load.error, language))}
        </p>
      </div>
    );

  const { view } = load;
  if (view.empty) {
    return (
      <div className="screen">
        <h2>{t.catalogue.heading}</h2>
        <AsOfField value={asOf} onChange={onAsOfChange} />
        <section className="panel empty" data-testid="catalogue-empty">
          <h3>{t.catalogue.emptyHeading}</h3>
          <p>{t.catalogue.emptyBody}</p>
          <Link to="/import" className="button primary">
            {t.catalogue.emptyAction}
          </Link>
        </section>
      </div>
    );
  }

  const { snapshot } = view;
  return (
    <div className="screen">
      <h2>{t.catalogue.heading}</h2>
      <div className="toolbar">
        <AsOfField value={asOf} onChange={onAsOfChange} />
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
      </div>
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
        <CatalogueTable rows={matched} sort={sort} onSortChange={setSort} />
      )}
      <PublishPanel asOf={snapshot.asOf} />
    </div>
  );
}
