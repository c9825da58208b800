import { levelLabel } from '@niemyet/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError } from '../api/api-error';
import { getOffice } from '../api/posting';
import { useI18n } from '../i18n/language';
import { RemoteStatus } from '../reviews/RemoteStatus';
import { shown, useRemote } from '../reviews/use-remote';
import { useSession } from '../session/session-context';
import { ChecklistPanel } from './ChecklistPanel';
import { OfficeFormDialog } from './OfficeFormDialog';
import { PublicPanel } from './PublicPanel';
import { announcePostingChanged } from './posting-events';
import type { OfficeSearch, OfficeTab } from './posting-search';
import { SheetPanel } from './SheetPanel';

/**
 * `#/posting/<id>`: one office — its name, area, address and scope — and its three parts:
 * the re-posting checklist (the default), the posting sheet on a date, and the public page.
 * The part shown and the sheet's date are in the address. Those who manage offices edit the
 * office here; its parts are read again after, as a new scope changes them.
 */
export function OfficeScreen({
  id,
  search,
  onSearchChange,
}: {
  id: string;
  search: OfficeSearch;
  onSearchChange(next: OfficeSearch): void;
}) {
  const { t, language } = useI18n();
  const m = t.posting.office;
  const { remote, reload } = useRemote((client, signal) => getOffice(client, id, signal), `office:${id}`);
  const office = shown(remote);
  const tab: OfficeTab = search.tab ?? 'checklist';
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  // Bumped after an edit: the panels are mounted anew and ask the server again.
  const [edits, setEdits] = useState(0);
  const notFound =
    remote.kind === 'failed' && remote.error instanceof ApiError && remote.error.status === 404;

  return (
    <div className="screen posting posting-office" data-testid="office-screen">
      <p className="no-print">
        <Link to="/posting">← {m.back}</Link>
      </p>
      {notFound ? (
        <p className="error" role="alert" data-testid="office-not-found">
          {m.notFound}
        </p>
      ) : (
        <RemoteStatus remote={remote} onRetry={reload} />
      )}
      {office && (
        <>
          <header className="no-print office-head">
            <div className="screen-head">
              <h2>{office.name}</h2>
              {can('posting.manage') && (
                <button
                  type="button"
                  className="secondary"
                  data-testid="edit-office"
                  onClick={() => setEditing(true)}
                >
                  {m.edit}
                </button>
              )}
            </div>
            {(office.area || office.address) && (
              <p className="muted">
                {[office.area, office.address ? m.address(office.address) : null].filter(Boolean).join(' · ')}
              </p>
            )}
            <dl className="office-scope">
              {office.scope.agencies.length > 0 && (
                <div>
                  <dt>{m.scopeAgencies}</dt>
                  <dd>{office.scope.agencies.join('; ')}</dd>
                </div>
              )}
              {office.scope.levels.length > 0 && (
                <div>
                  <dt>{m.scopeLevels}</dt>
                  <dd>{office.scope.levels.map((level) => levelLabel(level, language)).join('; ')}</dd>
                </div>
              )}
              {office.scope.fields.length > 0 && (
                <div>
                  <dt>{m.scopeFields}</dt>
                  <dd>{office.scope.fields.join('; ')}</dd>
                </div>
              )}
            </dl>
          </header>
          <OfficeTabs id={id} current={tab} at={search.at} />
          {tab === 'checklist' && <ChecklistPanel key={edits} officeId={id} />}
          {tab === 'sheet' && (
            <SheetPanel
              key={edits}
              officeId={id}
              at={search.at}
              onAtChange={(at) => onSearchChange({ tab: 'sheet', at })}
            />
          )}
          {tab === 'public' && <PublicPanel office={office} />}
          {editing && (
            <OfficeFormDialog
              editing={office}
              onClose={() => setEditing(false)}
              onSaved={() => {
                setEditing(false);
                setEdits((n) => n + 1);
                announcePostingChanged();
                reload();
              }}
            />
          )}
        </>
      )}
    </div>
  );
}

function OfficeTabs({ id, current, at }: { id: string; current: OfficeTab; at: string | undefined }) {
  const { t } = useI18n();
  const m = t.posting.office;
  const tabs: { tab: OfficeTab; label: string; search: OfficeSearch }[] = [
    { tab: 'checklist', label: m.tabChecklist, search: {} },
    { tab: 'sheet', label: m.tabSheet, search: { tab: 'sheet', ...(at ? { at } : {}) } },
    { tab: 'public', label: m.tabPublic, search: { tab: 'public' } },
  ];
  return (
    <nav className="tabs posting-tabs no-print" aria-label={m.sections}>
      {tabs.map((entry) => (
        <Link
          key={entry.tab}
          to="/posting/$id"
          params={{ id }}
          search={entry.search}
          data-testid={`office-tab-${entry.tab}`}
          className={entry.tab === current ? 'active' : undefined}
          aria-current={entry.tab === current ? 'page' : undefined}
        >
          {entry.label}
        </Link>
      ))}
    </nav>
  );
}
