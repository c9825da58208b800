import type { FindingTrendResponse, IsoDate } from '@niemyet/core';
import { todayInVietnam, vietnamMidnight } from '@niemyet/core';
import type { TrendStep } from '../repositories/findings';

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
 * Open findings at the end of each week, per portal, from the changes the database summed per
 * week (`trendSteps`): a finding counts open from its first sighting until it is fixed or
 * dismissed, and again from a re-opening; open at a week's end means opened before it and not
 * closed before it.
 */
export function findingTrend(steps: readonly TrendStep[], labels: readonly IsoDate[]): FindingTrendResponse {
  const byPortal = new Map<string, number[]>();
  for (const { portal, step, change } of steps) {
    let counts = byPortal.get(portal);
    if (!counts) {
      counts = labels.map(() => 0);
      byPortal.set(portal, counts);
    }
    for (let i = step; i < labels.length; i++) counts[i]! += change;
  }
  return {
    weeks: [...labels],
    portals: [...byPortal.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([portal, open]) => ({ portal, open })),
  };
}
