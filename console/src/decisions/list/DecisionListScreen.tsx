import { type DecisionState, DecisionStateSchema, type DecisionSummary } from '@niemyet/core';
import { Link, useRouter } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useApi } from '../../api/api-context';
import { createDecision } from '../../api/decisions';
import { errorMessage } from '../../api/error-messages';
import { formatDate, formatDayTime } from '../../i18n/format';
import { useI18n } from '../../i18n/language';
import { useSession } from '../../session/session-context';
import { DecisionLink } from '../DecisionLink';
import { decisionPath } from '../decision-links';
import { DECISION_PAGE_SIZE, type DecisionListSearch } from './decision-list-search';
import { useDecisionList } from './use-decision-list';

const STATES = DecisionStateSchema.options;

/**
 * Every decision, newest change first, a page at a time: filtered by state and by "waiting for
 * me" (the server decides what waits on whom), the view kept in the address. Drafters start a
 * new draft here; it opens in the editor.
 */
export function DecisionListScreen({
  search,
  onSearchChange,
}: {
  search: DecisionListSearch;
  onSearchChange(search: DecisionListSearch): void;
}) {
  const { t, language } = useI18n();
  const l = t.decisionList;
  const { can } = useSession();
  const { load, retry } = useDecisionList(search);
  const stateId = useId();
  const filtered = search.state !== undefined || search.waiting !== undefined;
  // A filter change starts again at the first page: page 3 of another view means nothing.
  const setFilter = (next: Omit<DecisionListSearch, 'page'>) => onSearchChange(next);
  const page = load.kind === 'ready' ? load.page : load.kind === 'loading' ? load.previous : null;

  return (
    <div className="screen decisions">
      <div className="screen-head">
        <h2>{l.heading}</h2>
        {can('decisions.draft') && <CreateDecisionButton />}
      </div>
      <fieldset className="toolbar filters">
        <legend className="visually-hidden">{l.filters}</legend>
        <div className="field">
          <label htmlFor={stateId}>{l.state}</label>
          <select
            id={stateId}
            data-testid="decision-state-filter"
            value={search.state ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              setFilter({ ...(value ? { state: value as DecisionState } : {}), ...pick(search, 'waiting') });
            }}
          >
            <option value="">{l.allStates}</option>
            {STATES.map((state) => (
              <option key={state} value={state}>
                {l.states[state]}
              </option>
            ))}
          </select>
        </div>
        <label className="inline-check">
          <input
            type="checkbox"
            data-testid="decision-waiting-filter"
            checked={search.waiting === 'me'}
            onChange={(event) =>
              setFilter({ ...pick(search, 'state'), ...(event.target.checked ? { waiting: 'me' } : {}) })
            }
          />{' '}
          {l.waitingOnMe}
        </label>
      </fieldset>

      {load.kind === 'loading' && page === null && (
        <p className="muted" role="status">
          {t.app.loading}
        </p>
      )}
      {load.kind === 'failed' && (
        <div className="error" role="alert" data-testid="decisions-error">
          <p>{l.loadFailed(errorMessage(load.error, language))}</p>
          <button type="button" onClick={retry}>
            {t.app.retry}
          </button>
        </div>
      )}
      {page !== null && page.total === 0 && (
        <section className="panel empty" data-testid="decisions-empty">
          {filtered ? (
            <>
              <p>{search.waiting === 'me' && search.state === undefined ? l.nothingWaiting : l.noMatch}</p>
              <button type="button" className="secondary" onClick={() => onSearchChange({})}>
                {l.clearFilters}
              </button>
            </>
          ) : (
            <>
              <p>{can('decisions.draft') ? l.empty : l.emptyReadOnly}</p>
              {can('imports.run') && (
                <Link to="/import" className="button secondary">
                  {l.toImport}
                </Link>
              )}
            </>
          )}
        </section>
      )}
      {page !== null && page.total > 0 && (
        <DecisionPage
          decisions={page.decisions}
          total={page.total}
          pageNumber={search.page ?? 1}
          busy={load.kind === 'loading'}
          onPage={(next) =>
            onSearchChange({ ...search, ...(next > 1 ? { page: next } : { page: undefined }) })
          }
        />
      )}
    </div>
  );
}

function pick<K extends keyof DecisionListSearch>(
  search: DecisionListSearch,
  key: K,
): Partial<DecisionListSearch> {
  return search[key] === undefined ? {} : { [key]: search[key] };
}

function DecisionPage({
  decisions,
  total,
  pageNumber,
  busy,
  onPage,
}: {
  decisions: readonly DecisionSummary[];
  total: number;
  pageNumber: number;
  busy: boolean;
  onPage(page: number): void;
}) {
  const { t } = useI18n();
  const l = t.decisionList;
  const first = (pageNumber - 1) * DECISION_PAGE_SIZE;
  const last = first + decisions.length;
  return (
    <>
      <p className="counts" data-testid="decisions-count" aria-live="polite">
        {l.shown(decisions.length === 0 ? 0 : first + 1, last, total)}
      </p>
      <div className="table-wrap">
        <table className="plain decisions-table" data-testid="decisions-table" aria-busy={busy}>
          <thead>
            <tr>
              <th scope="col">{l.columns.decision}</th>
              <th scope="col">{l.columns.state}</th>
              <th scope="col">{l.columns.author}</th>
              <th scope="col">{l.columns.reviewers}</th>
              <th scope="col">{l.columns.signedOn}</th>
              <th scope="col">{l.columns.effectiveOn}</th>
              <th scope="col">{l.columns.deadline}</th>
              <th scope="col">{l.columns.updatedAt}</th>
            </tr>
          </thead>
          <tbody>
            {decisions.map((decision) => (
              <DecisionRow key={decision.id} decision={decision} />
            ))}
          </tbody>
        </table>
      </div>
      {(pageNumber > 1 || last < total) && (
        <nav className="pager" aria-label={l.paging}>
          <button
            type="button"
            className="secondary"
            disabled={pageNumber <= 1}
            onClick={() => onPage(pageNumber - 1)}
          >
            {l.previous}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={last >= total}
            onClick={() => onPage(pageNumber + 1)}
          >
            {l.next}
          </button>
        </nav>
      )}
    </>
  );
}

function DecisionRow({ decision }: { decision: DecisionSummary }) {
  const { t } = useI18n();
  const l = t.decisionList;
  const { deadline } = decision;
  return (
    <tr data-testid="decision-row" data-id={decision.id} data-state={decision.state}>
      <td>
        <DecisionLink id={decision.id} className="decision-number">
          {decision.number || l.numberless}
        </DecisionLink>
        <div className={decision.title ? 'decision-title' : 'decision-title muted'}>
          {decision.title || l.untitled}
        </div>
        <div className="muted small">{l.items(decision.items)}</div>
      </td>
      <td>
        <span className={`badge state-${decision.state}`} data-testid="decision-state">
          {l.states[decision.state]}
        </span>
      </td>
      <td>{decision.author}</td>
      <td data-testid="decision-reviewers">
        {decision.reviewers.length === 0 ? (
          <span className="muted">{l.anyReviewer}</span>
        ) : (
          decision.reviewers.map((reviewer, index) => (
            <span key={reviewer}>
              {index > 0 && ', '}
              {reviewer}
              {decision.approvedBy.includes(reviewer) && <span className="approved"> ({l.approved})</span>}
            </span>
          ))
        )}
      </td>
      <td className="nowrap">{formatDate(decision.signedOn)}</td>
      <td className="nowrap">{formatDate(decision.effectiveOn)}</td>
      <td data-testid="decision-deadline" data-status={deadline.status}>
        {deadline.status === 'none' || deadline.dueOn === null || deadline.kind === null ? (
          <span className="muted">{l.noDeadline}</span>
        ) : (
          <span className={`deadline deadline-${deadline.status}`}>
            {l.deadline[deadline.status](l.deadlineKind[deadline.kind], deadline.dueOn)}
          </span>
        )}
      </td>
      <td className="nowrap">{formatDayTime(decision.updatedAt)}</td>
    </tr>
  );
}

/** Creates an empty draft on the server and opens it in the editor. */
function CreateDecisionButton() {
  const { t, language } = useI18n();
  const l = t.decisionList;
  const client = useApi();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const created = await createDecision(client, { title: '', items: [] });
      router.history.push(decisionPath(created.id));
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  };
  return (
    <div className="create-decision">
      <button type="button" className="primary" disabled={busy} onClick={() => void create()}>
        {busy ? l.creating : l.create}
      </button>
      {error !== null && (
        <p className="error" role="alert">
          {l.createFailed(errorMessage(error, language))}
        </p>
      )}
    </div>
  );
}
