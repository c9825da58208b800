import type { CatalogueSnapshot, IsoDate } from '@niemyet/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useApi } from '../api/api-context';
import { issuedDecisionNumbers } from '../api/decisions';
import { useConsoleDb } from '../db/use-console-db';
import { syncCatalogue } from './catalogue-cache';
import {
  type CatalogueRow,
  type CatalogueRowCache,
  catalogueRows,
  type DecisionNumbers,
} from './catalogue-rows';

export interface CatalogueView {
  snapshot: CatalogueSnapshot;
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

export type CatalogueLoad =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; view: CatalogueView };

/**
 * The catalogue in force on `asOf`, from the server through the browser's cache
 * (`catalogue-cache.ts`). It is asked again when the date changes or `refreshKey` moves (an
 * import finished); rows are rebuilt only when the snapshot or the decision numbers change,
 * never per keystroke.
 */
export function useCatalogue(asOf: IsoDate, refreshKey: number): CatalogueLoad {
  const db = useConsoleDb();
  const client = useApi();
  const [snapshot, setSnapshot] = useState<CatalogueSnapshot | null>(null);
  const [checking, setChecking] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [numbers, setNumbers] = useState<DecisionNumbers>(new Map());
  const cache = useRef<CatalogueRowCache>(new WeakMap());

  useEffect(() => {
    // A new refreshKey (an import wrote something) asks the server again for the same date.
    void refreshKey;
    const controller = new AbortController();
    setChecking(true);
    setError(null);
    // Another date's catalogue must not stay on screen under this date's heading.
    setSnapshot((current) => (current?.asOf === asOf ? current : null));
    syncCatalogue({
      db,
      client,
      asOf,
      signal: controller.signal,
      onCached: (cached) => !controller.signal.aborted && setSnapshot(cached),
    })
      .then((synced) => {
        if (controller.signal.aborted) return;
        setSnapshot((current) => (current?.hash === synced.snapshot.hash ? current : synced.snapshot));
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

  const rows = useMemo(
    () => (snapshot ? catalogueRows(snapshot.procedures, numbers, cache.current) : null),
    [snapshot, numbers],
  );

  if (snapshot && rows) {
    const empty =
      snapshot.procedures.length === 0 && snapshot.upcoming.length === 0 && snapshot.abolished.length === 0;
    return { kind: 'ready', view: { snapshot, rows, decisionNumbers: numbers, empty, checking, error } };
  }
  if (error !== null) return { kind: 'failed', error };
  return { kind: 'loading' };
}
