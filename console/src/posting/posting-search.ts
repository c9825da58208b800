import { type IsoDate, isValidIsoDate, type OfficeSummary } from '@niemyet/core';

/**
 * The posting screens' views as the address holds them, so a supervisor's link reproduces
 * them: the office list's filters (`#/posting?pending=1&overdue=1`) and one office's tab and
 * sheet date (`#/posting/<id>?tab=sheet&at=2026-12-01`). Anything else, or a value that does
 * not read, is dropped rather than refused: an old or hand-edited link still opens the page.
 */

export interface OfficeListSearch {
  /** Only offices with something to take down, replace or add (`1`: the address reads `pending=1`). */
  pending?: 1;
  /** Only offices past their re-posting deadline. */
  overdue?: 1;
}

const isOn = (value: unknown) => value === true || value === 1 || value === '1' || value === 'true';

export function parseOfficeListSearch(search: Record<string, unknown>): OfficeListSearch {
  return {
    ...(isOn(search.pending) ? { pending: 1 as const } : {}),
    ...(isOn(search.overdue) ? { overdue: 1 as const } : {}),
  };
}

export function pendingCount(office: Pick<OfficeSummary, 'counts'>): number {
  return office.counts['take-down'] + office.counts.replace + office.counts.add;
}

/** The offices the filters keep, in the server's order (overdue first). */
export function filterOffices<T extends Pick<OfficeSummary, 'counts' | 'deadline'>>(
  offices: readonly T[],
  search: OfficeListSearch,
): T[] {
  return offices.filter(
    (office) =>
      (!search.pending || pendingCount(office) > 0) && (!search.overdue || office.deadline?.overdue === true),
  );
}

export const OFFICE_TABS = ['checklist', 'sheet', 'public'] as const;
export type OfficeTab = (typeof OFFICE_TABS)[number];

export interface OfficeSearch {
  tab?: Exclude<OfficeTab, 'checklist'>;
  /** The sheet's date; absent: today in Vietnam. */
  at?: IsoDate;
}

export function parseOfficeSearch(search: Record<string, unknown>): OfficeSearch {
  const tab = search.tab === 'sheet' || search.tab === 'public' ? search.tab : undefined;
  const at = typeof search.at === 'string' && isValidIsoDate(search.at) ? search.at : undefined;
  return { ...(tab ? { tab } : {}), ...(at ? { at } : {}) };
}
