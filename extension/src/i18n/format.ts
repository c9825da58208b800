import { type IsoDate, todayInVietnam, vietnamMidnight } from '@niemyet/core';

/*
 * Dates (dd/mm/yyyy), instants (dd/mm/yyyy HH:mm, Vietnam time) and numbers (1.853 in
 * Vietnamese, 1,853 in English) come from core's format module: formatVietnameseDate,
 * formatVietnamInstant, formatNumber. Only what is particular to the extension's pages is here.
 */

/** Whole days from an ISO date to today's date in Vietnam (negative when in the future). */
export function daysSince(date: IsoDate, now: Date): number {
  const then = vietnamMidnight(date);
  if (Number.isNaN(then)) return 0;
  return Math.round((vietnamMidnight(todayInVietnam(now)) - then) / 86_400_000);
}

/** The first characters of a hash, enough to tell catalogues apart at a glance. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}
