import {
  type CatalogueHistory,
  type CatalogueState,
  catalogueAt,
  foldCatalogue,
  type IsoDate,
} from '@niemyet/core';
import { useMemo } from 'react';
import { useWorkspaceHistory } from '../db/use-workspace-history';
import { type CatalogueRow, type CatalogueRowCache, catalogueRows } from './catalogue-rows';

export interface CatalogueView {
  history: CatalogueHistory;
  state: CatalogueState;
  rows: CatalogueRow[];
  /** Nothing recorded yet: no decisions and no baseline. */
  empty: boolean;
}

/**
 * The catalogue in force on `asOf`. Each step is memoised on what it depends on: the fold
 * runs again only when the stored history changes (an import), `catalogueAt` when the date
 * changes, and searching never touches either.
 */
export function useCatalogue(asOf: IsoDate): CatalogueView | undefined {
  const inputs = useWorkspaceHistory();
  const folded = useMemo(() => {
    if (!inputs) return undefined;
    const history = foldCatalogue(inputs.baseline, inputs.decisions);
    const cache: CatalogueRowCache = new WeakMap();
    return { history, cache, empty: inputs.decisions.length === 0 && inputs.baseline.length === 0 };
  }, [inputs]);
  return useMemo(() => {
    if (!folded) return undefined;
    const state = catalogueAt(folded.history, asOf);
    const rows = catalogueRows(state, folded.history.decisionsById, folded.cache);
    return { history: folded.history, state, rows, empty: folded.empty };
  }, [folded, asOf]);
}
