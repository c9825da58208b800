import { useState } from 'react';
import { browser } from 'wxt/browser';
import { LocaleToggle } from '../i18n/LocaleToggle';
import { type I18n, useI18n } from '../i18n/use-i18n';
import type { CommandResponse } from '../messaging/protocol';
import { ReportQueueStatus } from '../server-connection/ReportQueueStatus';
import { AuditView } from './components/AuditView';
import { HistoryView } from './components/HistoryView';
import { PullsView } from './components/PullsView';
import { useCatalogueFacets } from './use-catalogue-facets';
import { type PanelAudit, usePanelAudit } from './use-panel-audit';
import { type PanelTarget, usePanelTarget } from './use-panel-target';

type Note = CommandResponse<'record-finding-note'>;
type Tab = 'page' | 'pulls' | 'history';

/** Why there is nothing to show, in words: never a blank panel. */
function PageState({ i18n, state, target }: { i18n: I18n; state: PanelAudit; target: PanelTarget }) {
  const { t } = i18n;
  if (state.kind !== 'ready') return null;
  const messages: string[] = [];
  const page = state.status.page;
  if (!state.status.catalogue) messages.push(t.panel.noCatalogue);
  if (target.kind === 'page') {
    if (target.url === null) messages.push(t.panel.noPage);
    else if (page.kind === 'no-adapter') messages.push(t.panel.noAdapter({ reason: page.reason }));
    else if (page.kind === 'not-a-portal') messages.push(t.panel.notPortal);
    else if (page.kind === 'not-read' && state.status.catalogue) messages.push(t.panel.notRead);
  }
  if (!state.audit) messages.push(t.panel.noAudit);
  if (messages.length === 0) return null;
  return (
    <div className="state" data-testid="panel-state">
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
      {!state.status.catalogue && (
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t.panel.openOptions}
        </button>
      )}
    </div>
  );
}

export function SidePanelApp() {
  const i18n = useI18n();
  const { t } = i18n;
  const [target, pin] = usePanelTarget(location.search);
  const { state, reload } = usePanelAudit(target);
  const facets = useCatalogueFacets();
  const [tab, setTab] = useState<Tab>('page');
  const [extraNotes, setExtraNotes] = useState<Note[]>([]);
  const auditId = state.kind === 'ready' ? state.audit?.id : undefined;
  // Notes recorded here belong to the audit shown; a different audit starts from its own.
  const [notesFor, setNotesFor] = useState(auditId);
  if (notesFor !== auditId) {
    setNotesFor(auditId);
    setExtraNotes([]);
  }

  const pageUrl = target.kind === 'page' ? target.url : null;
  const openAudit = (id: string) => {
    pin({ kind: 'audit', auditId: id });
    setTab('page');
  };

  return (
    <main>
      <header className="top">
        <h1>{t.panel.title}</h1>
        <LocaleToggle i18n={i18n} />
      </header>
      <ReportQueueStatus i18n={i18n} />
      <div className="tabs" role="tablist">
        {(['page', 'pulls', 'history'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            data-testid={`tab-${name}`}
            aria-selected={tab === name}
            onClick={() => setTab(name)}
          >
            {t.panel.tab[name]}
          </button>
        ))}
      </div>
      {tab === 'page' && (
        <>
          {target.kind === 'audit' && (
            <button type="button" onClick={() => pin(null)}>
              ← {t.panel.tab.page}
            </button>
          )}
          {(state.kind === 'loading' || target.kind === 'resolving') && (
            <p role="status">{t.panel.loading}</p>
          )}
          {state.kind === 'error' && (
            <p role="alert" data-testid="panel-error">
              {t.panel.error({ error: state.error })}{' '}
              <button type="button" onClick={reload}>
                ↻
              </button>
            </p>
          )}
          <PageState i18n={i18n} state={state} target={target} />
          {state.kind === 'ready' && state.audit && (
            <AuditView
              key={state.audit.id}
              i18n={i18n}
              audit={state.audit}
              facets={facets}
              notes={[...state.notes, ...extraNotes]}
              onNote={(note) => setExtraNotes((notes) => [...notes, note])}
            />
          )}
        </>
      )}
      {tab === 'pulls' && <PullsView i18n={i18n} url={pageUrl} onOpenAudit={openAudit} />}
      {tab === 'history' && <HistoryView i18n={i18n} onOpen={openAudit} />}
    </main>
  );
}
