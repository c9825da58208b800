import {
  appendChangeLog,
  CHANGE_LOG_GENESIS,
  type ChangeLogDraft,
  type ChangeLogEntry,
  ChangeLogEntrySchema,
  type Decision,
  type DecisionConflict,
  type ProcedureVersion,
  planBundleMerge,
  type WorkspaceBundle,
} from '@niemyet/core';
import type { Table } from 'dexie';
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

export type { DecisionConflict };

export type WorkspaceImportOutcome =
  | { ok: true; summary: WorkspaceImportSummary }
  | { ok: false; conflicts: DecisionConflict[] };

export function baselineKey(version: Pick<ProcedureVersion, 'procedureId' | 'effectiveFrom'>): string {
  return `${version.procedureId}|${version.effectiveFrom ?? ''}`;
}

/** Where the log's chain continues: the last stored entry's number and hash. */
export interface ChangeLogHead {
  seq: number;
  hash: string;
}

/** The stored log's last entry, or null for an empty log (the next entry then links to the genesis hash). */
export async function changeLogHead(db: NiemyetConsoleDb): Promise<ChangeLogHead | null> {
  const last = await db.changeLog.orderBy('seq').last();
  return last ? { seq: last.seq, hash: last.hash } : null;
}

export interface WorkspaceImportOptions {
  /**
   * Told after each chunk is written. Units are records, a decision counting as many as it
   * has items (its weight in the write), so the bar moves evenly.
   */
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Aborting it aborts the transaction, even mid-write: nothing is written. */
  signal?: AbortSignal;
  /**
   * The bundle's log is already chained after the stored head (the import worker chained it
   * there, off the page's thread). It is then stored as it is — each entry's content and its
   * links checked, hashes not recomputed — provided the head has not moved since and every
   * decision of the bundle is added. Otherwise the entries are chained here, as without it.
   */
  logChainedAfterHead?: boolean;
}

/** Records per `bulkPut`: small enough that one write never holds the page for long. */
const CHUNK_WEIGHT = 500;

/**
 * Writes a bundle's decisions, baseline and change log, all or nothing.
 * - An issued decision is immutable: one already stored with the same revision hash is skipped;
 *   one stored with different content refuses the whole import (a correction is a new decision).
 * - Baseline records are added only for procedures the workspace does not know yet (neither in
 *   its baseline nor introduced by a stored decision): a second file's "known before" guess must
 *   not shadow what the first file recorded.
 * - The bundle's log entries for the added decisions are chained after the stored log's head,
 *   so the workspace keeps one unbroken chain across imports.
 * Writes go in chunks inside the one transaction: between chunks the page paints its progress
 * and hears a cancel.
 */
export async function importWorkspaceBundle(
  db: NiemyetConsoleDb,
  bundle: Pick<WorkspaceBundle, 'decisions' | 'baseline' | 'changeLog'>,
  options: WorkspaceImportOptions = {},
): Promise<WorkspaceImportOutcome> {
  const { signal } = options;
  signal?.throwIfAborted();
  try {
    return await db.transaction('rw', [db.decisions, db.baseline, db.changeLog], async (tx) => {
      const abort = () => tx.abort();
      signal?.addEventListener('abort', abort, { once: true });
      try {
        return await writeBundle(db, bundle, options);
      } finally {
        signal?.removeEventListener('abort', abort);
      }
    });
  } catch (cause) {
    // Dexie reports an aborted transaction as its own error: the caller asked for the abort.
    if (signal?.aborted) throw signal.reason;
    throw cause;
  }
}

async function writeBundle(
  db: NiemyetConsoleDb,
  bundle: Pick<WorkspaceBundle, 'decisions' | 'baseline' | 'changeLog'>,
  { signal, onProgress, logChainedAfterHead = false }: WorkspaceImportOptions,
): Promise<WorkspaceImportOutcome> {
  const stored = await db.decisions.bulkGet(bundle.decisions.map((d) => d.id));
  const storedHashes = new Map(stored.flatMap((d) => (d ? [[d.id, d.revisionHash] as const] : [])));
  const plan = planBundleMerge(bundle, (id) => storedHashes.get(id), await knownProcedureIds(db));
  if (!plan.ok) return plan;
  const { added, logged } = plan;
  const baseline: StoredBaselineVersion[] = plan.baseline.map((version) => ({
    ...version,
    id: baselineKey(version),
  }));
  const head = await changeLogHead(db);
  const keepChain =
    logChainedAfterHead && added.length === bundle.decisions.length && startsAfter(logged, head);

  const total = added.reduce((sum, d) => sum + weightOf(d), 0) + baseline.length + logged.length;
  let done = 0;
  const wrote = (weight: number) => {
    done += weight;
    onProgress?.({ done, total });
  };
  onProgress?.({ done, total });

  for (const chunk of chunksByWeight(added, weightOf)) {
    await putChunk(db.decisions, chunk, signal);
    wrote(chunk.reduce((sum, d) => sum + weightOf(d), 0));
  }
  for (const chunk of chunksByWeight(baseline, () => 1)) {
    await putChunk(db.baseline, chunk, signal);
    wrote(chunk.length);
  }
  let last: ChangeLogHead | null = head;
  for (const chunk of chunksByWeight(logged, () => 1)) {
    const entries = keepChain ? checkedLinks(chunk, last) : rechain(chunk, last);
    await putChunk(db.changeLog, entries, signal);
    const tail = entries[entries.length - 1]!;
    last = { seq: tail.seq, hash: tail.hash };
    wrote(entries.length);
  }
  return {
    ok: true,
    summary: {
      decisionsAdded: added.length,
      decisionsAlreadyPresent: plan.alreadyPresent,
      baselineAdded: baseline.length,
      changeLogAdded: logged.length,
    },
  };
}

/** A decision weighs what it holds: one record per item (at least one). */
function weightOf(decision: Decision): number {
  return Math.max(1, decision.items.length);
}

function* chunksByWeight<T>(rows: readonly T[], weight: (row: T) => number): Generator<T[]> {
  let chunk: T[] = [];
  let chunkWeight = 0;
  for (const row of rows) {
    chunk.push(row);
    chunkWeight += weight(row);
    if (chunkWeight >= CHUNK_WEIGHT) {
      yield chunk;
      chunk = [];
      chunkWeight = 0;
    }
  }
  if (chunk.length > 0) yield chunk;
}

async function putChunk<T, K>(table: Table<T, K>, rows: T[], signal: AbortSignal | undefined): Promise<void> {
  // Checked before each chunk as well as by the abort listener: a cancel between chunks
  // stops the next write from even starting.
  signal?.throwIfAborted();
  await table.bulkPut(rows);
}

function startsAfter(entries: readonly ChangeLogEntry[], head: ChangeLogHead | null): boolean {
  const first = entries[0];
  if (!first) return true;
  return first.seq === (head?.seq ?? 0) + 1 && first.prevHash === (head?.hash ?? CHANGE_LOG_GENESIS);
}

/**
 * Entries chained elsewhere, checked before they are stored: each must be a well-formed
 * entry that follows the one before (number and hash link). Their own hashes are kept.
 */
function checkedLinks(entries: ChangeLogEntry[], after: ChangeLogHead | null): ChangeLogEntry[] {
  let previous = after;
  return entries.map((raw) => {
    const entry = ChangeLogEntrySchema.parse(raw);
    if (entry.seq !== (previous?.seq ?? 0) + 1 || entry.prevHash !== (previous?.hash ?? CHANGE_LOG_GENESIS))
      throw new Error(`change log: entry ${entry.seq} does not follow entry ${previous?.seq ?? 0}`);
    previous = entry;
    return entry;
  });
}

/** Entries chained again after `after`, whatever seq and hashes the bundle gave them. */
function rechain(entries: readonly ChangeLogEntry[], after: ChangeLogHead | null): ChangeLogEntry[] {
  // appendChangeLog continues from its last entry's seq and hash: the head stands for that entry.
  const start = after ? [after as ChangeLogEntry] : [];
  return appendChangeLog(start, entries.map(draftOf)).slice(start.length);
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
