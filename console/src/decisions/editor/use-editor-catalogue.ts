import { type DecisionItem, type IsoDate, type ProcedureVersion, todayInVietnam } from '@niemyet/core';
import { useCallback, useMemo } from 'react';
import type { CatalogueRow } from '../../catalogue/catalogue-rows';
import { useCatalogue } from '../../catalogue/use-catalogue';

export interface EditorCatalogue {
  /** The date asked for: the decision's effective date, or today while it has none. */
  asOf: IsoDate;
  state: 'loading' | 'failed' | 'ready';
  error: unknown;
  /** The catalogue's rows (for the picker's search), empty until loaded. */
  rows: readonly CatalogueRow[];
  /** In force on `asOf`, by procedureId: what validation and the item editor compare with. */
  active: ReadonlyMap<string, ProcedureVersion> | null;
  /** The version in force an item names (by procedureId, else by code). */
  inForce(item: Pick<DecisionItem, 'procedureId' | 'code'>): ProcedureVersion | undefined;
}

const NO_ROWS: readonly CatalogueRow[] = [];

/**
 * The catalogue in force on the decision's effective date, through the console's cached
 * catalogue client (a date seen before opens at once). The maps are built once per snapshot,
 * not per edit: local validation runs on every keystroke.
 */
export function useEditorCatalogue(effectiveOn: IsoDate | null): EditorCatalogue {
  const asOf = effectiveOn ?? todayInVietnam();
  const load = useCatalogue(asOf, 0);
  const snapshot = load.kind === 'ready' ? load.view.snapshot : null;
  const active = useMemo(
    () => (snapshot ? new Map(snapshot.procedures.map((version) => [version.procedureId, version])) : null),
    [snapshot],
  );
  const byCode = useMemo(() => {
    const map = new Map<string, ProcedureVersion>();
    if (active) for (const version of active.values()) if (version.code) map.set(version.code, version);
    return map;
  }, [active]);
  const inForce = useCallback(
    (item: Pick<DecisionItem, 'procedureId' | 'code'>) =>
      active?.get(item.procedureId) ?? (item.code ? byCode.get(item.code) : undefined),
    [active, byCode],
  );
  return {
    asOf,
    state: load.kind,
    error: load.kind === 'failed' ? load.error : load.kind === 'ready' ? load.view.error : null,
    rows: load.kind === 'ready' ? load.view.rows : NO_ROWS,
    active: snapshot?.asOf === asOf ? active : null,
    inForce,
  };
}
