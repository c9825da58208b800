import { formatVietnameseDate, formatVietnameseNumber } from '@niemyet/core';

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

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the user's clock shows it: "14:05:09 25/11/2026". */
export function formatDateTime(instant: Date | string): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  return `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())} ${pad(at.getDate())}/${pad(at.getMonth() + 1)}/${at.getFullYear()}`;
}

/** The first characters of a SHA-256 hash: enough for people to tell two catalogues apart. */
export function hashPrefix(hash: string): string {
  return hash.slice(0, 12);
}

/** An instant for a log, to the minute, date first: "25/11/2026 14:05". */
export function formatDayTime(instant: Date | string): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  return `${pad(at.getDate())}/${pad(at.getMonth() + 1)}/${at.getFullYear()} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
