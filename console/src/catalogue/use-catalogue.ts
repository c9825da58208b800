import type { CatalogueSnapshot, IsoDate } from '@niemyet/core';
import { useMemo, useRef } from 'react';
import { syncCatalogue } from './catalogue-cache';
import {
  type CatalogueRow,
  type CatalogueRowCache,
  catalogueRows,
  type DecisionNumbers,
} from './catalogue-rows';
import { type CopySync, useDecisionNumbers, useSyncedCopy } from './use-synced-copy';

const syncSnapshot = (options: CopySync<CatalogueSnapshot>) =>
  syncCatalogue(options).then((synced) => synced.snapshot);

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
  const { copy: snapshot, checking, error } = useSyncedCopy(asOf, refreshKey, syncSnapshot);
  const numbers = useDecisionNumbers(refreshKey);
  const cache = useRef<CatalogueRowCache>(new WeakMap());

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
