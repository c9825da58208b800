import type { IsoDate } from '../dates/iso-date';
import type { ProcedureVersion } from '../model/procedure';
import type { AbolishedProcedure, CatalogueSnapshot } from '../model/snapshot';
import { type CatalogueIndex, indexCatalogue } from './catalogue-index';

/**
 * The catalogue a snapshot implies on another date than its own `asOf`: upcoming versions
 * that have taken effect by then replace the ones they follow. A snapshot only looks ahead
 * (it holds no history), so a date before `asOf` is refused rather than answered wrongly.
 */
export function snapshotCatalogueIndex(
  snapshot: CatalogueSnapshot,
  at: IsoDate = snapshot.asOf,
): CatalogueIndex {
  if (at < snapshot.asOf) {
    throw new RangeError(
      `Danh mục lập ngày ${snapshot.asOf} không cho biết danh mục ngày ${at} (a snapshot cannot answer for a date before its asOf)`,
    );
  }
  if (at === snapshot.asOf) {
    return indexCatalogue({
      asOf: at,
      active: snapshot.procedures,
      upcoming: snapshot.upcoming,
      abolished: snapshot.abolished,
    });
  }
  const active = new Map<string, ProcedureVersion>();
  const abolished: AbolishedProcedure[] = [...snapshot.abolished];
  for (const version of snapshot.procedures) active.set(version.procedureId, version);
  const upcoming: ProcedureVersion[] = [];
  const byStart = [...snapshot.upcoming].sort((a, b) =>
    (a.effectiveFrom ?? '').localeCompare(b.effectiveFrom ?? ''),
  );
  for (const version of byStart) {
    if (version.effectiveFrom !== null && version.effectiveFrom > at) upcoming.push(version);
    else active.set(version.procedureId, version);
  }
  // A version that ended by `at` without a successor was abolished in between.
  for (const [id, version] of active) {
    if (version.effectiveTo !== null && version.effectiveTo <= at) {
      active.delete(id);
      abolished.push({
        procedureId: id,
        code: version.code,
        name: version.name,
        levels: version.levels,
        abolishedOn: version.effectiveTo,
        decisionId: null,
        decisionNumber: null,
      });
    }
  }
  return indexCatalogue({ asOf: at, active: active.values(), upcoming, abolished });
}
