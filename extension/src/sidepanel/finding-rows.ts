import type { AuditFinding, AuditStatus } from '@niemyet/core';
import { damagedFields, normalizeText } from '@niemyet/core';

/**
 * The side panel's rows and filters, pure (tested without a DOM). A finding carries what the
 * audit decided; the level, field and agency of a row come from the catalogue procedure it
 * matched (the reviewed truth), so rows the catalogue does not know have none.
 */

export interface Facets {
  levels: string[];
  field: string | null;
  agency: string | null;
}

export interface FindingRow {
  /** Index of the finding in the audit (stable key, and the `rowIndex` fallback for notes). */
  index: number;
  finding: AuditFinding;
  status: AuditStatus;
  code: string | null;
  name: string;
  levels: string[];
  field: string | null;
  agency: string | null;
  /** Names of the fields that differ. */
  diffFields: string[];
  /** Those of them whose text arrived damaged (not compared: the portal must re-enter it). */
  damagedFields: string[];
  /** Comparison form of code + name, for the search box. */
  searchText: string;
}

export type StatusFilter = 'all' | 'discrepancies' | AuditStatus;

export interface FindingFilter {
  status: StatusFilter;
  /** Empty string = any. `NONE` = rows without a value. */
  level: string;
  field: string;
  agency: string;
  diffField: string;
  text: string;
}

export const NONE = '\u0000none';

export const EMPTY_FILTER: FindingFilter = {
  status: 'all',
  level: '',
  field: '',
  agency: '',
  diffField: '',
  text: '',
};

export function buildFindingRows(
  findings: readonly AuditFinding[],
  facetsOf: (procedureId: string) => Facets | undefined,
): FindingRow[] {
  return findings.map((finding, index) => {
    const facets = finding.procedureId ? facetsOf(finding.procedureId) : undefined;
    return {
      index,
      finding,
      status: finding.status,
      code: finding.code,
      name: finding.name,
      levels: facets?.levels ?? [],
      field: facets?.field ?? null,
      agency: facets?.agency ?? null,
      diffFields: finding.diffs.map((d) => d.field),
      damagedFields: damagedFields(finding),
      searchText: normalizeText(`${finding.rawCode ?? finding.code ?? ''} ${finding.name}`),
    };
  });
}

export function isDiscrepancy(status: AuditStatus): boolean {
  return status !== 'match';
}

function matchesValue(wanted: string, value: string | null): boolean {
  if (wanted === '') return true;
  if (wanted === NONE) return value === null || value === '';
  return value === wanted;
}

export function filterFindingRows(rows: readonly FindingRow[], filter: FindingFilter): FindingRow[] {
  const text = filter.text.trim() ? normalizeText(filter.text) : '';
  return rows.filter((row) => {
    if (
      filter.status === 'discrepancies'
        ? !isDiscrepancy(row.status)
        : filter.status !== 'all' && row.status !== filter.status
    )
      return false;
    if (filter.level !== '') {
      if (filter.level === NONE ? row.levels.length > 0 : !row.levels.includes(filter.level)) return false;
    }
    if (!matchesValue(filter.field, row.field)) return false;
    if (!matchesValue(filter.agency, row.agency)) return false;
    if (filter.diffField !== '' && !row.diffFields.includes(filter.diffField)) return false;
    if (text && !row.searchText.includes(text)) return false;
    return true;
  });
}

export interface FacetOptions {
  levels: string[];
  fields: string[];
  agencies: string[];
  diffFields: string[];
}

const byVietnamese = (a: string, b: string) => a.localeCompare(b, 'vi');

/** The values each filter can take, from the rows themselves (sorted the Vietnamese way). */
export function facetOptions(rows: readonly FindingRow[]): FacetOptions {
  const levels = new Set<string>();
  const fields = new Set<string>();
  const agencies = new Set<string>();
  const diffFields = new Set<string>();
  for (const row of rows) {
    for (const level of row.levels) levels.add(level);
    if (row.field) fields.add(row.field);
    if (row.agency) agencies.add(row.agency);
    for (const f of row.diffFields) diffFields.add(f);
  }
  return {
    levels: [...levels].sort(byVietnamese),
    fields: [...fields].sort(byVietnamese),
    agencies: [...agencies].sort(byVietnamese),
    diffFields: [...diffFields],
  };
}

/**
 * The next (or previous) discrepancy among the shown rows, from the selected one; wraps
 * around. With nothing selected, the first (or last). Null when no shown row is a discrepancy.
 */
export function adjacentChange(
  rows: readonly FindingRow[],
  selected: number | null,
  direction: 1 | -1,
): FindingRow | null {
  const changes = rows.filter((r) => isDiscrepancy(r.status));
  if (changes.length === 0) return null;
  if (selected === null) return direction === 1 ? changes[0]! : changes[changes.length - 1]!;
  const position = rows.findIndex((r) => r.index === selected);
  if (position === -1) return direction === 1 ? changes[0]! : changes[changes.length - 1]!;
  for (let step = 1; step <= rows.length; step++) {
    const candidate = rows[(position + direction * step + rows.length * step) % rows.length]!;
    if (isDiscrepancy(candidate.status)) return candidate;
  }
  return null;
}

/** 1-based position of a row among the shown discrepancies, and how many there are. */
export function changePosition(
  rows: readonly FindingRow[],
  selected: number | null,
): { n: number; total: number } {
  const changes = rows.filter((r) => isDiscrepancy(r.status));
  const n = selected === null ? 0 : changes.findIndex((r) => r.index === selected) + 1;
  return { n, total: changes.length };
}
