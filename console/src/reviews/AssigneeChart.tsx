import type { ReviewDashboardResponse } from '@niemyet/core';
import { lazy, Suspense, useId } from 'react';
import { formatCount } from '../i18n/format';
import { useI18n } from '../i18n/language';

type Row = ReviewDashboardResponse['byAssignee'][number];

/** The stacks of one assignee: overdue, due this week, the rest still open, done. */
export function assigneeStacks(row: Row) {
  return {
    overdue: row.overdue,
    dueThisWeek: row.dueThisWeek,
    // Overdue and due-this-week are tasks not done; what is left of them is "other open".
    otherOpen: Math.max(0, row.open + row.inProgress - row.overdue - row.dueThisWeek),
    done: row.done,
  };
}

/**
 * The bars (recharts, the console's largest library) are their own chunk, asked as soon as this
 * module is evaluated (the dashboard's numbers are on their way meanwhile); until they come, a box
 * of their size keeps the page from moving.
 */
const loadAssigneeBars = () => import('./AssigneeBars');
// A failure here shows where the chart renders (it asks again), not as an unhandled rejection.
loadAssigneeBars().catch(() => undefined);
const AssigneeBars = lazy(() => loadAssigneeBars().then((module) => ({ default: module.AssigneeBars })));

export function assigneeChartSize(rows: number) {
  return { width: 640, height: Math.max(160, 40 * rows + 80) };
}

export const SERIES = [
  { key: 'overdue', color: '#b42318' },
  { key: 'dueThisWeek', color: '#dc6803' },
  { key: 'otherOpen', color: '#2e6fbf' },
  { key: 'done', color: '#3b8750' },
] as const;

/**
 * Tasks by assignee as stacked bars (recharts), captioned; the same numbers follow in a table
 * that screen readers read (the drawing is hidden from them).
 */
export function AssigneeChart({ rows }: { rows: readonly Row[] }) {
  const { t } = useI18n();
  const r = t.reviews;
  const captionId = useId();
  const data = rows.map((row) => ({ name: row.assignee ?? r.unassigned, ...assigneeStacks(row) }));
  return (
    <figure className="panel assignee-chart" aria-labelledby={captionId} data-testid="assignee-chart">
      <figcaption id={captionId}>
        <h3>{r.chart.caption}</h3>
      </figcaption>
      {data.length === 0 ? (
        <p className="muted">{r.chart.empty}</p>
      ) : (
        <>
          <div aria-hidden="true" className="chart-drawing">
            <Suspense fallback={<div style={assigneeChartSize(data.length)} />}>
              <AssigneeBars data={data} />
            </Suspense>
          </div>
          <table className="visually-hidden" data-testid="assignee-table">
            <caption>{r.chart.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{r.chart.assignee}</th>
                {SERIES.map((series) => (
                  <th key={series.key} scope="col">
                    {r.chart[series.key]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.map((row) => (
                <tr key={row.name}>
                  <th scope="row">{row.name}</th>
                  {SERIES.map((series) => (
                    <td key={series.key}>{formatCount(row[series.key])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
