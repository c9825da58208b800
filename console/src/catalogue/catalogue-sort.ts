import { compareLevels } from '@niemyet/core';
import type { CatalogueRow } from './catalogue-rows';

/**
 * Orders of the catalogue table, by any column, either way. Names, fields and agencies follow
 * Vietnamese collation (Đ after D, Ấ with A: `Intl.Collator('vi')`), decision numbers too but
 * with their digits read as numbers (9/QĐ before 40/QĐ), levels from central to commune, dates
 * chronologically (a version in force "since before the records" is the earliest).
 *
 * Comparing with a collator is the slow part, so each column's values are ranked once per set
 * of rows (cached by the rows array: a new date gives new rows) and rows are then ordered by
 * integer ranks. The search filters the sorted rows, which keeps their order: a keystroke
 * never sorts.
 */

export type CatalogueSortColumn =
  | 'code'
  | 'name'
  | 'levels'
  | 'field'
  | 'agency'
  | 'effectiveFrom'
  | 'decision';

export interface CatalogueSort {
  column: CatalogueSortColumn;
  desc: boolean;
}

/** The order rows come in (`catalogueRows`, `tableRows`): by code, procedures without one last. */
export const DEFAULT_CATALOGUE_SORT: CatalogueSort = { column: 'code', desc: false };

const VIETNAMESE = new Intl.Collator('vi');
const VIETNAMESE_NUMBERED = new Intl.Collator('vi', { numeric: true });

interface ColumnOrder<V> {
  value(row: CatalogueRow): V | null;
  compare(a: V, b: V): number;
  /** Where rows without a value go: `last` whichever the direction, or `earliest` (a date before all). */
  missing: 'last' | 'earliest';
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareLevelLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareLevels(a[i]!, b[i]!) || VIETNAMESE.compare(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

const ORDERS: { [C in CatalogueSortColumn]: ColumnOrder<string> | ColumnOrder<readonly string[]> } = {
  // Codes are ASCII ("1.004227", "1.012753.H19"): code-unit order, as the default order has it.
  code: { value: (row) => row.code, compare: byCodeUnits, missing: 'last' },
  name: { value: (row) => row.name, compare: VIETNAMESE.compare, missing: 'last' },
  levels: {
    value: (row) => (row.levels.length > 0 ? [...row.levels].sort(compareLevels) : null),
    compare: compareLevelLists,
    missing: 'last',
  },
  field: { value: (row) => row.field || null, compare: VIETNAMESE.compare, missing: 'last' },
  agency: { value: (row) => row.agency || null, compare: VIETNAMESE.compare, missing: 'last' },
  // ISO dates order as text.
  effectiveFrom: { value: (row) => row.effectiveFrom, compare: byCodeUnits, missing: 'earliest' },
  decision: { value: (row) => row.decisionNumber, compare: VIETNAMESE_NUMBERED.compare, missing: 'last' },
};

/** Rank of each row's value (by position in the rows); -1 for a row without one. */
type Ranks = Int32Array;

const rankCache = new WeakMap<readonly CatalogueRow[], Map<CatalogueSortColumn, Ranks>>();

function ranksOf(rows: readonly CatalogueRow[], column: CatalogueSortColumn): Ranks {
  let byColumn = rankCache.get(rows);
  if (!byColumn) {
    byColumn = new Map();
    rankCache.set(rows, byColumn);
  }
  let ranks = byColumn.get(column);
  if (!ranks) {
    ranks = computeRanks(rows, ORDERS[column] as ColumnOrder<unknown>);
    byColumn.set(column, ranks);
  }
  return ranks;
}

function computeRanks<V>(rows: readonly CatalogueRow[], order: ColumnOrder<V>): Ranks {
  const values = rows.map((row) => order.value(row));
  // Distinct values are compared, not rows: 20,000 rows have a handful of fields and agencies.
  const distinct = new Map<string, V>();
  for (const value of values) if (value !== null) distinct.set(keyOf(value), value);
  const sorted = [...distinct.entries()].sort((a, b) => order.compare(a[1], b[1]));
  const rankByKey = new Map<string, number>();
  let rank = 0;
  sorted.forEach(([key, value], i) => {
    if (i > 0 && order.compare(sorted[i - 1]![1], value) !== 0) rank = i;
    rankByKey.set(key, rank);
  });
  const ranks = new Int32Array(rows.length);
  values.forEach((value, i) => {
    ranks[i] = value === null ? -1 : rankByKey.get(keyOf(value))!;
  });
  return ranks;
}

function keyOf(value: unknown): string {
  return typeof value === 'string' ? value : (value as string[]).join('\u0000');
}

/**
 * The rows in the asked order. Ties keep the default order (by code) in both directions, so
 * reversing a column reverses its values, not the procedures within one value.
 */
export function sortCatalogue(rows: readonly CatalogueRow[], sort: CatalogueSort): readonly CatalogueRow[] {
  if (sort.column === DEFAULT_CATALOGUE_SORT.column && !sort.desc) return rows;
  const ranks = ranksOf(rows, sort.column);
  const { missing } = ORDERS[sort.column];
  const direction = sort.desc ? -1 : 1;
  // A missing value is the lowest rank when it means "earliest", and always after the rest when it means "none".
  const missingLast = missing === 'last';
  const indexes = Array.from(rows.keys());
  indexes.sort((a, b) => {
    const ra = ranks[a]!;
    const rb = ranks[b]!;
    if (missingLast && (ra === -1) !== (rb === -1)) return ra === -1 ? 1 : -1;
    return (ra - rb) * direction || a - b;
  });
  return indexes.map((i) => rows[i]!);
}
