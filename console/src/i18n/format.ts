import {
  formatVietnameseDate,
  formatVietnameseNumber,
  formatVietnamInstant,
  vietnamWallClock,
} from '@niemyet/core';

/**
 * How the console writes numbers and dates, in both languages: the data is Vietnamese
 * administrative data, and DESIGN §1 fixes its notation (1.853, dd/mm/yyyy) for every screen.
 */

/** 1853 → "1.853". */
export function formatCount(value: number): string {
  return formatVietnameseNumber(value);
}

/** "2020-12-31" → "31/12/2020"; null (a version in force since before the records) → the fallback. */
export function formatDate(date: string | null, fallback = '—'): string {
  return date === null ? fallback : formatVietnameseDate(date);
}

/**
 * An instant on Vietnam's clock (UTC+7), whatever the zone of the machine showing it: the
 * server runs in UTC, and a reviewer abroad must read the same time as the office.
 * "14:05:09 25/11/2026".
 */
export function formatDateTime(instant: Date | string): string {
  const wall = vietnamWallClock(instant);
  if (wall === null) return String(instant);
  return `${wall.slice(11, 19)} ${formatVietnameseDate(wall.slice(0, 10))}`;
}

/** The first characters of a SHA-256 hash: enough for people to tell two catalogues apart. */
export function hashPrefix(hash: string): string {
  return hash.slice(0, 12);
}

/** An instant for a log, to the minute, date first, on Vietnam's clock: "25/11/2026 14:05". */
export function formatDayTime(instant: Date | string): string {
  return formatVietnamInstant(instant instanceof Date ? instant.toISOString() : instant);
}
