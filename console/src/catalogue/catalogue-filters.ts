import {
  type AbolishedProcedure,
  compareLevels,
  type IsoDate,
  isValidIsoDate,
  searchKey,
} from '@niemyet/core';
import type { CatalogueRow } from './catalogue-rows';

/**
 * The catalogue's view as the address holds it (`#/?asOf=…&status=upcoming&field=Hộ tịch&q=…`),
 * so a link reproduces what was on screen, and the filters that narrow the rows: which part of
 * the snapshot (in force, upcoming, abolished), then level, field and agency by exact value
 * (the values present, offered as choices), then the text search.
 */

export const CATALOGUE_STATUSES = ['in-force', 'upcoming', 'abolished'] as const;
export type CatalogueStatus = (typeof CATALOGUE_STATUSES)[number];

export interface CatalogueFilters {
  level?: string;
  field?: string;
  agency?: string;
}

export interface CatalogueSearch extends CatalogueFilters {
  asOf?: IsoDate;
  /** Absent: in force. */
  status?: Exclude<CatalogueStatus, 'in-force'>;
  q?: string;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** What the address says, with anything not understood dropped (an old link still opens). */
export function parseCatalogueSearch(search: Record<string, unknown>): CatalogueSearch {
  const parsed: CatalogueSearch = {};
  if (typeof search.asOf === 'string' && isValidIsoDate(search.asOf)) parsed.asOf = search.asOf;
  if (search.status === 'upcoming' || search.status === 'abolished') parsed.status = search.status;
  // A code-like value of digits comes through the search parser as a number.
  for (const key of ['level', 'field', 'agency', 'q'] as const) {
    const value = text(typeof search[key] === 'number' ? String(search[key]) : search[key]);
    if (value !== undefined) parsed[key] = value;
  }
  return parsed;
}

export interface CatalogueFilterOptions {
  levels: string[];
  fields: string[];
  agencies: string[];
}

const VIETNAMESE = new Intl.Collator('vi');

/** The distinct levels, fields and agencies of the rows: one pass, then sorted for the selects. */
export function catalogueFilterOptions(rows: readonly CatalogueRow[]): CatalogueFilterOptions {
  const levels = new Set<string>();
  const fields = new Set<string>();
  const agencies = new Set<string>();
  for (const row of rows) {
    for (const level of row.levels) levels.add(level);
    if (row.field !== null) fields.add(row.field);
    if (row.agency !== null) agencies.add(row.agency);
  }
  return {
    levels: [...levels].sort(compareLevels),
    fields: [...fields].sort(VIETNAMESE.compare),
    agencies: [...agencies].sort(VIETNAMESE.compare),
  };
}

/** The rows every given filter accepts, in their order; the same array when no filter is set. */
export function filterCatalogue(
  rows: readonly CatalogueRow[],
  filters: CatalogueFilters,
): readonly CatalogueRow[] {
  const { level, field, agency } = filters;
  if (level === undefined && field === undefined && agency === undefined) return rows;
  return rows.filter(
    (row) =>
      (level === undefined || row.levels.includes(level)) &&
      (field === undefined || row.field === field) &&
      (agency === undefined || row.agency === agency),
  );
}

/**
 * Abolished procedures as table rows: the snapshot keeps their code, name, levels and the
 * abolishing decision (not their field or agency); the date column holds the day they ended.
 */
export function abolishedRows(abolished: readonly AbolishedProcedure[]): CatalogueRow[] {
  return abolished.map((entry) => ({
    procedureId: entry.procedureId,
    code: entry.code,
    name: entry.name,
    levels: entry.levels,
    field: null,
    agency: null,
    effectiveFrom: entry.abolishedOn,
    decisionNumber: entry.decisionNumber,
    searchText: searchKey(
      [entry.code, entry.name, entry.decisionNumber].filter((part) => part !== null).join(' '),
    ),
  }));
}
