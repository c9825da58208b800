import { type IsoDate, isValidIsoDate } from '@niemyet/core';

/** A valid `asOf` kept, anything else dropped: the page then shows today in Vietnam. */
export function asOfSearch(search: Record<string, unknown>): { asOf?: IsoDate } {
  return typeof search.asOf === 'string' && isValidIsoDate(search.asOf) ? { asOf: search.asOf } : {};
}
