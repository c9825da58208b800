import type { IsoDate } from '@niemyet/core';
import type { CachedCatalogueTable } from '@niemyet/db';
import { useMemo } from 'react';
import { syncCatalogueTable } from './catalogue-cache';
import type { CatalogueRow, DecisionNumbers } from './catalogue-rows';
import { columnsLength, tableRows } from './catalogue-table-data';
import { type CopySync, useDecisionNumbers, useSyncedCopy } from './use-synced-copy';

const syncTable = (options: CopySync<CachedCatalogueTable>) =>
  syncCatalogueTable(options).then((synced) => synced.table);

export interface CatalogueTableView {
  /** The date's table: rows in force and upcoming as columns, the abolished entries. */
  table: CachedCatalogueTable;
  /** The rows in force, in the default order (by code). */
  rows: CatalogueRow[];
  /** Decision numbers by id (the rows of upcoming versions are built with them too). */
  decisionNumbers: DecisionNumbers;
  /** Nothing in force, upcoming or abolished: the workspace has no decisions yet. */
  empty: boolean;
  /** The cached copy is shown while the server is asked whether it changed. */
  checking: boolean;
  /** The server could not be asked (the cached copy, if any, is still shown). */
  error: unknown;
}

export type CatalogueTableLoad =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; view: CatalogueTableView };

/**
 * The catalogue screen's table of `asOf`, from the server through the browser's cache
 * (`syncCatalogueTable`): the kept copy as soon as it is read, the server's word (304, or a new
 * snapshot) after. Asked again when the date changes or `refreshKey` moves (an import
 * finished); rows are built only when the table or the decision numbers change.
 */
export function useCatalogueTable(asOf: IsoDate, refreshKey: number): CatalogueTableLoad {
  const { copy: table, checking, error } = useSyncedCopy(asOf, refreshKey, syncTable);
  const numbers = useDecisionNumbers(refreshKey);

  const rows = useMemo(() => (table ? tableRows(table.inForce, numbers) : null), [table, numbers]);

  if (table && rows) {
    const empty = rows.length === 0 && columnsLength(table.upcoming) === 0 && table.abolished.length === 0;
    return { kind: 'ready', view: { table, rows, decisionNumbers: numbers, empty, checking, error } };
  }
  if (error !== null) return { kind: 'failed', error };
  return { kind: 'loading' };
}
