import { normalizeText } from '@niemyet/core';
import type { PortalEntry } from './dataset';
import { MAX_PAGE_SIZE } from './routes';
import { LEVEL_LABELS } from './vocabulary';

/** Paging and filtering shared by the listing pages and the JSON-RPC services. */

/** A request the simulator refuses, with a message that names the problem. */
export class BadRequestError extends Error {}

/**
 * A 1-based page number or a page size from a query or JSON-RPC parameter. Absent → the
 * fallback; anything but a positive integer (up to `max`) is a bad request.
 */
export function positiveInt(
  raw: unknown,
  fallback: number,
  name: string,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const n = typeof raw === 'number' ? raw : /^\s*\d+\s*$/.test(String(raw)) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? 'a positive integer' : `an integer from 1 to ${max}`;
    throw new BadRequestError(`${name} must be ${range}, got ${JSON.stringify(raw)}`);
  }
  return n;
}

export function pageSizeParam(raw: unknown, fallback: number, name: string): number {
  return positiveInt(raw, fallback, name, MAX_PAGE_SIZE);
}

export interface ListingFilter {
  /** A level key: province, district or commune. */
  level?: string | null;
  /** A field name, compared in normalised form. */
  field?: string | null;
}

export function filterEntries(entries: PortalEntry[], filter: ListingFilter): PortalEntry[] {
  const { level, field } = filter;
  if (level && !(level in LEVEL_LABELS)) {
    throw new BadRequestError(
      `level must be one of ${Object.keys(LEVEL_LABELS).join(', ')}, got ${JSON.stringify(level)}`,
    );
  }
  const fieldKey = field ? normalizeText(field) : null;
  if (!level && !fieldKey) return entries;
  return entries.filter(
    (e) =>
      (!level || e.fields.levels.includes(level)) &&
      (!fieldKey || normalizeText(e.fields.field ?? '') === fieldKey),
  );
}

export function pageSlice<T>(items: readonly T[], pageIndex: number, pageSize: number): T[] {
  return items.slice((pageIndex - 1) * pageSize, pageIndex * pageSize);
}

/** "Cấp Tỉnh, Cấp Huyện" (national) or "Cấp tỉnh, Cấp huyện" (provincial grid). */
export function levelText(levels: readonly string[], style: 'national' | 'provincial'): string {
  return levels.map((l) => LEVEL_LABELS[l]?.[style] ?? l).join(', ');
}
