import type { FindingState, FindingTrendResponse, IsoDate } from '@niemyet/core';
import { todayInVietnam, vietnamMidnight } from '@niemyet/core';

const DAY_MS = 86_400_000;

export interface TimelineEntry {
  portal: string;
  state: FindingState;
  firstSeenAt: string;
  stateChangedAt: string;
}

/** Monday of the week holding `date` (weeks start on Monday in Vietnam). */
function mondayOf(date: IsoDate): IsoDate {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - weekday * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Open findings at the end of each of the last `weeks` weeks (labelled by their Monday), per
 * portal. A finding counts as open from its first sighting until it was last fixed or
 * dismissed (`stateChangedAt`); the inbox keeps a finding's current state only, so a finding
 * fixed and re-opened counts open throughout — the trend errs towards showing work, not hiding it.
 */
export function findingTrend(
  entries: readonly TimelineEntry[],
  now: Date,
  weeks: number,
): FindingTrendResponse {
  const thisMonday = mondayOf(todayInVietnam(now));
  const labels: IsoDate[] = [];
  for (let i = weeks - 1; i >= 0; i--)
    labels.push(new Date(Date.parse(`${thisMonday}T00:00:00Z`) - i * 7 * DAY_MS).toISOString().slice(0, 10));
  // The end of a week: the next Monday's midnight in Vietnam, or now for the week in progress.
  const ends = labels.map((_monday, i) =>
    i === labels.length - 1 ? now.getTime() : vietnamMidnight(labels[i + 1]!),
  );
  const byPortal = new Map<string, number[]>();
  for (const entry of entries) {
    const first = Date.parse(entry.firstSeenAt);
    const closed =
      entry.state === 'fixed' || entry.state === 'dismissed'
        ? Date.parse(entry.stateChangedAt)
        : Number.POSITIVE_INFINITY;
    let counts = byPortal.get(entry.portal);
    if (!counts) {
      counts = labels.map(() => 0);
      byPortal.set(entry.portal, counts);
    }
    for (const [i, end] of ends.entries()) if (first < end && closed >= end) counts[i]!++;
  }
  return {
    weeks: labels,
    portals: [...byPortal.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([portal, open]) => ({ portal, open })),
  };
}
