import {
  appendChangeLog,
  type ChangeLogDraft,
  type ChangeLogEntry,
  type Decision,
  type ProcedureVersion,
  type WorkspaceBundle,
} from '@niemyet/core';
import { bulkPutChunked } from '../extension/bulk';
import type { NiemyetConsoleDb } from './database';
import type { StoredBaselineVersion } from './records';

/**
 * The workspace's history in the console database: issued decisions, the baseline they start
 * from, and the change log. An import writes a whole `WorkspaceBundle` (what
 * `importDecisionCsv` returns) in one transaction, or nothing.
 */

/** What an import added; decisions already stored with the same content are left as they are. */
export interface WorkspaceImportSummary {
  decisionsAdded: number;
  /** Decisions of the bundle already in the workspace, identical: importing a file twice is harmless. */
  decisionsAlreadyPresent: number;
  baselineAdded: number;
  changeLogAdded: number;
}

/** A decision of the bundle that the workspace already holds with other content. */
export interface DecisionConflict {
  decisionId: string;
  number: string;
}

export type WorkspaceImportOutcome =
  | { ok: true; summary: WorkspaceImportSummary }
  | { ok: false; conflicts: DecisionConflict[] };

export function baselineKey(version: Pick<ProcedureVersion, 'procedureId' | 'effectiveFrom'>): string {
  return `${version.procedureId}|${version.effectiveFrom ?? ''}`;
}

/**
 * Writes a bundle's decisions, baseline and change log, all or nothing.
 * - An issued decision is immutable: one already stored with the same revision hash is skipped;
 *   one stored with different content refuses the whole import (a correction is a new decision).
 * - Baseline records are added only for procedures the workspace does not know yet (neither in
 *   its baseline nor introduced by a stored decision): a second file's "known before" guess must
 *   not shadow what the first file recorded.
 * - The bundle's log entries for the added decisions are chained after the stored log's head,
 *   so the workspace keeps one unbroken chain across imports.
 */
export async function importWorkspaceBundle(
  db: NiemyetConsoleDb,
  bundle: Pick<WorkspaceBundle, 'decisions' | 'baseline' | 'changeLog'>,
): Promise<WorkspaceImportOutcome> {
  return db.transaction('rw', [db.decisions, db.baseline, db.changeLog], async () => {
    const stored = await db.decisions.bulkGet(bundle.decisions.map((d) => d.id));
    const conflicts: DecisionConflict[] = [];
    const added: Decision[] = [];
    bundle.decisions.forEach((decision, i) => {
      const existing = stored[i];
      if (!existing) added.push(decision);
      else if (existing.revisionHash !== decision.revisionHash)
        conflicts.push({ decisionId: decision.id, number: decision.number });
    });
    if (conflicts.length > 0) return { ok: false, conflicts };

    const known = await knownProcedureIds(db);
    const baseline: StoredBaselineVersion[] = bundle.baseline
      .filter((version) => !known.has(version.procedureId))
      .map((version) => ({ ...version, id: baselineKey(version) }));

    const addedIds = new Set(added.map((d) => d.id));
    const drafts = bundle.changeLog.filter((e) => addedIds.has(e.decisionId)).map(draftOf);
    const head = await db.changeLog.orderBy('seq').last();
    const entries = appendChangeLog(head ? [head] : [], drafts).slice(head ? 1 : 0);

    await bulkPutChunked(db, db.decisions, added);
    await bulkPutChunked(db, db.baseline, baseline);
    await bulkPutChunked(db, db.changeLog, entries);
    return {
      ok: true,
      summary: {
        decisionsAdded: added.length,
        decisionsAlreadyPresent: bundle.decisions.length - added.length,
        baselineAdded: baseline.length,
        changeLogAdded: entries.length,
      },
    };
  });
}

async function knownProcedureIds(db: NiemyetConsoleDb): Promise<Set<string>> {
  const known = new Set((await db.baseline.orderBy('procedureId').uniqueKeys()) as string[]);
  await db.decisions.each((decision) => {
    for (const item of decision.items) known.add(item.procedureId);
  });
  return known;
}

function draftOf(entry: ChangeLogEntry): ChangeLogDraft {
  const { seq: _seq, prevHash: _prevHash, hash: _hash, ...draft } = entry;
  return draft;
}

/** What the catalogue fold needs: the baseline and every decision, read in one transaction. */
export interface WorkspaceHistoryInputs {
  baseline: ProcedureVersion[];
  decisions: Decision[];
}

export async function loadWorkspaceHistory(db: NiemyetConsoleDb): Promise<WorkspaceHistoryInputs> {
  return db.transaction('r', [db.decisions, db.baseline], async () => {
    const [stored, decisions] = await Promise.all([db.baseline.toArray(), db.decisions.toArray()]);
    const baseline = stored.map(({ id: _id, ...version }) => version);
    return { baseline, decisions };
  });
}

export function countDecisions(db: NiemyetConsoleDb): Promise<number> {
  return db.decisions.count();
}

/** The whole change log, oldest first. */
export function readChangeLog(db: NiemyetConsoleDb): Promise<ChangeLogEntry[]> {
  return db.changeLog.orderBy('seq').toArray();
}
