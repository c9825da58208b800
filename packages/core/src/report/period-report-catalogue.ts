import type { CatalogueHistory } from '../catalogue/types';
import type { IsoDate } from '../dates/iso-date';
import type { ProcedureVersion } from '../model/procedure';
import type { PeriodReportOptions } from './period-report';

/**
 * What a period report reads from the catalogue for items that do not say (an abolished item,
 * an amendment that leaves levels and field alone): the version in force just before the
 * decision took effect. "Just before" because an abolition ends the version on its own
 * effective date. The CLI's `report` and the server's report use this one definition.
 */
export function periodReportCatalogue(history: CatalogueHistory): Required<PeriodReportOptions> {
  // The report asks for the levels and then the field of the same item: one lookup serves both.
  let lastId: string | null = null;
  let lastOn: IsoDate | null = null;
  let last: ProcedureVersion | undefined;
  const lookup = (procedureId: string, on: IsoDate | null) => {
    if (procedureId !== lastId || on !== lastOn) {
      lastId = procedureId;
      lastOn = on;
      last = versionBefore(history, procedureId, on);
    }
    return last;
  };
  return {
    levelsOf: (procedureId, on) => lookup(procedureId, on)?.levels ?? [],
    fieldOf: (procedureId, on) => lookup(procedureId, on)?.field ?? null,
  };
}

function versionBefore(
  history: CatalogueHistory,
  procedureId: string,
  on: IsoDate | null,
): ProcedureVersion | undefined {
  const versions = history.procedures.get(procedureId)?.versions ?? [];
  for (let i = versions.length - 1; i >= 0; i--) {
    const version = versions[i]!;
    if (on === null || version.effectiveFrom === null || version.effectiveFrom < on) return version;
  }
  return undefined;
}
