import type { z } from 'zod';
import { hashOf } from '../hashing/canonical-json';
import { type ChangeLogEntry, ChangeLogEntrySchema } from '../model/change-log';
import type { Decision, DecisionItem } from '../model/decision';

/**
 * The append-only change log (DESIGN §4): one entry per item of an issued decision and per
 * national-database entry or removal. Entries are numbered from 1 without gaps and each one
 * carries the hash of the one before (the first carries GENESIS), and its own hash over
 * everything else it holds. Editing, removing, inserting or reordering any entry therefore
 * breaks the chain at that entry. (Cutting entries off the end leaves a valid shorter chain:
 * pass the last known head to `verifyChangeLog` to catch that too.)
 */

export const CHANGE_LOG_GENESIS = '0'.repeat(64);

/** An entry before it is chained: the log assigns seq, prevHash and hash. */
export const ChangeLogDraftSchema = ChangeLogEntrySchema.omit({ seq: true, prevHash: true, hash: true });
export type ChangeLogDraft = z.infer<typeof ChangeLogDraftSchema>;

export interface ChangeLogOptions {
  /**
   * Levels of a procedure when the item does not say (amended items that leave levels
   * alone, abolished items): usually the catalogue version in force before the decision.
   */
  levelsOf?: (procedureId: string) => readonly string[];
}

/** The drafts an issued decision adds to the log: every item published, then national-database moves. */
export function changeLogEntriesForDecision(
  decision: Decision,
  actor: string,
  recordedAt: string,
  options: ChangeLogOptions = {},
): ChangeLogDraft[] {
  if (decision.state !== 'issued')
    throw new Error(
      `change log: decision ${decision.number} is "${decision.state}"; only issued decisions are logged`,
    );
  if (!actor.trim()) throw new Error('change log: actor is required');
  const base = (item: DecisionItem) => ({
    recordedAt,
    decisionId: decision.id,
    decisionNumber: decision.number,
    itemId: item.id,
    action: item.action,
    procedureId: item.procedureId,
    code: item.code,
    name: item.name,
    levels: [
      ...(item.changes.levels?.length ? item.changes.levels : (options.levelsOf?.(item.procedureId) ?? [])),
    ],
    actor,
  });
  const published: ChangeLogDraft[] = decision.items.map((item) => ({
    ...base(item),
    kind: 'published',
    occurredOn: decision.effectiveOn,
  }));
  const nationalDb: ChangeLogDraft[] = decision.items
    .filter((item) => item.nationalDbOn !== null)
    .map((item) => ({
      ...base(item),
      kind: item.action === 'abolished' ? 'national-db-removed' : 'national-db-entered',
      occurredOn: item.nationalDbOn,
    }));
  return [...published, ...nationalDb];
}

/** The hash an entry must carry: SHA-256 of its canonical JSON without the `hash` member. */
export function changeLogEntryHash(entry: Omit<ChangeLogEntry, 'hash'> | ChangeLogEntry): string {
  const { hash: _ignored, ...rest } = entry as ChangeLogEntry;
  return hashOf(rest);
}

/** Appends drafts to the log, returning a new log (the given one is not touched). */
export function appendChangeLog(
  log: readonly ChangeLogEntry[],
  drafts: readonly ChangeLogDraft[],
): ChangeLogEntry[] {
  const out = [...log];
  let last = out[out.length - 1];
  drafts.forEach((raw, i) => {
    const parsed = ChangeLogDraftSchema.safeParse(raw);
    if (!parsed.success) {
      const problem = parsed.error.issues[0];
      throw new Error(
        `change log: draft ${i} is invalid at ${problem?.path.join('.') || '(root)'}: ${problem?.message ?? 'unknown problem'}`,
      );
    }
    const unhashed = {
      ...parsed.data,
      seq: (last?.seq ?? 0) + 1,
      prevHash: last?.hash ?? CHANGE_LOG_GENESIS,
    };
    const entry: ChangeLogEntry = { ...unhashed, hash: changeLogEntryHash(unhashed) };
    out.push(entry);
    last = entry;
  });
  return out;
}

export type ChangeLogVerification =
  | { ok: true; count: number }
  | { ok: false; index: number; seq: number; reason: string };

export interface ChangeLogAnchor {
  /** How many entries the log had when the head was recorded. */
  count: number;
  /** The hash of the entry at that count. */
  headHash: string;
}

/**
 * Recomputes the chain and names the first entry that does not hold: edited content
 * (hash mismatch), a broken link (prevHash), or a numbering break (seq: removal, insertion,
 * reordering). With an anchor (the count and head hash published earlier), a log cut short
 * or rewritten from the start is caught as well.
 */
export function verifyChangeLog(
  log: readonly ChangeLogEntry[],
  anchor?: ChangeLogAnchor,
): ChangeLogVerification {
  if (!Array.isArray(log)) throw new TypeError('verifyChangeLog: expected an array of change-log entries');
  for (let index = 0; index < log.length; index++) {
    const entry = log[index];
    if (typeof entry !== 'object' || entry === null)
      return { ok: false, index, seq: Number.NaN, reason: `position ${index} holds no change-log entry` };
    const expectedSeq = index + 1;
    const fail = (reason: string): ChangeLogVerification => ({
      ok: false,
      index,
      seq: typeof entry.seq === 'number' ? entry.seq : Number.NaN,
      reason,
    });
    if (entry.seq !== expectedSeq)
      return fail(
        `entry at position ${index} has seq ${String(entry.seq)}, expected ${expectedSeq}: an entry was removed, inserted or moved`,
      );
    const expectedPrev = index === 0 ? CHANGE_LOG_GENESIS : log[index - 1]!.hash;
    if (entry.prevHash !== expectedPrev)
      return fail(
        index === 0
          ? `entry ${entry.seq}: prevHash should be the genesis hash (the log does not start at its first entry)`
          : `entry ${entry.seq}: prevHash does not match the hash of entry ${log[index - 1]!.seq}`,
      );
    if (entry.hash !== changeLogEntryHash(entry))
      return fail(`entry ${entry.seq}: hash does not match its content (the entry was edited)`);
  }
  if (anchor) {
    if (log.length < anchor.count)
      return {
        ok: false,
        index: log.length,
        seq: log.length + 1,
        reason: `the log has ${log.length} entries but ${anchor.count} were recorded: entries were removed from the end`,
      };
    const head = log[anchor.count - 1];
    const headHash = head?.hash ?? CHANGE_LOG_GENESIS;
    if (headHash !== anchor.headHash)
      return {
        ok: false,
        index: Math.max(anchor.count - 1, 0),
        seq: head?.seq ?? 0,
        reason: `entry ${anchor.count} does not match the recorded head hash: the log was rewritten`,
      };
  }
  return { ok: true, count: log.length };
}

/** The anchor to keep (or print on a report) so later truncation is detectable. */
export function changeLogAnchor(log: readonly ChangeLogEntry[]): ChangeLogAnchor {
  return { count: log.length, headHash: log[log.length - 1]?.hash ?? CHANGE_LOG_GENESIS };
}
