import type { IsoDate } from '../dates/iso-date';
import type { ProcedureVersion } from '../model/procedure';
import type { AbolishedProcedure } from '../model/snapshot';
import { inForceOn } from './fold';
import { compareCodeUnits } from './order';
import { sameProcedureFields } from './procedure-fields';
import type { CatalogueHistory, CatalogueState, ProcedureAbolition } from './types';

/**
 * The catalogue in force on `date`: for each procedure, the version in force (binary search
 * over its versions), the versions still to come, and the procedures abolished by then.
 * An upcoming version with exactly the content in force on `date` is left out: it changes
 * nothing an audit could see.
 */
export function catalogueAt(history: CatalogueHistory, date: IsoDate): CatalogueState {
  const active = new Map<string, ProcedureVersion>();
  const upcoming: ProcedureVersion[] = [];
  const abolished: AbolishedProcedure[] = [];
  for (const timeline of history.procedures.values()) {
    const { versions } = timeline;
    const index = lastStartedBy(versions, date);
    const started = index >= 0 ? versions[index] : undefined;
    const current = started && inForceOn(started, date) ? started : undefined;
    if (current) active.set(timeline.procedureId, current);
    for (let i = index + 1; i < versions.length; i++) {
      const next = versions[i]!;
      if (next.effectiveFrom === next.effectiveTo) continue; // never in force
      if (current && sameProcedureFields(current, next)) continue;
      upcoming.push(next);
    }
    if (!current && timeline.abolitions.length > 0) {
      const abolition = lastAbolitionBy(timeline.abolitions, date);
      if (abolition) abolished.push(abolishedEntry(timeline.procedureId, abolition));
    }
  }
  upcoming.sort(
    (a, b) =>
      compareCodeUnits(a.effectiveFrom ?? '', b.effectiveFrom ?? '') ||
      compareCodeUnits(a.procedureId, b.procedureId),
  );
  abolished.sort((a, b) => compareCodeUnits(a.procedureId, b.procedureId));
  return { asOf: date, active, upcoming, abolished };
}

/** Index of the last version that started on or before `date` (-1 if none): versions are sorted. */
function lastStartedBy(versions: readonly ProcedureVersion[], date: IsoDate): number {
  let low = 0;
  let high = versions.length; // answer is low - 1 once low === high
  while (low < high) {
    const mid = (low + high) >>> 1;
    const from = versions[mid]!.effectiveFrom;
    if (from === null || from <= date) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

function lastAbolitionBy(
  abolitions: readonly ProcedureAbolition[],
  date: IsoDate,
): ProcedureAbolition | undefined {
  for (let i = abolitions.length - 1; i >= 0; i--) {
    const abolition = abolitions[i]!;
    if (abolition.on <= date) return abolition;
  }
  return undefined;
}

function abolishedEntry(procedureId: string, abolition: ProcedureAbolition): AbolishedProcedure {
  const { version } = abolition;
  return {
    procedureId,
    code: version.code,
    name: version.name,
    levels: version.levels,
    abolishedOn: abolition.on,
    decisionId: abolition.decisionId,
    decisionNumber: abolition.decisionNumber,
  };
}
