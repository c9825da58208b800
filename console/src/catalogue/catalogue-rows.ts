import type { ProcedureVersion } from '@niemyet/core';
import { searchKey } from '@niemyet/core';

/**
 * The catalogue as table rows, each with its search key computed once. A keystroke then only
 * tests substrings (20,000 rows in a few milliseconds, DESIGN §9 allows 100 ms). The versions
 * come from a catalogue snapshot (the server's, or the copy cached in this browser); decision
 * numbers from a map by decision id, since a snapshot names decisions by id only. Rows are
 * cached by version object, so filling in the numbers later rebuilds only the rows that change.
 */

export interface CatalogueRow {
  procedureId: string;
  code: string | null;
  name: string;
  levels: readonly string[];
  field: string | null;
  agency: string | null;
  /** null: in force since before the recorded decisions. */
  effectiveFrom: string | null;
  decisionNumber: string | null;
  /** `searchKey` of code, name, field, agency and decision number: what a user may type. */
  searchText: string;
}

export type CatalogueRowCache = WeakMap<ProcedureVersion, CatalogueRow>;

/** Decision numbers by decision id. */
export type DecisionNumbers = ReadonlyMap<string, string>;

export function catalogueRows(
  versions: Iterable<ProcedureVersion>,
  decisionNumbers: DecisionNumbers,
  cache: CatalogueRowCache = new WeakMap(),
): CatalogueRow[] {
  const rows: CatalogueRow[] = [];
  for (const version of versions) {
    const number = version.decisionId === null ? null : (decisionNumbers.get(version.decisionId) ?? null);
    let row = cache.get(version);
    if (!row || row.decisionNumber !== number) {
      row = rowOf(version, number);
      cache.set(version, row);
    }
    rows.push(row);
  }
  return rows.sort(compareByCode);
}

function rowOf(version: ProcedureVersion, decisionNumber: string | null): CatalogueRow {
  const searchable = [version.code, version.name, version.field, version.agency, decisionNumber];
  return {
    procedureId: version.procedureId,
    code: version.code,
    name: version.name,
    levels: version.levels,
    field: version.field,
    agency: version.agency,
    effectiveFrom: version.effectiveFrom,
    decisionNumber,
    searchText: searchKey(searchable.filter((part) => part !== null).join(' ')),
  };
}

/**
 * The table's default order: coded procedures by code, then those without a code by name
 * (code-unit order: the same everywhere). Rows and versions alike.
 */
export function compareByCode(
  a: { code: string | null; name: string },
  b: { code: string | null; name: string },
): number {
  if (a.code !== b.code) {
    if (a.code === null) return 1;
    if (b.code === null) return -1;
    return a.code < b.code ? -1 : 1;
  }
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * The rows matching a query, diacritic-insensitively: every word of the query must occur in
 * the row ("dang ky khai sinh" and "khai sinh đăng ký" both find "Đăng ký khai sinh").
 */
export function searchCatalogue(rows: readonly CatalogueRow[], query: string): readonly CatalogueRow[] {
  const key = searchKey(query);
  if (key === '') return rows;
  const words = key.split(' ');
  if (words.length === 1) return rows.filter((row) => row.searchText.includes(key));
  // The whole phrase first: it is the common case and one test per row.
  return rows.filter(
    (row) => row.searchText.includes(key) || words.every((word) => row.searchText.includes(word)),
  );
}
