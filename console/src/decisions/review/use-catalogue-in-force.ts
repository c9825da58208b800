import type { IsoDate, ProcedureVersion } from '@niemyet/core';
import { useMemo } from 'react';
import { useCatalogue } from '../../catalogue/use-catalogue';

export type InForceLoad =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; versions: ReadonlyMap<string, ProcedureVersion> };

/**
 * The versions in force on `date`, by procedure id: what a decision's items are compared
 * with. Read by the catalogue screen's own hook (browser cache, 304 when current), so the
 * review and the editor on one page share one snapshot instead of fetching it each; a cached
 * copy stays shown when the server cannot be asked.
 */
export function useCatalogueInForce(date: IsoDate, attempt = 0): InForceLoad {
  const load = useCatalogue(date, attempt);
  const snapshot = load.kind === 'ready' ? load.view.snapshot : null;
  const versions = useMemo(
    () => (snapshot ? new Map(snapshot.procedures.map((v) => [v.procedureId, v])) : null),
    [snapshot],
  );
  if (load.kind === 'failed') return { kind: 'failed', error: load.error };
  if (versions === null) return { kind: 'loading' };
  return { kind: 'ready', versions };
}
