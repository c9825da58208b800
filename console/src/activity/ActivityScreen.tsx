import type { ActivityEntry } from '@niemyet/core';
import { useEffect, useState } from 'react';
import { listActivity } from '../api/activity';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-messages';
import { formatDayTime } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { activityDetails } from './activity-details';

const PAGE = 100;

/**
 * The activity log (admins and supervisors): sign-ins, failed sign-ins and admin actions,
 * newest first, a hundred at a time.
 */
export function ActivityScreen() {
  const { t, language } = useI18n();
  const client = useApi();
  const [entries, setEntries] = useState<ActivityEntry[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    listActivity(client, { limit: PAGE, offset }, controller.signal)
      .then((page) => {
        if (controller.signal.aborted) return;
        setEntries((current) => (offset === 0 ? page.entries : [...current, ...page.entries]));
        setTotal(page.total);
      })
      .catch((cause) => !controller.signal.aborted && setError(cause));
    return () => controller.abort();
  }, [client, offset]);

  return (
    <div className="screen">
      <h2>{t.activity.heading}</h2>
      {error !== null && (
        <p className="error" role="alert">
          {errorMessage(error, language)}
        </p>
      )}
      {total === null && error === null && <p className="muted">{t.app.loading}</p>}
      {total === 0 && <p className="muted">{t.activity.empty}</p>}
      {total !== null && total > 0 && (
        <>
          <p className="muted" data-testid="activity-count">
            {t.activity.shown(entries.length, total)}
          </p>
          <table className="plain activity" data-testid="activity-table">
            <thead>
              <tr>
                <th scope="col">{t.activity.time}</th>
                <th scope="col">{t.activity.actor}</th>
                <th scope="col">{t.activity.action}</th>
                <th scope="col">{t.activity.details}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} data-testid="activity-row" data-action={entry.action}>
                  <td className="nowrap">{formatDayTime(entry.at)}</td>
                  <td>{entry.actor ?? <span className="muted">{t.activity.system}</span>}</td>
                  <td>{t.activity.actions[entry.action]}</td>
                  <td className="details">{activityDetails(entry)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {entries.length < total && (
            <button type="button" className="secondary" onClick={() => setOffset(entries.length)}>
              {t.activity.more}
            </button>
          )}
        </>
      )}
    </div>
  );
}
