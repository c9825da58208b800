import { type IsoDate, isValidIsoDate } from '@niemyet/core';

/**
 * The flags view as the address holds it (`#/documents/flags?field=Hộ tịch&at=2025-01-01`):
 * the date and the field or agency clicked. Anything else is dropped.
 */
export interface FlagsSearch {
  at?: IsoDate;
  field?: string;
  agency?: string;
  page?: number;
}

export const FLAGS_PAGE_SIZE = 100;

export function parseFlagsSearch(search: Record<string, unknown>): FlagsSearch {
  const parsed: FlagsSearch = {};
  if (typeof search.at === 'string' && isValidIsoDate(search.at)) parsed.at = search.at;
  if (typeof search.field === 'string' && search.field !== '') parsed.field = search.field.slice(0, 300);
  if (typeof search.agency === 'string' && search.agency !== '') parsed.agency = search.agency.slice(0, 300);
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1) parsed.page = page;
  return parsed;
}

export function flagsQuery(search: FlagsSearch) {
  return {
    ...(search.at ? { at: search.at } : {}),
    ...(search.field ? { field: search.field } : {}),
    ...(search.agency ? { agency: search.agency } : {}),
    limit: FLAGS_PAGE_SIZE,
    offset: ((search.page ?? 1) - 1) * FLAGS_PAGE_SIZE,
  };
}
