import { levelLabel, type PeriodReportResponse, UNKNOWN_LEVEL } from '@niemyet/core';
import { lazy, type ReactNode, Suspense } from 'react';
import { formatCount } from '../i18n/format';
import { useI18n } from '../i18n/language';

/**
 * The report's figures as charts (recharts), each a figure with its caption and the same
 * numbers in a table under it: the table is what a screen reader reads and what the printed
 * page keeps exact. Charts do not animate, so printing right away prints every bar.
 */

type Report = PeriodReportResponse['report'];
export const ACTIONS = ['new', 'amended', 'abolished'] as const;
export const CHART_STYLE = { width: '100%', maxWidth: 760, height: 280 } as const;

export function countChartStyle(rows: number) {
  return { ...CHART_STYLE, height: Math.max(160, 32 * rows + 40) };
}

/**
 * The drawings (recharts, the console's largest library) are their own chunk, asked as soon as
 * this module is evaluated (the report is on its way meanwhile); until they come, boxes of
 * their size keep the page from moving.
 */
const loadDrawings = () => import('./report-chart-drawings');
// A failure here shows where a chart renders (it asks again), not as an unhandled rejection.
loadDrawings().catch(() => undefined);
const MonthBars = lazy(() => loadDrawings().then((module) => ({ default: module.MonthBars })));
const CountBars = lazy(() => loadDrawings().then((module) => ({ default: module.CountBars })));

function ChartFigure({
  id,
  heading,
  caption,
  chart,
  table,
}: {
  id: string;
  heading: string;
  caption: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    <section className="report-section" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <figure>
        <div className="report-chart" aria-hidden="true">
          {chart}
        </div>
        <figcaption>{caption}</figcaption>
      </figure>
      {table}
    </section>
  );
}

export function ByMonthChart({ report }: { report: Report }) {
  const { t } = useI18n();
  const m = t.reports;
  const data = report.byMonth.map((row) => ({ ...row, label: m.monthLabel(row.month) }));
  return (
    <ChartFigure
      id="report-by-month"
      heading={m.byMonth.heading}
      caption={m.byMonth.caption}
      chart={
        <Suspense fallback={<div style={CHART_STYLE} />}>
          <MonthBars data={data} />
        </Suspense>
      }
      table={
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{m.byMonth.month}</th>
              {ACTIONS.map((action) => (
                <th scope="col" key={action}>
                  {m.actions[action]}
                </th>
              ))}
              <th scope="col">{m.byMonth.total}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={row.month} data-testid="report-month-row" data-month={row.month}>
                <th scope="row">{row.label}</th>
                {ACTIONS.map((action) => (
                  <td className="num" key={action}>
                    {formatCount(row[action])}
                  </td>
                ))}
                <td className="num">{formatCount(row.new + row.amended + row.abolished)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function CountChart({
  id,
  heading,
  caption,
  labelHeader,
  rows,
}: {
  id: string;
  heading: string;
  caption: string;
  labelHeader: string;
  rows: { key: string; label: string; count: number }[];
}) {
  const { t } = useI18n();
  return (
    <ChartFigure
      id={id}
      heading={heading}
      caption={caption}
      chart={
        <Suspense fallback={<div style={countChartStyle(rows.length)} />}>
          <CountBars rows={rows} />
        </Suspense>
      }
      table={
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col">{t.reports.count}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-testid={`${id}-row`}>
                <th scope="row">{row.label}</th>
                <td className="num">{formatCount(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

export function ByLevelChart({ report }: { report: Report }) {
  const { t, language } = useI18n();
  const m = t.reports.byLevel;
  const rows = Object.entries(report.byLevel).map(([level, count]) => ({
    key: level,
    label: level === UNKNOWN_LEVEL ? m.unknown : levelLabel(level, language),
    count,
  }));
  return (
    <CountChart
      id="report-by-level"
      heading={m.heading}
      caption={m.caption}
      labelHeader={m.level}
      rows={rows}
    />
  );
}

export function ByFieldChart({ report }: { report: Report }) {
  const { t } = useI18n();
  const m = t.reports.byField;
  const rows = report.byField.map(({ field, count }) => ({ key: field, label: field || m.none, count }));
  return (
    <CountChart
      id="report-by-field"
      heading={m.heading}
      caption={m.caption}
      labelHeader={m.field}
      rows={rows}
    />
  );
}
