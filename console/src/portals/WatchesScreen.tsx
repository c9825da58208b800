import type { Watch } from '@niemyet/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-messages';
import { listWatches, patchWatch, runWatchNow } from '../api/portal-watches';
import { formatCount, formatDayTime } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { RemoteStatus } from '../reviews/RemoteStatus';
import { shown, useRemote } from '../reviews/use-remote';
import { useSession } from '../session/session-context';
import { AddWatchDialog } from './AddWatchDialog';
import { PortalTabs } from './PortalTabs';
import { LiveRun, RunSummary } from './WatchRunStatus';

/**
 * `#/portals/watches`: the watched portal listings — schedule in words, scope, the last run
 * and the next, open findings (a link to them in the inbox). Those who manage watches
 * (`watches.manage`) add one, pause or resume it, and run it now, following the run live.
 */
export function WatchesScreen() {
  const { t, language } = useI18n();
  const m = t.portals.watches;
  const client = useApi();
  const { can } = useSession();
  const manage = can('watches.manage');
  const { remote, reload } = useRemote((c, signal) => listWatches(c, signal), 'watches');
  const watches = shown(remote);
  const [adding, setAdding] = useState(false);
  /** Runs started from this page, by watch: followed live. */
  const [runs, setRuns] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const act = async (watch: Watch, action: () => Promise<void>) => {
    setBusy(watch.id);
    setFailure(null);
    try {
      await action();
    } catch (cause) {
      setFailure(cause);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="screen portals" data-testid="watches-screen">
      <h2>{t.portals.heading}</h2>
      <PortalTabs />
      <div className="screen-head">
        <h3>{m.heading}</h3>
        {manage && (
          <button type="button" className="primary" data-testid="add-watch" onClick={() => setAdding(true)}>
            {m.add}
          </button>
        )}
      </div>
      <p className="muted">{m.intro}</p>
      <RemoteStatus remote={remote} onRetry={reload} />
      {failure !== null && (
        <p className="error" role="alert" data-testid="watch-action-error">
          {m.actionFailed(errorMessage(failure, language))}
        </p>
      )}
      {watches &&
        (watches.length === 0 ? (
          <p className="muted" data-testid="watches-empty">
            {manage ? m.emptyManage : m.empty}
          </p>
        ) : (
          <div className="watch-table-wrap">
            <table className="watch-table" data-testid="watch-table">
              <caption className="visually-hidden">{m.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.columns.name}</th>
                  <th scope="col">{m.columns.schedule}</th>
                  <th scope="col">{m.columns.scope}</th>
                  <th scope="col">{m.columns.lastRun}</th>
                  <th scope="col">{m.columns.openFindings}</th>
                  <th scope="col">{m.columns.nextRun}</th>
                  {manage && <th scope="col">{m.columns.actions}</th>}
                </tr>
              </thead>
              <tbody>
                {watches.map((watch) => (
                  <tr key={watch.id} data-testid="watch-row" data-id={watch.id}>
                    <th scope="row">
                      {watch.name}
                      <br />
                      <span className="muted small clip" title={watch.url}>
                        {watch.url}
                      </span>
                    </th>
                    <td>{m.schedule(watch.schedule)}</td>
                    <td>
                      <WatchScope watch={watch} />
                    </td>
                    <td>
                      {runs[watch.id] ? (
                        <LiveRun watchId={watch.id} runId={runs[watch.id]!} onFinished={reload} />
                      ) : watch.lastRun ? (
                        <RunSummary run={watch.lastRun} />
                      ) : (
                        <span className="muted">{m.never}</span>
                      )}
                    </td>
                    <td className="num">
                      <Link to="/portals" search={{ watch: watch.id, state: 'open' }}>
                        {formatCount(watch.openFindings)}
                      </Link>
                    </td>
                    <td>
                      {watch.paused ? (
                        <span className="badge">{m.paused}</span>
                      ) : watch.nextRunAt ? (
                        formatDayTime(watch.nextRunAt)
                      ) : (
                        '—'
                      )}
                    </td>
                    {manage && (
                      <td className="actions">
                        <button
                          type="button"
                          className="secondary"
                          disabled={busy === watch.id}
                          data-testid="watch-pause"
                          onClick={() =>
                            void act(watch, async () => {
                              await patchWatch(client, watch.id, { paused: !watch.paused });
                              reload();
                            })
                          }
                        >
                          {watch.paused ? m.resume : m.pause}
                        </button>{' '}
                        <button
                          type="button"
                          className="secondary"
                          disabled={busy === watch.id}
                          data-testid="watch-run-now"
                          onClick={() =>
                            void act(watch, async () => {
                              const runId = await runWatchNow(client, watch.id);
                              setRuns((current) => ({ ...current, [watch.id]: runId }));
                            })
                          }
                        >
                          {m.runNow}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {adding && <AddWatchDialog onClose={() => setAdding(false)} onCreated={reload} />}
    </div>
  );
}

function WatchScope({ watch }: { watch: Watch }) {
  const { t } = useI18n();
  const m = t.portals.watches;
  const parts = [
    [m.scopeAgency, watch.scope.agency],
    [m.scopeField, watch.scope.field],
    [m.scopeLevel, watch.scope.level],
  ].filter((part): part is [string, string] => Boolean(part[1]));
  if (parts.length === 0) return <span className="muted">{m.wholeListing}</span>;
  return <>{parts.map(([label, value]) => `${label}: ${value}`).join('; ')}</>;
}
