import type { OfficeSummary } from '@niemyet/core';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { listOffices } from '../api/posting';
import { formatCount, formatDate } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { RemoteStatus } from '../reviews/RemoteStatus';
import { shown, useRemote } from '../reviews/use-remote';
import { useSession } from '../session/session-context';
import { OfficeDeadline } from './OfficeDeadline';
import { OfficeFormDialog } from './OfficeFormDialog';
import { announcePostingChanged } from './posting-events';
import { filterOffices, type OfficeListSearch } from './posting-search';

/**
 * `#/posting`: every office with where its posting stands — last posted, what it must take
 * down, replace and add, working days pending and the deadline — in the server's order
 * (overdue first), so a supervisor sees at once which counters still show old sheets. The
 * filters live in the address; those who manage offices (`posting.manage`) add one here.
 */
export function OfficesScreen({
  search,
  onSearchChange,
}: {
  search: OfficeListSearch;
  onSearchChange(next: OfficeListSearch): void;
}) {
  const { t } = useI18n();
  const m = t.posting.list;
  const { can } = useSession();
  const manage = can('posting.manage');
  const { remote, reload } = useRemote((client, signal) => listOffices(client, signal), 'offices');
  const answer = shown(remote);
  const [adding, setAdding] = useState(false);
  const ids = { pending: useId(), overdue: useId() };
  const offices = answer ? filterOffices(answer.offices, search) : [];
  const filtered = Boolean(search.pending || search.overdue);

  const toggle = (key: keyof OfficeListSearch, on: boolean) => {
    const { [key]: _dropped, ...rest } = search;
    onSearchChange(on ? { ...rest, [key]: 1 } : rest);
  };

  return (
    <div className="screen posting" data-testid="offices-screen">
      <div className="screen-head">
        <h2>{t.posting.heading}</h2>
        {manage && (
          <button type="button" className="primary" data-testid="add-office" onClick={() => setAdding(true)}>
            {m.add}
          </button>
        )}
      </div>
      <p className="muted">{t.posting.intro}</p>
      <fieldset className="filters inline posting-filters">
        <legend className="visually-hidden">{m.filters}</legend>
        <span className="field checkbox">
          <input
            id={ids.pending}
            type="checkbox"
            checked={search.pending === 1}
            data-testid="filter-pending"
            onChange={(event) => toggle('pending', event.target.checked)}
          />
          <label htmlFor={ids.pending}>{m.pendingOnly}</label>
        </span>
        <span className="field checkbox">
          <input
            id={ids.overdue}
            type="checkbox"
            checked={search.overdue === 1}
            data-testid="filter-overdue"
            onChange={(event) => toggle('overdue', event.target.checked)}
          />
          <label htmlFor={ids.overdue}>{m.overdueOnly}</label>
        </span>
        {filtered && (
          <button type="button" className="secondary" onClick={() => onSearchChange({})}>
            {m.clearFilters}
          </button>
        )}
      </fieldset>
      <RemoteStatus remote={remote} onRetry={reload} />
      {answer &&
        (answer.offices.length === 0 ? (
          <p className="muted" data-testid="offices-empty">
            {manage ? m.emptyManage : m.emptyRead}
          </p>
        ) : offices.length === 0 ? (
          <p className="muted" data-testid="offices-no-match">
            {m.noMatch}
          </p>
        ) : (
          <>
            <p className="muted" role="status" data-testid="offices-count">
              {m.count(offices.length, answer.offices.length)}
            </p>
            <div className="table-scroll">
              <table className="office-table" data-testid="office-table">
                <caption className="visually-hidden">{m.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.columns.name}</th>
                    <th scope="col">{m.columns.area}</th>
                    <th scope="col">{m.columns.postedOn}</th>
                    <th scope="col" className="num">
                      {m.columns.takeDown}
                    </th>
                    <th scope="col" className="num">
                      {m.columns.replace}
                    </th>
                    <th scope="col" className="num">
                      {m.columns.add}
                    </th>
                    <th scope="col" className="num">
                      {m.columns.open}
                    </th>
                    <th scope="col">{m.columns.deadline}</th>
                    <th scope="col" className="num">
                      {m.columns.upcoming}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {offices.map((office) => (
                    <OfficeRow key={office.id} office={office} />
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ))}
      {adding && (
        <OfficeFormDialog
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            announcePostingChanged();
            reload();
          }}
        />
      )}
    </div>
  );
}

function OfficeRow({ office }: { office: OfficeSummary }) {
  const { t } = useI18n();
  const m = t.posting.list;
  return (
    <tr
      data-testid="office-row"
      data-id={office.id}
      className={office.deadline?.overdue ? 'overdue' : undefined}
    >
      <th scope="row">
        <Link to="/posting/$id" params={{ id: office.id }}>
          {office.name}
        </Link>
      </th>
      <td>{office.area ?? '—'}</td>
      <td>{office.postedOn ? formatDate(office.postedOn) : <span className="muted">{m.never}</span>}</td>
      <td className="num" data-testid="count-take-down">
        {formatCount(office.counts['take-down'])}
      </td>
      <td className="num" data-testid="count-replace">
        {formatCount(office.counts.replace)}
      </td>
      <td className="num" data-testid="count-add">
        {formatCount(office.counts.add)}
      </td>
      <td className="num">{formatCount(office.workingDaysOpen)}</td>
      <td>
        <OfficeDeadline office={office} />
      </td>
      <td className="num">{formatCount(office.upcomingCount)}</td>
    </tr>
  );
}
