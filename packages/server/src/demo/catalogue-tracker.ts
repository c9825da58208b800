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
 * the server will show.
 */
export class CatalogueTracker {
  private readonly issued: Decision[] = [];

  constructor(private readonly baseline: readonly ProcedureVersion[]) {}

  activeOn(date: IsoDate): Map<string, ProcedureVersion> {
    return catalogueAt(foldCatalogue(this.baseline, this.issued), date).active;
  }

  record(decision: Decision): void {
    this.issued.push(decision);
  }
}
