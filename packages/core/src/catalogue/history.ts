import type { IsoDate } from '../dates/iso-date';
import type { ProcedureFieldName, ProcedureFields, ProcedureVersion } from '../model/procedure';
import { sameFieldValue } from './procedure-fields';
import type { CatalogueHistory } from './types';

/** Every recorded version of one procedure, oldest first (empty when unknown). */
export function procedureHistory(history: CatalogueHistory, procedureId: string): ProcedureVersion[] {
  return [...(history.procedures.get(procedureId)?.versions ?? [])];
}

/** One value a field held, over `[from, to)`, and the decision that set it (null = baseline). */
export interface FieldHistoryEntry<F extends ProcedureFieldName = ProcedureFieldName> {
  value: ProcedureFields[F];
  from: IsoDate | null;
  to: IsoDate | null;
  decisionId: string | null;
  decisionNumber: string | null;
}

/**
 * The values one field of a procedure took over time. Consecutive versions that kept the
 * value (an amendment of other fields) extend the same entry, so each entry starts with the
 * decision that actually set the value. After an abolition and re-creation the value starts
 * a new entry even if unchanged: the re-creating decision set it anew. Versions superseded
 * on their first day were never in force and are left out.
 */
export function fieldHistory<F extends ProcedureFieldName>(
  history: CatalogueHistory,
  procedureId: string,
  field: F,
): FieldHistoryEntry<F>[] {
  const entries: FieldHistoryEntry<F>[] = [];
  const versions = history.procedures.get(procedureId)?.versions ?? [];
  for (const version of versions) {
    if (version.effectiveFrom !== null && version.effectiveFrom === version.effectiveTo) continue;
    const value = version[field];
    const previous = entries.at(-1);
    if (previous && previous.to === version.effectiveFrom && sameFieldValue(previous.value, value)) {
      previous.to = version.effectiveTo;
      continue;
    }
    entries.push({
      value,
      from: version.effectiveFrom,
      to: version.effectiveTo,
      decisionId: version.decisionId,
      decisionNumber:
        version.decisionId === null ? null : (history.decisionsById.get(version.decisionId)?.number ?? null),
    });
  }
  return entries;
}
