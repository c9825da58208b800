import { formatVietnamInstant } from '@niemyet/core';
import { type PullProblem, pullProblemText } from '@niemyet/portal';
import { useCallback, useEffect, useState } from 'react';
import type { I18n } from '../../i18n/use-i18n';
import { onExtensionEvent } from '../../messaging/events';
import type { PullSummary } from '../../messaging/schemas';
import { sendCommand } from '../../messaging/send-command';

/** 0…1: pages and detail pages done or failed, over all known so far. */
export function pullFraction(pull: PullSummary): number {
  const total = pull.pages.total + pull.details.total;
  if (total === 0) return 0;
  return (pull.pages.done + pull.pages.failed + pull.details.done + pull.details.failed) / total;
}

/** A pull problem (a refused redirect, a timeout, a skipped link) in the reader's language. */
function problemText(problem: PullProblem, locale: I18n['locale']): string {
  return pullProblemText(problem)[locale];
}

export interface PullsViewProps {
  i18n: I18n;
  /** The listing to pull (the current page), null when there is none. */
  url: string | null;
  onOpenAudit(auditId: string): void;
}

/** Pulls: start one for the current listing, watch progress, cancel and resume, open results. */
export function PullsView({ i18n, url, onOpenAudit }: PullsViewProps) {
  const { t, locale } = i18n;
  const [pulls, setPulls] = useState<PullSummary[]>([]);
  const [withDetails, setWithDetails] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await sendCommand('list-pulls', { limit: 20 });
    if (result.ok) setPulls(result.value);
    else setError(result.error);
  }, []);

  useEffect(() => {
    void load();
    return onExtensionEvent((event) => {
      if (event.event !== 'pull-progress') return;
      setPulls((current) => {
        const known = current.some((p) => p.id === event.pull.id);
        return known
          ? current.map((p) => (p.id === event.pull.id ? event.pull : p))
          : [event.pull, ...current];
      });
    });
  }, [load]);

  const act = async (command: 'cancel-pull' | 'resume-pull', id: string) => {
    const result = await sendCommand(command, { id });
    if (!result.ok) setError(result.error);
    else setPulls((current) => current.map((p) => (p.id === id ? result.value : p)));
  };

  const start = async () => {
    if (!url) return;
    setError(null);
    const result = await sendCommand('start-pull', { url, withDetails });
    if (!result.ok) setError(result.error);
    else setPulls((current) => [result.value, ...current.filter((p) => p.id !== result.value.id)]);
  };

  return (
    <section data-testid="pulls-view">
      <h2>{t.pull.heading}</h2>
      {url ? (
        <div className="pull-start">
          <p>
            {t.pull.url}: <span data-testid="pull-url">{url}</span>
          </p>
          <label>
            <input
              type="checkbox"
              data-testid="pull-with-details"
              checked={withDetails}
              onChange={(e) => setWithDetails(e.target.checked)}
            />{' '}
            {t.pull.withDetails}
          </label>{' '}
          <button type="button" data-testid="pull-start" onClick={() => void start()}>
            {t.pull.start}
          </button>
        </div>
      ) : (
        <p data-testid="pull-no-url">{t.pull.noUrl}</p>
      )}
      {error && (
        <p role="alert" data-testid="pull-error">
          {t.panel.error({ error })}
        </p>
      )}
      {pulls.length === 0 ? (
        <p>{t.pull.none}</p>
      ) : (
        <ul className="pulls">
          {pulls.map((pull) => (
            <li key={pull.id} data-testid="pull-item" data-pull-id={pull.id} data-status={pull.status}>
              <p>
                <strong data-testid="pull-status">{t.pull.status[pull.status]}</strong> ·{' '}
                {formatVietnamInstant(pull.startedAt)} · <span title={pull.startUrl}>{pull.startUrl}</span>
              </p>
              <progress
                data-testid="pull-progress"
                max={1}
                value={pull.status === 'done' ? 1 : pullFraction(pull)}
                style={{ width: '100%' }}
              />
              <p data-testid="pull-counts" data-rows={pull.rows} data-pages-done={pull.pages.done}>
                {t.pull.progress({
                  pagesDone: pull.pages.done,
                  pagesTotal: pull.pages.total,
                  detailsDone: pull.details.done,
                  detailsTotal: pull.details.total,
                  rows: pull.rows,
                })}
              </p>
              {pull.failures.length > 0 && (
                <details data-testid="pull-failures">
                  <summary>{t.pull.failures({ count: pull.failures.length })}</summary>
                  <ul>
                    {pull.failures.map((f) => (
                      <li key={f.url}>
                        {f.problem && f.problem.code !== 'pull.http-status'
                          ? problemText(f.problem, locale)
                          : `${f.url}: ${f.error ?? ''}`}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              {pull.skippedLinks && pull.skippedLinks.length > 0 && (
                <details data-testid="pull-skipped">
                  <summary>{t.pull.skipped({ count: pull.skippedLinks.length })}</summary>
                  <ul>
                    {pull.skippedLinks.map((s) => (
                      <li key={String(s.params.url)}>{problemText(s, locale)}</li>
                    ))}
                  </ul>
                </details>
              )}
              {pull.ended && <p data-testid="pull-ended">{problemText(pull.ended, locale)}</p>}
              {pull.capped && <p role="alert">{problemText(pull.capped, locale)}</p>}
              {pull.error && <p role="alert">{pull.error}</p>}
              {pull.status === 'done' && !pull.listingComplete && <p>{t.pull.incomplete}</p>}
              <p className="buttons">
                {pull.status === 'running' && (
                  <button
                    type="button"
                    data-testid="pull-cancel"
                    onClick={() => void act('cancel-pull', pull.id)}
                  >
                    {t.pull.cancel}
                  </button>
                )}
                {pull.status === 'cancelled' && (
                  <button
                    type="button"
                    data-testid="pull-resume"
                    onClick={() => void act('resume-pull', pull.id)}
                  >
                    {t.pull.resume}
                  </button>
                )}
                {pull.auditId && (
                  <button type="button" data-testid="pull-open" onClick={() => onOpenAudit(pull.auditId!)}>
                    {t.pull.open}
                  </button>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
