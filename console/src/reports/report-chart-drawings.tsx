import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { ACTIONS, CHART_STYLE, countChartStyle } from './ReportCharts';

/** The report's drawings (recharts): a chunk of their own, loaded by ReportCharts.tsx. */

/** One colour per action, told apart in grey on a black-and-white printer too. */
const ACTION_COLOURS = { new: '#1b6e3a', amended: '#c58a00', abolished: '#a61b1b' } as const;
const BAR_COLOUR = '#24527a';

export function MonthBars({
  data,
}: {
  data: ({ label: string } & Record<(typeof ACTIONS)[number], number>)[];
}) {
  const { t } = useI18n();
  const m = t.reports;
  return (
    <BarChart responsive style={CHART_STYLE} data={data}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" />
      <YAxis allowDecimals={false} tickFormatter={formatCount} />
      <Tooltip formatter={(value) => formatCount(Number(value))} />
      <Legend />
      {ACTIONS.map((action) => (
        <Bar
          key={action}
          dataKey={action}
          name={m.actions[action]}
          stackId="actions"
          fill={ACTION_COLOURS[action]}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}

export function CountBars({ rows }: { rows: { key: string; label: string; count: number }[] }) {
  const { t } = useI18n();
  return (
    <BarChart responsive style={countChartStyle(rows.length)} data={rows} layout="vertical">
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} tickFormatter={formatCount} />
      <YAxis type="category" dataKey="label" width={220} />
      <Tooltip formatter={(value) => formatCount(Number(value))} />
      <Bar dataKey="count" name={t.reports.count} fill={BAR_COLOUR} isAnimationActive={false} />
    </BarChart>
  );
}
