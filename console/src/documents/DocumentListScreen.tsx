import {
  type DocumentListResponse,
  type DocumentRow,
  type DocumentStatusView,
  type DocumentWriteResponse,
  todayInVietnam,
} from '@niemyet/core';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { errorMessage } from '../api/error-messages';
import { listDocuments } from '../api/legal-documents';
import { AsOfField } from '../catalogue/AsOfField';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { useSession } from '../session/session-context';
import { DocumentCsvImportDialog } from './DocumentCsvImportDialog';
import { DocumentFormDialog } from './DocumentFormDialog';
import { DocumentLink } from './DocumentLink';
import { DocumentStatusBadge } from './DocumentStatusBadge';
import { DocumentsTabs } from './DocumentsTabs';
import { DocumentWriteNotice } from './DocumentWriteNotice';
import { type DocumentFormValues, EMPTY_DOCUMENT_FORM, formFromCitation } from './document-form';
import { DOCUMENT_PAGE_SIZE, type DocumentListSearch, documentListQuery } from './documents-search';
import { useApiLoad } from './use-api-load';

// In the order an office reads them: applying, not yet, ended, then not registered.
const STATUSES: readonly DocumentStatusView[] = [
  'in_force',
  'amended',
  'not_yet_effective',
  'replaced',
  'expired',
  'abolished',
  'cited_only',
];

type Open = { kind: 'none' } | { kind: 'form'; initial: DocumentFormValues } | { kind: 'import' };

/**
 * The legal-document registry (`#/documents`): registered documents and those only cited in
 * the catalogue, each with its status on the chosen date and how many procedures in force cite
 * it; searched and filtered from the address, a page at a time. Reviewers and admins
 * (`legal.write`) register documents — from scratch, from a cited-only row's citation, or by
 * CSV — and see the review tasks that creates.
 */
export function DocumentListScreen({
  search,
  onSearchChange,
}: {
  search: DocumentListSearch;
  onSearchChange(search: DocumentListSearch): void;
}) {
  const { t, language } = useI18n();
  const d = t.documents;
  const { can } = useSession();
  const writer = can('legal.write');
  const query = documentListQuery(search);
  const [version, setVersion] = useState(0);
  const { load, retry } = useApiLoad(`${JSON.stringify(query)}#${version}`, (client, signal) =>
    listDocuments(client, query, signal),
  );
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [written, setWritten] = useState<DocumentWriteResponse | null>(null);
  const page = load.kind === 'ready' ? load.data : load.kind === 'loading' ? load.previous : null;
  // A filter change starts again at the first page: page 3 of another view means nothing.
  const setFilter = (next: Omit<DocumentListSearch, 'page'>) => onSearchChange(next);
  const filtered = search.q !== undefined || search.status !== undefined || search.source !== undefined;

  const saved = (answer: DocumentWriteResponse) => {
    setOpen({ kind: 'none' });
    setWritten(answer);
    setVersion((n) => n + 1);
  };

  return (
    <div className="screen documents">
      <div className="screen-head">
        <h2>{d.heading}</h2>
        {writer && (
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => setOpen({ kind: 'form', initial: EMPTY_DOCUMENT_FORM })}
            >
              {d.register}
            </button>
            <button type="button" className="secondary" onClick={() => setOpen({ kind: 'import' })}>
              {d.importCsv}
            </button>
          </div>
        )}
      </div>
      <DocumentsTabs />
      {written && <DocumentWriteNotice answer={written} edited={false} onDismiss={() => setWritten(null)} />}
      <DocumentFilters search={search} counts={page?.counts ?? null} onChange={setFilter} />

      {load.kind === 'loading' && page === null && (
        <p className="muted" role="status">
          {t.app.loading}
        </p>
      )}
      {load.kind === 'failed' && (
        <div className="error" role="alert" data-testid="documents-error">
          <p>{d.loadFailed(errorMessage(load.error, language))}</p>
          <button type="button" onClick={retry}>
            {t.app.retry}
          </button>
        </div>
      )}
      {page !== null && page.total === 0 && (
        <div className="panel empty" data-testid="documents-empty">
          <p>{filtered ? d.noMatch : d.empty}</p>
          {filtered && (
            <button type="button" className="secondary" onClick={() => onSearchChange(pickAt(search))}>
              {d.clearFilters}
            </button>
          )}
        </div>
      )}
      {page !== null && page.total > 0 && (
        <DocumentPage
          page={page}
          pageNumber={search.page ?? 1}
          busy={load.kind === 'loading'}
          writer={writer}
          onRegister={(row) => setOpen({ kind: 'form', initial: formFromCitation(row) })}
          onPage={(next) =>
            onSearchChange({ ...search, ...(next > 1 ? { page: next } : { page: undefined }) })
          }
        />
      )}
      {open.kind === 'form' && (
        <DocumentFormDialog
          initial={open.initial}
          onClose={() => setOpen({ kind: 'none' })}
          onSaved={saved}
        />
      )}
      {open.kind === 'import' && (
        <DocumentCsvImportDialog
          onClose={() => setOpen({ kind: 'none' })}
          onImported={() => setVersion((n) => n + 1)}
        />
      )}
    </div>
  );
}

const pickAt = (search: DocumentListSearch): DocumentListSearch => (search.at ? { at: search.at } : {});

function DocumentFilters({
  search,
  counts,
  onChange,
}: {
  search: DocumentListSearch;
  counts: DocumentListResponse['counts'] | null;
  onChange(next: Omit<DocumentListSearch, 'page'>): void;
}) {
  const { t } = useI18n();
  const d = t.documents;
  const searchId = useId();
  const statusId = useId();
  const sourceId = useId();
  const [draft, setDraft] = useState(search.q ?? '');
  useEffect(() => setDraft(search.q ?? ''), [search.q]);
  const { page: _page, ...view } = search;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = draft.trim();
    const { q: _q, ...rest } = view;
    onChange(q ? { ...rest, q } : rest);
  };
  const registered = counts?.registered ?? 0;
  const cited = counts?.citedOnly ?? 0;
  return (
    <div className="toolbar filters">
      <form className="field" onSubmit={submit}>
        <label htmlFor={searchId}>{d.search}</label>
        <div className="inline">
          <input
            id={searchId}
            type="search"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="secondary">
            {d.find}
          </button>
        </div>
      </form>
      <div className="field">
        <label htmlFor={statusId}>{d.status}</label>
        <select
          id={statusId}
          value={search.status ?? ''}
          onChange={(event) => {
            const { status: _s, ...rest } = view;
            const value = event.target.value as DocumentStatusView | '';
            onChange(value ? { ...rest, status: value } : rest);
          }}
        >
          <option value="">{d.allStatuses}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {d.statuses[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={sourceId}>{d.source}</label>
        <select
          id={sourceId}
          value={search.source ?? ''}
          onChange={(event) => {
            const { source: _s, ...rest } = view;
            const value = event.target.value;
            onChange(value === 'registered' || value === 'cited' ? { ...rest, source: value } : rest);
          }}
        >
          <option value="">{d.sources.all(registered, cited)}</option>
          <option value="registered">{d.sources.registered(registered)}</option>
          <option value="cited">{d.sources.cited(cited)}</option>
        </select>
      </div>
      <AsOfField
        value={search.at ?? todayInVietnam()}
        label={d.statusOn}
        onChange={(at) => onChange({ ...view, at })}
      />
    </div>
  );
}

function DocumentPage({
  page,
  pageNumber,
  busy,
  writer,
  onRegister,
  onPage,
}: {
  page: DocumentListResponse;
  pageNumber: number;
  busy: boolean;
  writer: boolean;
  onRegister(row: DocumentRow): void;
  onPage(page: number): void;
}) {
  const { t } = useI18n();
  const d = t.documents;
  const first = (pageNumber - 1) * DOCUMENT_PAGE_SIZE;
  const last = first + page.documents.length;
  return (
    <>
      <p className="counts" data-testid="documents-count" aria-live="polite">
        {d.shown(page.documents.length === 0 ? 0 : first + 1, last, page.total)}
      </p>
      <div className="table-wrap">
        <table className="plain documents-table" data-testid="documents-table" aria-busy={busy}>
          <thead>
            <tr>
              <th scope="col">{d.columns.number}</th>
              <th scope="col">{d.columns.type}</th>
              <th scope="col">{d.columns.title}</th>
              <th scope="col">{d.columns.issuer}</th>
              <th scope="col">{d.columns.issuedOn}</th>
              <th scope="col">{d.columns.effectiveOn}</th>
              <th scope="col">{d.columns.status}</th>
              <th scope="col">{d.columns.citedBy}</th>
              {writer && <th scope="col">{d.columns.actions}</th>}
            </tr>
          </thead>
          <tbody>
            {page.documents.map((row) => (
              <DocumentRowView key={row.number} row={row} writer={writer} onRegister={onRegister} />
            ))}
          </tbody>
        </table>
      </div>
      {(pageNumber > 1 || last < page.total) && (
        <nav className="pager" aria-label={d.paging}>
          <button
            type="button"
            className="secondary"
            disabled={pageNumber <= 1}
            onClick={() => onPage(pageNumber - 1)}
          >
            {d.previous}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={last >= page.total}
            onClick={() => onPage(pageNumber + 1)}
          >
            {d.next}
          </button>
        </nav>
      )}
    </>
  );
}

function DocumentRowView({
  row,
  writer,
  onRegister,
}: {
  row: DocumentRow;
  writer: boolean;
  onRegister(row: DocumentRow): void;
}) {
  const { t } = useI18n();
  const d = t.documents;
  const doc = row.document;
  const ref = row.citation;
  return (
    <tr data-testid="document-row" data-number={row.number} data-status={row.status}>
      <td className="nowrap">
        <DocumentLink number={row.number} />
      </td>
      <td>{doc?.type ?? '—'}</td>
      <td>{doc?.title || ref?.title || '—'}</td>
      <td>{doc?.issuer ?? ref?.issuer ?? '—'}</td>
      <td className="nowrap">{formatDate(doc?.issuedOn ?? ref?.issuedOn ?? null)}</td>
      <td className="nowrap">{formatDate(doc?.effectiveOn ?? null)}</td>
      <td>
        <DocumentStatusBadge status={row.status} />
      </td>
      <td className="number" data-testid="document-cited-by">
        {d.citedBy(row.citedBy)}
      </td>
      {writer && (
        <td>
          {doc === null && (
            <button
              type="button"
              className="secondary small"
              aria-label={d.registerCitedLabel(row.number)}
              onClick={() => onRegister(row)}
            >
              {d.registerCited}
            </button>
          )}
        </td>
      )}
    </tr>
  );
}
