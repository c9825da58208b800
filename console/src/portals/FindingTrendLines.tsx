import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '../i18n/format';
import { TREND_SIZE } from './FindingTrendChart';
import { portalName } from './portal-name';

const COLORS = ['#2e6fbf', '#b42318', '#3b8750', '#dc6803', '#6941c6', '#475467'];

/** The trend's lines, one per portal (recharts): a chunk of its own (FindingTrendChart.tsx). */
export function FindingTrendLines({
  data,
  portals,
}: {
  data: Record<string, string | number>[];
  portals: readonly string[];
}) {
  return (
    <LineChart width={TREND_SIZE.width} height={TREND_SIZE.height} data={data}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="week" />
      <YAxis allowDecimals={false} tickFormatter={(value: number) => formatCount(value)} />
      <Tooltip formatter={(value) => formatCount(Number(value))} />
      <Legend />
      {portals.map((portal, index) => (
        <Line
          key={portal}
          type="monotone"
          dataKey={portal}
          name={portalName(portal)}
          stroke={COLORS[index % COLORS.length]}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
