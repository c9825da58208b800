import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { assigneeChartSize, SERIES } from './AssigneeChart';

/** Tasks by assignee as stacked bars (recharts): a chunk of its own (AssigneeChart.tsx). */
export function AssigneeBars({
  data,
}: {
  data: ({ name: string } & Record<(typeof SERIES)[number]['key'], number>)[];
}) {
  const { t } = useI18n();
  const r = t.reviews;
  const size = assigneeChartSize(data.length);
  return (
    <BarChart width={size.width} height={size.height} data={data} layout="vertical">
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} tickFormatter={(value: number) => formatCount(value)} />
      <YAxis type="category" dataKey="name" width={140} />
      <Tooltip formatter={(value) => formatCount(Number(value))} />
      <Legend />
      {SERIES.map((series) => (
        <Bar
          key={series.key}
          dataKey={series.key}
          name={r.chart[series.key]}
          stackId="tasks"
          fill={series.color}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
