import {
  type ChangeLogDraft,
  type ChangeLogEntry,
  chainChangeLogDrafts,
  type Decision,
  type WorkspaceBundle,
} from '@niemyet/core';
import type { Db } from '../db/schema';
import { changeLogHead, insertChangeLog } from '../repositories/changelog';
import { insertDecisions, storedRevisionHashes } from '../repositories/decisions';
import { bumpGeneration, insertBaseline, knownProcedureIds, lockChain } from '../repositories/workspace';

export interface BundleMergeSummary {
  decisionsAdded: number;
  decisionsAlreadyPresent: number;
  baselineAdded: number;
  changeLogAdded: number;
}

export type BundleMergeOutcome =
  | { ok: true; summary: BundleMergeSummary }
  | { ok: false; conflicts: { decisionId: string; number: string }[] };

/**
 * Merges a bundle into the workspace as the console's Dexie repository does
 * (packages/db/src/console/workspace-repository.ts), inside the caller's transaction:
 * - a decision already stored with the same revision hash is skipped (importing a file twice
 *   is harmless); one stored with other content refuses the whole merge;
 * - baseline records only for procedures the workspace does not know yet;
 * - the bundle's log entries of the added decisions chained again after the stored head,
 *   under the chain lock, so the workspace keeps one unbroken chain.
 */
export async function mergeBundle(
  tx: Db,
  bundle: Pick<WorkspaceBundle, 'decisions' | 'baseline' | 'changeLog'>,
  now: string,
): Promise<BundleMergeOutcome> {
  await lockChain(tx);
  const stored = await storedRevisionHashes(
    tx,
    bundle.decisions.map((d) => d.id),
  );
  const conflicts: { decisionId: string; number: string }[] = [];
  const added: Decision[] = [];
  for (const decision of bundle.decisions) {
    const hash = stored.get(decision.id);
    if (hash === undefined) added.push(decision);
    else if (hash !== decision.revisionHash)
      conflicts.push({ decisionId: decision.id, number: decision.number });
  }
  if (conflicts.length > 0) return { ok: false, conflicts };

  const known = await knownProcedureIds(tx);
  const baseline = bundle.baseline.filter((v) => !known.has(v.procedureId));
  const addedIds = new Set(added.map((d) => d.id));
  const logged = bundle.changeLog.filter((e) => addedIds.has(e.decisionId));
  const head = await changeLogHead(tx);
  const entries = chainChangeLogDrafts(head, logged.map(draftOf));

  await insertDecisions(tx, added, now);
  await insertBaseline(tx, baseline);
  await insertChangeLog(tx, entries);
  if (baseline.length > 0 || added.length > 0) await bumpGeneration(tx);
  return {
    ok: true,
    summary: {
      decisionsAdded: added.length,
      decisionsAlreadyPresent: bundle.decisions.length - added.length,
      baselineAdded: baseline.length,
      changeLogAdded: entries.length,
    },
  };
}

function draftOf(entry: ChangeLogEntry): ChangeLogDraft {
  const { seq: _seq, prevHash: _prevHash, hash: _hash, ...draft } = entry;
  return draft;
}
