import { type IsoDate, isValidIsoDate } from '@niemyet/core';
import { type Period, presetPeriod } from '../period/period-presets';

/**
 * The report's period as the address holds it (`#/reports?from=2020-01-01&to=2020-12-31`), so
 * a link reproduces the report; without one (or with one that is no period) the report is of
 * this year, the period supervisors write most.
 */
export interface ReportsSearch {
  from?: IsoDate;
  to?: IsoDate;
}

export function parseReportsSearch(search: Record<string, unknown>): ReportsSearch {
  const from = typeof search.from === 'string' && isValidIsoDate(search.from) ? search.from : undefined;
  const to = typeof search.to === 'string' && isValidIsoDate(search.to) ? search.to : undefined;
  if (!from || !to || from > to) return {};
  return { from, to };
}

export function reportPeriod(search: ReportsSearch, today: IsoDate): Period {
  return search.from && search.to ? { from: search.from, to: search.to } : presetPeriod('thisYear', today);
}
