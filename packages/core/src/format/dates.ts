import type { IsoDate } from '../dates/iso-date';
import { vietnamWallClock } from './vietnam-time';

const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * dd/mm/yyyy, the way Vietnamese documents and screens write dates: `2025-07-01` → `01/07/2025`.
 * Anything not shaped yyyy-mm-dd is returned as given.
 */
export function formatVietnameseDate(date: IsoDate): string {
  const m = ISO_DATE_SHAPE.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

/**
 * An instant as dd/mm/yyyy HH:mm in Vietnam's time (UTC+7, no daylight saving):
 * `2025-07-01T03:04:05Z` → `01/07/2025 10:04`. An unreadable instant is returned as given.
 */
export function formatVietnamInstant(instant: string): string {
  const local = vietnamWallClock(instant);
  if (local === null) return instant;
  return `${formatVietnameseDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** `2025-07-01T03:04:05Z` → `20250701-1004` (Vietnam time), for file names; null if unreadable. */
export function vietnamFileStamp(instant: string): string | null {
  const local = vietnamWallClock(instant);
  if (local === null) return null;
  return `${local.slice(0, 10).replaceAll('-', '')}-${local.slice(11, 16).replace(':', '')}`;
}
