import type { FindingTrendResponse } from '@niemyet/core';
import { lazy, Suspense, useId, useState } from 'react';
import { errorMessage } from '../api/error-messages';
import { getFindingTrend } from '../api/portal-watches';
import { formatCount, formatDate } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { shown, useRemote } from '../reviews/use-remote';
import { portalName } from './portal-name';

export const TREND_WEEKS = 12;

/**
 * The drawing (recharts, the console's largest library) is its own chunk, fetched once the
 * trend's numbers are in — after the inbox's first rows — so the inbox does not wait for it;
 * until it comes, a box of its size keeps the page from moving.
 */
const FindingTrendLines = lazy(() =>
  import('./FindingTrendLines').then((module) => ({ default: module.FindingTrendLines })),
);
export const TREND_SIZE = { width: 720, height: 260 } as const;

/**
 * Open findings at the end of each week, one line per portal (recharts), with a portal picker;
 * the same numbers follow in a table that screen readers read (the drawing is hidden from them).
 */
export function FindingTrendChart({ refresh }: { refresh: number }) {
  const { t, language } = useI18n();
  const m = t.portals.trend;
  const captionId = useId();
  const pickerId = useId();
  const [portal, setPortal] = useState('');
  const { remote } = useRemote(
    (client, signal) =>
      getFindingTrend(client, { weeks: TREND_WEEKS, ...(portal ? { portal } : {}) }, signal),
    `trend-${portal}-${refresh}`,
  );
  const trend = shown(remote);
  // The picker offers the portals of the last answer for every portal, so choosing one keeps the others.
  const [portals, setPortals] = useState<string[]>([]);
  if (trend && portal === '' && trend.portals.some((p) => !portals.includes(p.portal)))
    setPortals(trend.portals.map((p) => p.portal));
  return (
    <figure className="panel trend-chart" aria-labelledby={captionId} data-testid="finding-trend">
      <figcaption id={captionId}>
        <h3>{m.caption}</h3>
      </figcaption>
      {portals.length > 1 && (
        <div className="field">
          <label htmlFor={pickerId}>{m.portal}</label>
          <select
            id={pickerId}
            data-testid="trend-portal"
            value={portal}
            onChange={(event) => setPortal(event.target.value)}
          >
            <option value="">{m.allPortals}</option>
            {portals.map((p) => (
              <option key={p} value={p}>
                {portalName(p)}
              </option>
            ))}
          </select>
        </div>
      )}
      {remote.kind === 'failed' && (
        <p className="error" role="alert">
          {t.portals.loadFailed(errorMessage(remote.error, language))}
        </p>
      )}
      {trend &&
        (trend.portals.length === 0 ? <p className="muted">{m.empty}</p> : <TrendDrawing trend={trend} />)}
    </figure>
  );
}

function TrendDrawing({ trend }: { trend: FindingTrendResponse }) {
  const { t } = useI18n();
  const m = t.portals.trend;
  const data = trend.weeks.map((week, index) => {
    const point: Record<string, string | number> = { week: formatDate(week) };
    for (const p of trend.portals) point[p.portal] = p.open[index] ?? 0;
    return point;
  });
  return (
    <>
      <div aria-hidden="true" className="chart-drawing">
        <Suspense fallback={<div style={TREND_SIZE} />}>
          <FindingTrendLines data={data} portals={trend.portals.map((p) => p.portal)} />
        </Suspense>
      </div>
      <table className="visually-hidden" data-testid="finding-trend-table">
        <caption>{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.week}</th>
            {trend.portals.map((p) => (
              <th key={p.portal} scope="col">
                {portalName(p.portal)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trend.weeks.map((week, index) => (
            <tr key={week}>
              <th scope="row">{formatDate(week)}</th>
              {trend.portals.map((p) => (
                <td key={p.portal}>{formatCount(p.open[index] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
