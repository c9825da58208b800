import { formatVietnameseDate, formatVietnamInstant } from '@niemyet/core';
import { browser } from 'wxt/browser';
import { daysSince, shortHash } from '../i18n/format';
import { LocaleToggle } from '../i18n/LocaleToggle';
import { type I18n, useI18n } from '../i18n/use-i18n';
import type { CommandResponse } from '../messaging/protocol';
import { ReportQueueStatus } from '../server-connection/ReportQueueStatus';
import { openSidePanel } from '../sidepanel/open-side-panel';
import { usePopupStatus } from './use-popup-status';

type Status = CommandResponse<'get-status'>;

function CatalogueStatus({ i18n, status }: { i18n: I18n; status: Status }) {
  const { t } = i18n;
  const meta = status.catalogue;
  if (!meta) return <p data-testid="popup-catalogue">{t.popup.catalogue.none}</p>;
  return (
    <p data-testid="popup-catalogue">
      <code title={meta.hash} data-testid="popup-catalogue-hash">
        {shortHash(meta.hash)}
      </code>{' '}
      ·{' '}
      {t.popup.catalogue.summary({
        asOf: formatVietnameseDate(meta.asOf),
        days: daysSince(meta.asOf, new Date()),
        procedures: meta.counts.procedures,
      })}
    </p>
  );
}

function PageStatus({ i18n, status, hiddenUrl }: { i18n: I18n; status: Status; hiddenUrl: boolean }) {
  const { t, n } = i18n;
  const page = status.page;
  if (hiddenUrl) return <p data-testid="popup-page">{t.popup.page.notPortal}</p>;
  switch (page.kind) {
    case 'no-page':
      return <p data-testid="popup-page">{t.popup.page.noPage}</p>;
    case 'not-a-portal':
      return <p data-testid="popup-page">{t.popup.page.notPortal}</p>;
    case 'no-adapter':
      return <p data-testid="popup-page">{t.popup.page.noAdapter({ reason: page.reason })}</p>;
    case 'not-read':
      return (
        <p data-testid="popup-page">{status.catalogue ? t.popup.page.notRead : t.popup.page.noCatalogue}</p>
      );
    case 'audited': {
      const { summary } = page.audit;
      const rows =
        summary.match + summary.changed + summary.abolished + summary.unknown + summary.notYetEffective;
      const counts: [string, number][] = [
        [t.status.match, summary.match],
        [t.status.changed, summary.changed],
        [t.status.abolished, summary.abolished],
        [t.status.unknown, summary.unknown],
        [t.status.notYetEffective, summary.notYetEffective],
        [t.status.missing, summary.missing],
      ];
      return (
        <div data-testid="popup-page">
          <p>{t.popup.page.audited({ rows: rows, time: formatVietnamInstant(page.audit.readAt) })}</p>
          <ul>
            {counts
              .filter(([, count]) => count > 0)
              .map(([label, count]) => (
                <li key={label}>
                  {label}: {n(count)}
                </li>
              ))}
          </ul>
        </div>
      );
    }
  }
}

export function PopupApp() {
  const i18n = useI18n();
  const { t } = i18n;
  const state = usePopupStatus();
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', minWidth: 320, padding: '0.5rem 0.75rem' }}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <h1 style={{ fontSize: '1.2rem' }}>{t.app.name}</h1>
        <LocaleToggle i18n={i18n} />
      </header>
      {state.kind === 'loading' && <p role="status">{t.popup.page.loading}</p>}
      {state.kind === 'error' && <p role="alert">{t.popup.error({ error: state.error })}</p>}
      {state.kind === 'ready' && (
        <>
          <h2 style={{ fontSize: '1rem' }}>{t.popup.catalogue.heading}</h2>
          <CatalogueStatus i18n={i18n} status={state.status} />
          <h2 style={{ fontSize: '1rem' }}>{t.popup.page.heading}</h2>
          <PageStatus i18n={i18n} status={state.status} hiddenUrl={state.hiddenUrl} />
          {state.status.runningPulls > 0 && <p>{t.popup.pulls({ count: state.status.runningPulls })}</p>}
          <ReportQueueStatus i18n={i18n} />
        </>
      )}
      <p style={{ display: 'flex', gap: '0.5rem' }}>
        <button
          type="button"
          onClick={() => {
            const tabId = state.kind === 'ready' ? state.tabId : undefined;
            void openSidePanel(tabId !== undefined ? { tabId } : {}).then(() => window.close());
          }}
        >
          {t.popup.openSidePanel}
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t.popup.openOptions}
        </button>
      </p>
    </main>
  );
}
