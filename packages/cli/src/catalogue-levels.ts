import { type CatalogueHistory, type IsoDate, procedureHistory } from '@niemyet/core';

/**
 * The levels of a procedure just before a date: what a report counts for items that do not
 * list levels themselves (an abolished item, an amendment that leaves the levels alone).
 * "Just before" because an abolition ends the version on its own effective date.
 */
export function levelsBefore(history: CatalogueHistory) {
  return (procedureId: string, on: IsoDate | null): readonly string[] =>
    versionBefore(history, procedureId, on)?.levels ?? [];
}

/** The field of a procedure just before a date, as `levelsBefore`: for the report's byField. */
export function fieldBefore(history: CatalogueHistory) {
  return (procedureId: string, on: IsoDate | null): string | null =>
    versionBefore(history, procedureId, on)?.field ?? null;
}

function versionBefore(history: CatalogueHistory, procedureId: string, on: IsoDate | null) {
  const versions = procedureHistory(history, procedureId);
  for (let i = versions.length - 1; i >= 0; i--) {
    const version = versions[i]!;
    if (on === null || version.effectiveFrom === null || version.effectiveFrom < on) return version;
  }
  return undefined;
}
