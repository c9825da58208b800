import { type ChangeLogFilter, ChangeLogFilterSchema } from '@niemyet/core';

/**
 * The change-log view as the address holds it (`#/changes?from=2020-01-01&to=2020-12-31&action=new`),
 * so a link reproduces it: the contract's filters, and `entry` (the seq of the entry whose
 * diff is open). Dates are ISO in the address and dd/mm/yyyy on screen. A parameter that does
 * not pass the contract's schema is dropped rather than refused: an old or hand-edited link
 * still opens the log.
 */
export interface ChangesSearch extends ChangeLogFilter {
  entry?: number;
}

const FILTER_KEYS = Object.keys(ChangeLogFilterSchema.shape) as (keyof ChangeLogFilter)[];

export function parseChangesSearch(search: Record<string, unknown>): ChangesSearch {
  const parsed: ChangesSearch = {};
  for (const key of FILTER_KEYS) {
    const raw = search[key];
    if (raw === undefined || raw === '') continue;
    // The router's search parser turns digit-only values into numbers (a decision id, a code).
    const value = typeof raw === 'number' ? String(raw) : raw;
    const checked = ChangeLogFilterSchema.shape[key].safeParse(value);
    if (checked.success && checked.data !== undefined)
      (parsed as Record<string, unknown>)[key] = checked.data;
  }
  const entry = Number(search.entry);
  if (search.entry !== undefined && Number.isInteger(entry) && entry >= 0) parsed.entry = entry;
  return parsed;
}

/** The filter part of the view: what the list and the exports ask the server for. */
export function changesFilter(search: ChangesSearch): ChangeLogFilter {
  const { entry: _entry, ...filter } = search;
  return filter;
}

export function hasFilters(search: ChangesSearch): boolean {
  return Object.keys(changesFilter(search)).length > 0;
}
