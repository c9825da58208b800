import { type LegalBasisFlagsResponse, todayInVietnam } from '@niemyet/core';
import { errorMessage } from '../api/error-messages';
import { legalBasisFlags } from '../api/legal-documents';
import { AsOfField } from '../catalogue/AsOfField';
import { formatCount } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { DocumentLink } from './DocumentLink';
import { ProcedureLink } from './DocumentScreen';
import { DocumentStatusBadge } from './DocumentStatusBadge';
import { DocumentsTabs } from './DocumentsTabs';
import { FLAGS_PAGE_SIZE, type FlagsSearch, flagsQuery } from './flags-search';
import { useApiLoad } from './use-api-load';

type FlagCount = LegalBasisFlagsResponse['byField'][number];

/**
 * The catalogue-wide view of procedures resting on an ended document (`#/documents/flags`):
 * counts by field, agency and document over every flagged procedure, and the list of them
 * with the ended documents and what ended each. Clicking a field's or an agency's count
 * filters the list (kept in the address).
 */
export function LegalFlagsScreen({
  search,
  onSearchChange,
}: {
  search: FlagsSearch;
  onSearchChange(search: FlagsSearch): void;
}) {
  const { t, language } = useI18n();
  const f = t.documents.flags;
  const query = flagsQuery(search);
  const { load, retry } = useApiLoad(JSON.stringify(query), (client, signal) =>
    legalBasisFlags(client, query, signal),
  );
  const data = load.kind === 'ready' ? load.data : load.kind === 'loading' ? load.previous : null;
  const at = search.at ? { at: search.at } : {};
  const filter = search.field ?? search.agency;
  return (
    <div className="screen documents-flags">
      <div className="screen-head">
        <h2>{t.documents.heading}</h2>
      </div>
      <DocumentsTabs />
      <h3>{f.heading}</h3>
      <div className="toolbar">
        <AsOfField
          value={search.at ?? todayInVietnam()}
          label={t.documents.statusOn}
          onChange={(date) => onSearchChange({ ...search, at: date, page: undefined })}
        />
      </div>
      {load.kind === 'loading' && data === null && (
        <p className="muted" role="status">
          {t.app.loading}
        </p>
      )}
      {load.kind === 'failed' && (
        <div className="error" role="alert" data-testid="flags-error">
          <p>{f.loadFailed(errorMessage(load.error, language))}</p>
          <button type="button" onClick={retry}>
            {t.app.retry}
          </button>
        </div>
      )}
      {data !== null && (
        <>
          <p className="muted">{f.explain(data.at)}</p>
          {data.byField.length === 0 ? (
            <p className="panel empty" data-testid="flags-empty">
              {f.none}
            </p>
          ) : (
            <div className="flag-counts">
              <CountTable
                title={f.byField}
                testId="flags-by-field"
                counts={data.byField}
                selected={search.field}
                onPick={(name) => onSearchChange({ ...at, field: name })}
              />
              <CountTable
                title={f.byAgency}
                testId="flags-by-agency"
                counts={data.byAgency}
                selected={search.agency}
                onPick={(name) => onSearchChange({ ...at, agency: name })}
              />
              <CountTable title={f.byDocument} testId="flags-by-document" counts={data.byDocument} document />
            </div>
          )}
          {filter !== undefined && (
            <p className="notice" data-testid="flags-filter">
              {f.filteredBy(filter)}{' '}
              <button type="button" className="secondary" onClick={() => onSearchChange(at)}>
                {f.clear}
              </button>
            </p>
          )}
          {data.total > 0 && (
            <FlaggedList
              data={data}
              pageNumber={search.page ?? 1}
              onPage={(page) => onSearchChange({ ...search, page: page > 1 ? page : undefined })}
            />
          )}
        </>
      )}
    </div>
  );
}

function CountTable({
  title,
  testId,
  counts,
  selected,
  onPick,
  document = false,
}: {
  title: string;
  testId: string;
  counts: readonly FlagCount[];
  selected?: string;
  /** Absent: the counts do not filter (the unnamed group cannot be asked for either). */
  onPick?(name: string): void;
  document?: boolean;
}) {
  const { t } = useI18n();
  const f = t.documents.flags;
  return (
    <section className="panel" data-testid={testId}>
      <h4>{title}</h4>
      <table className="plain">
        <thead>
          <tr>
            <th scope="col">{f.name}</th>
            <th scope="col">{f.count}</th>
          </tr>
        </thead>
        <tbody>
          {counts.map(({ name, count }) => (
            <tr
              key={name ?? ''}
              data-testid="flag-count"
              aria-current={selected !== undefined && name === selected}
            >
              <td>{name === null ? f.unnamed : document ? <DocumentLink number={name} /> : name}</td>
              <td className="number">
                {onPick && name !== null ? (
                  <button
                    type="button"
                    className="link"
                    aria-label={f.filterBy(name, count)}
                    onClick={() => onPick(name)}
                  >
                    {formatCount(count)}
                  </button>
                ) : (
                  formatCount(count)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function FlaggedList({
  data,
  pageNumber,
  onPage,
}: {
  data: LegalBasisFlagsResponse;
  pageNumber: number;
  onPage(page: number): void;
}) {
  const { t } = useI18n();
  const f = t.documents.flags;
  const d = t.documents.detail;
  const last = (pageNumber - 1) * FLAGS_PAGE_SIZE + data.procedures.length;
  return (
    <section aria-labelledby="flagged-heading">
      <h4 id="flagged-heading">
        {f.procedures}: <span data-testid="flags-total">{f.total(data.total)}</span>
      </h4>
      <div className="table-wrap">
        <table className="plain" data-testid="flagged-procedures">
          <thead>
            <tr>
              <th scope="col">{d.procedureCode}</th>
              <th scope="col">{d.procedureName}</th>
              <th scope="col">{d.field}</th>
              <th scope="col">{d.agency}</th>
              <th scope="col">{f.documents}</th>
            </tr>
          </thead>
          <tbody>
            {data.procedures.map(({ procedure, documents }) => (
              <tr key={procedure.procedureId} data-testid="flagged-procedure">
                <td className="nowrap">
                  <ProcedureLink procedure={procedure} at={data.at} />
                </td>
                <td>{procedure.name}</td>
                <td>{procedure.field ?? '—'}</td>
                <td>{procedure.agency ?? '—'}</td>
                <td>
                  <ul className="plain-list">
                    {documents.map((doc) => (
                      <li key={doc.number}>
                        <DocumentLink number={doc.number} /> <DocumentStatusBadge status={doc.status} />
                        {doc.by && (
                          <>
                            {' '}
                            {f.by('')}
                            <DocumentLink number={doc.by} />
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(pageNumber > 1 || last < data.total) && (
        <nav className="pager" aria-label={t.documents.paging}>
          <button
            type="button"
            className="secondary"
            disabled={pageNumber <= 1}
            onClick={() => onPage(pageNumber - 1)}
          >
            {t.documents.previous}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={last >= data.total}
            onClick={() => onPage(pageNumber + 1)}
          >
            {t.documents.next}
          </button>
        </nav>
      )}
    </section>
  );
}
