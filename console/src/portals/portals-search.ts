import { FindingListQuerySchema } from '@niemyet/core';
import type { FindingFilter } from '../api/portal-watches';

/**
 * The inbox's view as the address holds it
 * (`#/portals?state=open&kind=changed&assignee=me&olderThan=7&q=…&finding=f-1`), so a link
 * reproduces it: the contract's filters and `finding` (the finding whose panel is open). A
 * parameter that does not pass the contract's schema is dropped rather than refused: an old or
 * hand-edited link still opens the inbox.
 */
export interface PortalsSearch extends FindingFilter {
  finding?: string;
}

const FILTER_KEYS = [
  'portal',
  'state',
  'kind',
  'agency',
  'field',
  'assignee',
  'olderThan',
  'q',
  'watch',
] as const;

export function parsePortalsSearch(search: Record<string, unknown>): PortalsSearch {
  const parsed: PortalsSearch = {};
  for (const key of FILTER_KEYS) {
    const raw = search[key];
    if (raw === undefined || raw === '') continue;
    // The router's search parser turns digit-only values into numbers; only `olderThan` is one.
    const value = key === 'olderThan' ? raw : typeof raw === 'number' ? String(raw) : raw;
    const checked = FindingListQuerySchema.shape[key].safeParse(value);
    if (checked.success && checked.data !== undefined)
      (parsed as Record<string, unknown>)[key] = checked.data;
  }
  const finding = search.finding;
  if (typeof finding === 'string' && finding !== '') parsed.finding = finding;
  else if (typeof finding === 'number') parsed.finding = String(finding);
  return parsed;
}

/** The filter part of the view: what the list and the exports ask the server for. */
export function findingFilter(search: PortalsSearch): FindingFilter {
  const { finding: _finding, ...filter } = search;
  return filter;
}

export function hasFindingFilters(search: PortalsSearch): boolean {
  return Object.keys(findingFilter(search)).length > 0;
}
