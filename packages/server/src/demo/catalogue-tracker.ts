import {
  catalogueAt,
  type Decision,
  foldCatalogue,
  type IsoDate,
  type ProcedureVersion,
} from '@niemyet/core';

/**
 * The catalogue as the demo's history is written: the baseline and the decisions issued so
 * far, folded by core, so each new decision is built and checked against exactly the catalogue
 * the server will show. Only the procedures the year may touch are folded: a procedure's
 * timeline depends on its own baseline and items alone, and folding all 2,400 for each of some
 * fifty decisions would make the demo take seconds longer to load.
 */
export class CatalogueTracker {
  private readonly issued: Decision[] = [];
  private readonly followed: ProcedureVersion[];

  constructor(baseline: readonly ProcedureVersion[], followedIds: ReadonlySet<string>) {
    this.followed = baseline.filter((version) => followedIds.has(version.procedureId));
  }

  activeOn(date: IsoDate): Map<string, ProcedureVersion> {
    return catalogueAt(foldCatalogue(this.followed, this.issued), date).active;
  }

  /** The version of `procedureId` in force on `date`; throws for one not in force (or not followed). */
  inForce(
    active: ReadonlyMap<string, ProcedureVersion>,
    procedureId: string,
    date: IsoDate,
  ): ProcedureVersion {
    const version = active.get(procedureId);
    if (!version) throw new Error(`demo: ${procedureId} is not in force on ${date} (or not followed)`);
    return version;
  }

  record(decision: Decision): void {
    this.issued.push(decision);
  }
}
