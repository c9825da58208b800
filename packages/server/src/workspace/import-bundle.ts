import {
  type ChangeLogDraft,
  type ChangeLogEntry,
  chainChangeLogDrafts,
  type DecisionConflict,
  planBundleMerge,
  type WorkspaceBundle,
} from '@niemyet/core';
import type { Db } from '../db/schema';
import { changeLogHead, insertChangeLog } from '../repositories/changelog';
import { insertComments } from '../repositories/decision-comments';
import { insertRevisions } from '../repositories/decision-revisions';
import { insertDecisions, storedRevisionHashes } from '../repositories/decisions';
import { insertLegalDocuments } from '../repositories/legal-documents';
import { readOffices } from '../repositories/offices';
import { insertCampaigns } from '../repositories/review-campaigns';
import { insertTasks } from '../repositories/review-tasks';
import { bumpGeneration, insertBaseline, knownProcedureIds, lockChain } from '../repositories/workspace';
import { insertPostingBundle } from './backup';

export interface BundleMergeSummary {
  decisionsAdded: number;
  decisionsAlreadyPresent: number;
  baselineAdded: number;
  changeLogAdded: number;
}

export type BundleMergeOutcome =
  | { ok: true; summary: BundleMergeSummary }
  | { ok: false; conflicts: DecisionConflict[] };

/**
 * Merges a bundle into the workspace by core's rule (`planBundleMerge`: decisions already
 * held with the same content skipped, other content refusing the whole merge, baseline only
 * for unknown procedures), inside the caller's transaction. The log entries of the added
 * decisions are chained again after the stored head, under the chain lock, so the workspace
 * keeps one unbroken chain.
 */
export async function mergeBundle(
  tx: Db,
  bundle: Pick<WorkspaceBundle, 'decisions' | 'baseline' | 'changeLog'> &
    Partial<
      Pick<
        WorkspaceBundle,
        | 'decisionRevisions'
        | 'decisionComments'
        | 'legalDocuments'
        | 'reviewCampaigns'
        | 'reviewTasks'
        | 'offices'
        | 'officePostings'
        | 'postingRecords'
      >
    >,
  now: string,
): Promise<BundleMergeOutcome> {
  await lockChain(tx);
  const stored = await storedRevisionHashes(
    tx,
    bundle.decisions.map((d) => d.id),
  );
  const plan = planBundleMerge(bundle, (id) => stored.get(id), await knownProcedureIds(tx));
  if (!plan.ok) return plan;
  const { added, baseline, logged } = plan;
  const head = await changeLogHead(tx);
  const entries = chainChangeLogDrafts(head, logged.map(draftOf));

  await insertDecisions(tx, added, now);
  await insertBaseline(tx, baseline);
  await insertChangeLog(tx, entries);
  // The review record comes along with the decisions it adds, never onto ones already held.
  const addedIds = new Set(added.map((d) => d.id));
  await insertRevisions(
    tx,
    (bundle.decisionRevisions ?? []).filter((r) => addedIds.has(r.decisionId)),
  );
  await insertComments(
    tx,
    (bundle.decisionComments ?? []).filter((c) => addedIds.has(c.decisionId)),
  );
  // The registry and reviews a browser kept join the team's: a document or task the workspace
  // holds already (same number or id) keeps the team's record.
  await insertLegalDocuments(tx, bundle.legalDocuments ?? [], now, null);
  await insertCampaigns(tx, bundle.reviewCampaigns ?? [], now);
  await insertTasks(tx, bundle.reviewTasks ?? [], now);
  // Offices the workspace does not hold join with what they posted; one it holds keeps its own.
  if (bundle.offices?.length) {
    const held = new Set((await readOffices(tx)).map((office) => office.id));
    await insertPostingBundle(tx, {
      ...bundle,
      offices: bundle.offices.filter((office) => !held.has(office.id)),
    });
  }
  if (baseline.length > 0 || added.length > 0) await bumpGeneration(tx);
  return {
    ok: true,
    summary: {
      decisionsAdded: added.length,
      decisionsAlreadyPresent: plan.alreadyPresent,
      baselineAdded: baseline.length,
      changeLogAdded: entries.length,
    },
  };
}

function draftOf(entry: ChangeLogEntry): ChangeLogDraft {
  const { seq: _seq, prevHash: _prevHash, hash: _hash, ...draft } = entry;
  return draft;
}
