import type { WatchSchedule } from '@niemyet/core';

/** Vietnam keeps UTC+7 all year (no daylight saving): a daily time is a fixed UTC time. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The default: nightly at 02:00 Vietnam time, when portals are quiet. */
export const DEFAULT_SCHEDULE: WatchSchedule = { kind: 'daily', at: '02:00' };

/** The first scheduled instant strictly after `after` (`minuteMs`: a minute's length, shortened in tests). */
export function nextRunAfter(schedule: WatchSchedule, after: Date, minuteMs = 60_000): Date {
  if (schedule.kind === 'every') return new Date(after.getTime() + schedule.minutes * minuteMs);
  const [hours, minutes] = schedule.at.split(':').map(Number) as [number, number];
  const local = after.getTime() + VIETNAM_OFFSET_MS;
  const dayStart = Math.floor(local / DAY_MS) * DAY_MS;
  let candidate = dayStart + (hours * 60 + minutes) * 60_000;
  if (candidate <= local) candidate += DAY_MS;
  return new Date(candidate - VIETNAM_OFFSET_MS);
}
