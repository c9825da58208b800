import type { IsoDate } from '../dates/iso-date';
import type { DecisionAction } from '../model/decision';
import type { ProcedureVersion } from '../model/procedure';
import type { AbolishedProcedure } from '../model/snapshot';

/** The identity of an issued decision as the fold applied it (order = application order). */
export interface AppliedDecision {
  id: string;
  number: string;
  signedOn: IsoDate | null;
  effectiveOn: IsoDate;
}

/** An abolition of one procedure: the version it ended and the decision that ended it. */
export interface ProcedureAbolition {
  on: IsoDate;
  decisionId: string;
  decisionNumber: string;
  itemId: string;
  /** The version that was in force until `on` (its `effectiveTo` is `on`). */
  version: ProcedureVersion;
}

/**
 * Everything the catalogue knows about one procedure. `versions` are in effective order and
 * never overlap; each is in force on d when `effectiveFrom <= d < effectiveTo` (null
 * `effectiveFrom` = since before recorded history, null `effectiveTo` = still in force).
 * A version with `effectiveFrom === effectiveTo` was superseded on its first day (two items
 * for the same procedure on one date) and is never in force.
 */
export interface ProcedureTimeline {
  procedureId: string;
  versions: ProcedureVersion[];
  abolitions: ProcedureAbolition[];
}

/**
 * Something in the issued decisions that does not fit the catalogue. The fold stays total:
 * it records the anomaly and either applies the item anyway (`applied: true`, e.g. a `new`
 * for a procedure already in force replaces it) or skips it.
 */
export type CatalogueAnomalyKind =
  /** `new` for a procedure already in force: the old version was closed. */
  | 'new-while-active'
  /** `amended`/`abolished` for a procedure the catalogue has never seen. */
  | 'unknown-procedure'
  /** `amended`/`abolished` for a known procedure not in force on that date (e.g. abolished). */
  | 'not-in-force'
  /** The item dates from before the procedure's latest recorded version starts. */
  | 'out-of-order';

export interface CatalogueAnomaly {
  kind: CatalogueAnomalyKind;
  action: DecisionAction;
  procedureId: string;
  decisionId: string;
  decisionNumber: string;
  itemId: string;
  effectiveOn: IsoDate;
  applied: boolean;
  message: string;
}

/** An issued decision the fold could not place in time. */
export interface SkippedDecision {
  decisionId: string;
  decisionNumber: string;
  reason: 'no-effective-date';
}

/** The fold of a baseline and the issued decisions: every procedure's dated versions. */
export interface CatalogueHistory {
  procedures: Map<string, ProcedureTimeline>;
  /** Issued decisions in the order they were applied. */
  applied: AppliedDecision[];
  decisionsById: Map<string, AppliedDecision>;
  anomalies: CatalogueAnomaly[];
  skipped: SkippedDecision[];
}

/** The catalogue in force on one date. */
export interface CatalogueState {
  asOf: IsoDate;
  /** The version in force on `asOf`, by procedureId. */
  active: Map<string, ProcedureVersion>;
  /** Versions of issued decisions that take effect after `asOf`, by date then procedureId. */
  upcoming: ProcedureVersion[];
  /** Procedures abolished on or before `asOf` and not in force again, by procedureId. */
  abolished: AbolishedProcedure[];
}
