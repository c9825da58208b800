import type { FindingTrendResponse, IsoDate } from '@niemyet/core';
import { todayInVietnam, vietnamMidnight } from '@niemyet/core';
import type { TrendSpan } from '../repositories/findings';

const DAY_MS = 86_400_000;

/** Monday of the week holding `date` (weeks start on Monday in Vietnam). */
function mondayOf(date: IsoDate): IsoDate {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - weekday * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The trend's last `weeks` weeks, labelled by their Monday, and the instant each ends at: the
 * next Monday's midnight in Vietnam, or now for the week in progress.
 */
export function trendWeeks(now: Date, weeks: number): { labels: IsoDate[]; ends: Date[] } {
  const thisMonday = mondayOf(todayInVietnam(now));
  const labels: IsoDate[] = [];
  for (let i = weeks - 1; i >= 0; i--)
    labels.push(new Date(Date.parse(`${thisMonday}T00:00:00Z`) - i * 7 * DAY_MS).toISOString().slice(0, 10));
  const ends = labels.map((_monday, i) =>
    i === labels.length - 1 ? now : new Date(vietnamMidnight(labels[i + 1]!)),
  );
  return { labels, ends };
}

/**
 * Open findings at the end of each week, per portal, from the spans the database counted
 * (`trendSpans`): a finding counts as open from its first sighting until it was last fixed or
 * dismissed; the inbox keeps a finding's current state only, so a finding fixed and re-opened
 * counts open throughout — the trend errs towards showing work, not hiding it.
 */
export function findingTrend(spans: readonly TrendSpan[], labels: readonly IsoDate[]): FindingTrendResponse {
  const byPortal = new Map<string, number[]>();
  for (const span of spans) {
    let counts = byPortal.get(span.portal);
    if (!counts) {
      counts = labels.map(() => 0);
      byPortal.set(span.portal, counts);
    }
    for (let i = span.opens; i < Math.min(span.closes, labels.length); i++) counts[i]! += span.count;
  }
  return {
    weeks: [...labels],
    portals: [...byPortal.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([portal, open]) => ({ portal, open })),
  };
}
