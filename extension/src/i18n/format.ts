import type { Locale } from '../settings/settings';

/**
 * Dates are dd/mm/yyyy and numbers use Vietnamese grouping (1.853) in Vietnamese; English
 * keeps dd/mm/yyyy (the offices' convention) with English grouping (1,853).
 */

const NUMBER_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[locale]).format(value);
}

/** `2025-07-01` → `01/07/2025`; anything else is shown as given. */
export function formatIsoDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

/** An ISO instant as dd/mm/yyyy HH:MM in Vietnam's time (UTC+7, no daylight saving). */
export function formatInstant(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant;
  const local = new Date(ms + 7 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** Whole days from an ISO date to today's date in Vietnam (negative when in the future). */
export function daysSince(date: string, now: Date): number {
  const then = Date.parse(`${date}T00:00:00+07:00`);
  if (Number.isNaN(then)) return 0;
  const today = Date.parse(
    `${new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)}T00:00:00+07:00`,
  );
  return Math.round((today - then) / 86_400_000);
}

/** The first characters of a hash, enough to tell catalogues apart at a glance. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}
