import type { ChangeLogEntry } from '../model/change-log';
import type { Decision } from '../model/decision';
import type { ProcedureVersion } from '../model/procedure';
import type { WorkspaceBundle } from '../model/workspace-bundle';

/** A decision of a bundle that the workspace already holds with other content. */
export interface DecisionConflict {
  decisionId: string;
  number: string;
}

export type BundleMergePlan =
  | {
      ok: true;
      /** Decisions the workspace does not hold yet: the ones to write. */
      added: Decision[];
      /** How many of the bundle's decisions the workspace holds already, with the same content. */
      alreadyPresent: number;
      /** Baseline records of procedures the workspace does not know yet. */
      baseline: ProcedureVersion[];
      /** The bundle's log entries of the added decisions, in order: to chain after the stored head. */
      logged: ChangeLogEntry[];
    }
  | { ok: false; conflicts: DecisionConflict[] };

/**
 * What merging a bundle into a workspace writes — the one rule for every store that merges
 * (the team server's database, the browser's earlier one):
 * - an issued decision is immutable: one already held with the same revision hash is skipped
 *   (importing a file twice is harmless), one held with other content refuses the whole merge;
 * - baseline records only for procedures the workspace does not know yet;
 * - the log entries of the decisions written, to be chained after the stored log's head.
 */
export function planBundleMerge(
  bundle: Pick<WorkspaceBundle, 'decisions' | 'baseline' | 'changeLog'>,
  /** The revision hash the workspace holds for a decision id, or undefined when it holds none. */
  storedRevisionHash: (decisionId: string) => string | undefined,
  knownProcedureIds: ReadonlySet<string>,
): BundleMergePlan {
  const conflicts: DecisionConflict[] = [];
  const added: Decision[] = [];
  for (const decision of bundle.decisions) {
    const stored = storedRevisionHash(decision.id);
    if (stored === undefined) added.push(decision);
    else if (stored !== decision.revisionHash)
      conflicts.push({ decisionId: decision.id, number: decision.number });
  }
  if (conflicts.length > 0) return { ok: false, conflicts };
  const addedIds = new Set(added.map((d) => d.id));
  return {
    ok: true,
    added,
    alreadyPresent: bundle.decisions.length - added.length,
    baseline: bundle.baseline.filter((version) => !knownProcedureIds.has(version.procedureId)),
    logged: bundle.changeLog.filter((entry) => addedIds.has(entry.decisionId)),
  };
}
