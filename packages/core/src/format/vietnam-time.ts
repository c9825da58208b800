import type { IsoDate } from '../dates/iso-date';

/**
 * Vietnam keeps UTC+7 all year (no daylight saving). Every conversion from an instant to a
 * Vietnamese civil day or wall clock goes through this one constant.
 */
export const VIETNAM_UTC_OFFSET_HOURS = 7;
export const VIETNAM_UTC_OFFSET_MS = VIETNAM_UTC_OFFSET_HOURS * 3_600_000;

/**
 * An instant as Vietnam's wall clock, ISO-shaped without a zone: `2025-07-01T10:04:05.000`.
 * Null for an unreadable instant.
 */
export function vietnamWallClock(instant: Date | string | number): string | null {
  const ms =
    instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  return new Date(ms + VIETNAM_UTC_OFFSET_MS).toISOString().slice(0, 23);
}

/** Today's date in Vietnam (UTC+7, no daylight saving), whatever the machine's zone. */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + VIETNAM_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight of a date in Vietnam, as milliseconds since the epoch (NaN for an unreadable date). */
export function vietnamMidnight(date: IsoDate): number {
  const sign = VIETNAM_UTC_OFFSET_HOURS >= 0 ? '+' : '-';
  const hours = String(Math.abs(VIETNAM_UTC_OFFSET_HOURS)).padStart(2, '0');
  return Date.parse(`${date}T00:00:00${sign}${hours}:00`);
}
