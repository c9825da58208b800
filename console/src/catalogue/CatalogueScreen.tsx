import type { IsoDate } from '@niemyet/core';
import { Link } from '@tanstack/react-router';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/language';
import { PublishPanel } from '../publish/PublishPanel';
import { AsOfField } from './AsOfField';
import { CatalogueTable } from './CatalogueTable';
import { searchCatalogue } from './catalogue-rows';
import { type CatalogueSort, DEFAULT_CATALOGUE_SORT, sortCatalogue } from './catalogue-sort';
import { useCatalogue } from './use-catalogue';

/** The catalogue in force on a date, searchable, and the action that publishes it. */
export function CatalogueScreen({
  asOf,
  onAsOfChange,
}: {
  asOf: IsoDate;
  onAsOfChange(date: IsoDate): void;
}) {
  const { t } = useI18n();
  const searchId = useId();
  const catalogue = useCatalogue(asOf);
  const [query, setQuery] = useState('');
  // The box shows every keystroke at once; the table follows as soon as React has time.
  const deferredQuery = useDeferredValue(query);
  const [sort, setSort] = useState<CatalogueSort>(DEFAULT_CATALOGUE_SORT);
  const rows = catalogue?.rows;
  // Sorted when the rows or the order change, never per keystroke: the search keeps the order.
  const sorted = useMemo(() => (rows ? sortCatalogue(rows, sort) : []), [rows, sort]);
  const matched = useMemo(() => searchCatalogue(sorted, deferredQuery), [sorted, deferredQuery]);

  if (!catalogue) return <p className="muted">{t.app.loading}</p>;
  if (catalogue.empty) {
    return (
      <div className="screen">
        <h2>{t.catalogue.heading}</h2>
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

  const { history, state } = catalogue;
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
        <strong data-testid="catalogue-count" data-shown={matched.length} data-total={catalogue.rows.length}>
          {t.catalogue.count(matched.length, catalogue.rows.length)}
        </strong>
        <span className="muted"> · {t.catalogue.others(state.upcoming.length, state.abolished.length)}</span>
      </p>
      {history.anomalies.length > 0 && (
        <details className="notice">
          <summary>{t.catalogue.anomalies(history.anomalies.length)}</summary>
          <ul>
            {history.anomalies.slice(0, 200).map((anomaly) => (
              <li key={`${anomaly.decisionId}|${anomaly.itemId}|${anomaly.kind}`}>
                {anomaly.decisionNumber}: {anomaly.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {history.skipped.length > 0 && <p className="notice">{t.catalogue.skipped(history.skipped.length)}</p>}
      {matched.length === 0 ? (
        <p className="muted">{t.catalogue.noMatch}</p>
      ) : (
        <CatalogueTable rows={matched} sort={sort} onSortChange={setSort} />
      )}
      <PublishPanel state={state} />
    </div>
  );
}
