import {
  type ChangeLogEntry,
  chainChangeLogDrafts,
  type Decision,
  type DecisionState,
  DecisionStateSchema,
  type IsoDate,
  type ProcedureVersion,
} from '@niemyet/core';
import { atDistrictLevel, baselineVersion, portalProcedures, procedureContents } from './baseline';
import { CatalogueTracker } from './catalogue-tracker';
import type { DemoPortalData } from './data/portal-extract';
import { issuedYear } from './issued-year';
import { pendingDecisions } from './pending-decisions';
import { demoPortalData } from './portal-data';
import { seededRandom } from './random';

/**
 * The demo workspace: the national portal's procedures as the baseline (some held back to be
 * introduced during the year), a year of issued decisions ending on `today`, and decisions in
 * every other state; with the change log of the issued ones chained from the genesis. Pure and
 * deterministic: the same day gives the same demo.
 */

export const DEMO_SEED = 0x6e69656d;
/** Procedures kept out of the baseline so decisions can introduce them. */
const HELD_BACK = 70;
/** Baseline procedures left at the abolished district level for the year's first decision. */
const AT_DISTRICT = 14;
/**
 * Untouched baseline procedures the tracker follows: the year and the pending decisions take
 * about 150 of them from the front of the pool (the tracker throws if they ever take more).
 */
const FOLLOWED_UNTOUCHED = 400;

export interface DemoWorkspace {
  baseline: ProcedureVersion[];
  decisions: Decision[];
  changeLog: ChangeLogEntry[];
}

export function buildDemoWorkspace(today: IsoDate, data: DemoPortalData = demoPortalData()): DemoWorkspace {
  const random = seededRandom(DEMO_SEED);
  const procedures = portalProcedures(data);
  const contents = procedureContents(procedures, data, random);
  // The listing comes in order of use: its first procedure is the one amended all year.
  const star = procedures[0]!.code;
  const others = random.shuffle(procedures.slice(1).map((p) => p.code));
  const heldBack = others.slice(0, HELD_BACK);
  const district = others.slice(HELD_BACK, HELD_BACK + AT_DISTRICT);
  const untouched = others.slice(HELD_BACK + AT_DISTRICT);

  const atDistrict = new Set(district);
  const kept = new Set(heldBack);
  const baseline = procedures
    .filter((p) => !kept.has(p.code))
    .map((p) => {
      const fields = contents.get(p.code)!;
      return baselineVersion(atDistrict.has(p.code) ? atDistrictLevel(fields) : fields);
    });

  const tracker = new CatalogueTracker(
    baseline,
    new Set([star, ...district, ...untouched.slice(0, FOLLOWED_UNTOUCHED)]),
  );
  const pools = { untouched, heldBack: [...heldBack], introduced: [] };
  const year = issuedYear({ today, random, contents, tracker, pools, star, district });
  const pending = pendingDecisions({ today, random, contents, tracker, pools });
  // Held-back procedures no decision introduced are in force like the rest: every procedure of
  // the listings is in the demo. (None is named by a decision, so no check above changes.)
  for (const code of pools.heldBack) baseline.push(baselineVersion(contents.get(code)!));
  return {
    baseline,
    decisions: [...year.decisions, ...pending],
    changeLog: chainChangeLogDrafts(null, year.drafts),
  };
}

/** How many decisions are in each state (every state listed, zero included). */
export function countByState(decisions: readonly Decision[]): Record<DecisionState, number> {
  const counts = Object.fromEntries(DecisionStateSchema.options.map((state) => [state, 0])) as Record<
    DecisionState,
    number
  >;
  for (const decision of decisions) counts[decision.state]++;
  return counts;
}
