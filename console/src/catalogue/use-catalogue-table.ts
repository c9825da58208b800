import type { IsoDate } from '@niemyet/core';
import type { CachedCatalogueTable } from '@niemyet/db';
import { useEffect, useMemo, useState } from 'react';
import { useApi } from '../api/api-context';
import { issuedDecisionNumbers } from '../api/decisions';
import { useConsoleDb } from '../db/use-console-db';
import { syncCatalogueTable } from './catalogue-cache';
import type { CatalogueRow, DecisionNumbers } from './catalogue-rows';
import { columnsLength, tableRows } from './catalogue-table-data';

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
  const db = useConsoleDb();
  const client = useApi();
  const [table, setTable] = useState<CachedCatalogueTable | null>(null);
  const [checking, setChecking] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [numbers, setNumbers] = useState<DecisionNumbers>(new Map());

  useEffect(() => {
    // A new refreshKey (an import wrote something) asks the server again for the same date.
    void refreshKey;
    const controller = new AbortController();
    setChecking(true);
    setError(null);
    // Another date's catalogue must not stay on screen under this date's heading.
    setTable((current) => (current?.asOf === asOf ? current : null));
    syncCatalogueTable({
      db,
      client,
      asOf,
      signal: controller.signal,
      onCached: (cached) => !controller.signal.aborted && setTable(cached),
    })
      .then((synced) => {
        if (controller.signal.aborted) return;
        setTable((current) => (current?.hash === synced.table.hash ? current : synced.table));
        setChecking(false);
      })
      .catch((cause) => {
        if (controller.signal.aborted) return;
        setError(cause);
        setChecking(false);
      });
    return () => controller.abort();
  }, [db, client, asOf, refreshKey]);

  useEffect(() => {
    void refreshKey;
    const controller = new AbortController();
    issuedDecisionNumbers(client, controller.signal)
      .then((found) => !controller.signal.aborted && setNumbers(found))
      // Without numbers the column stays empty; the catalogue itself is what matters.
      .catch(() => {});
    return () => controller.abort();
  }, [client, refreshKey]);

  const rows = useMemo(() => (table ? tableRows(table.inForce, numbers) : null), [table, numbers]);

  if (table && rows) {
    const empty = rows.length === 0 && columnsLength(table.upcoming) === 0 && table.abolished.length === 0;
    return { kind: 'ready', view: { table, rows, decisionNumbers: numbers, empty, checking, error } };
  }
  if (error !== null) return { kind: 'failed', error };
  return { kind: 'loading' };
}
