import { type CatalogueSnapshot, type ProcedureVersion, searchKey } from '@niemyet/core';
import type { CachedCatalogueTable, CatalogueRowColumns } from '@niemyet/db';
import { type CatalogueRow, compareByCode, type DecisionNumbers } from './catalogue-rows';

/**
 * The catalogue screen's data of a snapshot (`CachedCatalogueTable`): the rows in force and
 * upcoming as columns, in the table's default order (code, procedures without one last by
 * name), with their search keys; the abolished entries as the snapshot has them. Built once
 * when the server sends a snapshot and kept in IndexedDB beside it, so reading a date back
 * clones a few arrays and nothing is sorted or keyed again before the first paint.
 */

/** Joins a row's levels in one string (no level contains U+001F). */
const LEVEL_SEPARATOR = '\u001f';

const tables = new WeakMap<CatalogueSnapshot, CachedCatalogueTable>();

/** The table of a snapshot, built once per snapshot object. */
export function catalogueTableOf(snapshot: CatalogueSnapshot): CachedCatalogueTable {
  let table = tables.get(snapshot);
  if (!table) {
    table = {
      hash: snapshot.hash,
      asOf: snapshot.asOf,
      inForce: rowColumns(snapshot.procedures),
      upcoming: rowColumns(snapshot.upcoming),
      abolished: snapshot.abolished,
    };
    tables.set(snapshot, table);
  }
  return table;
}

function rowColumns(versions: readonly ProcedureVersion[]): CatalogueRowColumns {
  const sorted = [...versions].sort(compareByCode);
  return {
    procedureId: sorted.map((v) => v.procedureId),
    code: sorted.map((v) => v.code),
    name: sorted.map((v) => v.name),
    levels: sorted.map((v) => v.levels.join(LEVEL_SEPARATOR)),
    field: sorted.map((v) => v.field),
    agency: sorted.map((v) => v.agency),
    effectiveFrom: sorted.map((v) => v.effectiveFrom),
    decisionId: sorted.map((v) => v.decisionId),
    searchBase: sorted.map((v) =>
      searchKey([v.code, v.name, v.field, v.agency].filter((part) => part !== null).join(' ')),
    ),
  };
}

/** How many rows the columns hold. */
export function columnsLength(columns: CatalogueRowColumns): number {
  return columns.procedureId.length;
}

const built = new WeakMap<CatalogueRowColumns, { numbers: DecisionNumbers; rows: CatalogueRow[] }>();

/**
 * The columns as table rows, in their stored (default) order, with the decision numbers known
 * so far: their search key is the stored one plus the number's. Built once per columns and set
 * of numbers, so going back to a date held in memory builds nothing.
 */
export function tableRows(columns: CatalogueRowColumns, numbers: DecisionNumbers): CatalogueRow[] {
  const known = built.get(columns);
  if (known?.numbers === numbers) return known.rows;
  const count = columnsLength(columns);
  const rows = new Array<CatalogueRow>(count);
  for (let i = 0; i < count; i++) {
    const decisionId = columns.decisionId[i]!;
    const decisionNumber = decisionId === null ? null : (numbers.get(decisionId) ?? null);
    const base = columns.searchBase[i]!;
    const numberKey = decisionNumber === null ? '' : searchKey(decisionNumber);
    const levels = columns.levels[i]!;
    rows[i] = {
      procedureId: columns.procedureId[i]!,
      code: columns.code[i]!,
      name: columns.name[i]!,
      levels: levels === '' ? [] : levels.split(LEVEL_SEPARATOR),
      field: columns.field[i]!,
      agency: columns.agency[i]!,
      effectiveFrom: columns.effectiveFrom[i]!,
      decisionNumber,
      searchText: base === '' || numberKey === '' ? base + numberKey : `${base} ${numberKey}`,
    };
  }
  built.set(columns, { numbers, rows });
  return rows;
}
