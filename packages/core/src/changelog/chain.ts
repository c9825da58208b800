import type { z } from 'zod';
import { hashOfExcept } from '../hashing/canonical-json';
import { type ChangeLogAnchor, type ChangeLogEntry, ChangeLogEntrySchema } from '../model/change-log';
import type { Decision, DecisionItem } from '../model/decision';
import { decisionContentHash, decisionItemHash } from './content-hash';

/**
 * The append-only change log (DESIGN §4): one entry per item of an issued decision and per
 * national-database entry or removal. Entries are numbered from 1 without gaps and each one
 * carries the hash of the one before (the first carries GENESIS), and its own hash over
 * everything else it holds. Editing, removing, inserting or reordering any entry therefore
 * breaks the chain at that entry. (Cutting entries off the end, or recomputing every hash from
 * the start, leaves a valid chain: pass a head recorded earlier — printed by `niemyet verify`,
 * kept in every published catalogue snapshot — to `verifyChangeLog` to catch that too.)
 * Each entry also carries the hashes of the item and decision it records (`itemHash`,
 * `decisionHash`), so a decision edited after issue no longer matches its entries: see
 * `verifyDecisionsAgainstChain`.
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

/**
 * The drafts an issued decision adds to the log: every item published, then national-database
 * moves (items whose `nationalDbOn` is already known). Each draft carries the item's and the
 * decision's content hashes. A move learnt after issue is logged with `changeLogNationalDbEntry`.
 */
export function changeLogEntriesForDecision(
  decision: Decision,
  actor: string,
  recordedAt: string,
  options: ChangeLogOptions = {},
): ChangeLogDraft[] {
  const logged = loggedDecision(decision, actor, recordedAt, options);
  const drafts: ChangeLogDraft[] = [];
  decision.items.forEach((item, index) => {
    drafts.push(draftOf(logged, item, index, 'published', decision.effectiveOn));
  });
  decision.items.forEach((item, index) => {
    if (item.nationalDbOn !== null)
      drafts.push(draftOf(logged, item, index, nationalDbKind(item), item.nationalDbOn));
  });
  return drafts;
}

/**
 * Appends to `log` (in place) the entries of an issued decision: the same entries, with the
 * same hashes, as `appendChangeLog(log, changeLogEntriesForDecision(decision, …))`, made
 * straight from the decision — no drafts, no copies, no schema check of what core itself
 * builds from a decision that was checked when it was made. For large imports: each entry is
 * one object, and the only other thing made per entry is its hash.
 */
export function appendDecisionToChangeLog(
  log: ChangeLogEntry[],
  decision: Decision,
  actor: string,
  recordedAt: string,
  options: ChangeLogOptions = {},
): void {
  const logged = loggedDecision(decision, actor, recordedAt, options);
  const { items } = decision;
  for (let index = 0; index < items.length; index++)
    log.push(entryOf(logged, items[index]!, index, 'published', decision.effectiveOn, log[log.length - 1]));
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    if (item.nationalDbOn !== null)
      log.push(entryOf(logged, item, index, nationalDbKind(item), item.nationalDbOn, log[log.length - 1]));
  }
}

/**
 * The draft that records one item's entry on (or removal from) the national database, learnt
 * after the decision was issued: set the item's `nationalDbOn` first (the content hashes leave
 * it out, so the entries written at issue still match), then append this draft.
 */
export function changeLogNationalDbEntry(
  decision: Decision,
  itemId: string,
  actor: string,
  recordedAt: string,
  options: ChangeLogOptions = {},
): ChangeLogDraft {
  const logged = loggedDecision(decision, actor, recordedAt, options);
  const index = decision.items.findIndex((candidate) => candidate.id === itemId);
  const item = decision.items[index];
  if (!item) throw new Error(`change log: decision ${decision.number} has no item "${itemId}"`);
  if (item.nationalDbOn === null)
    throw new Error(
      `change log: item "${itemId}" of decision ${decision.number} has no national-database date (nationalDbOn)`,
    );
  return draftOf(logged, item, index, nationalDbKind(item), item.nationalDbOn);
}

function nationalDbKind(item: DecisionItem): 'national-db-entered' | 'national-db-removed' {
  return item.action === 'abolished' ? 'national-db-removed' : 'national-db-entered';
}

/** What every entry of one decision's items says, once the decision is known to be loggable. */
interface LoggedDecision {
  decision: Decision;
  actor: string;
  recordedAt: string;
  options: ChangeLogOptions;
  /** `decisionItemHash` of each item, in item order. */
  itemHashes: string[];
  decisionHash: string;
}

function loggedDecision(
  decision: Decision,
  actor: string,
  recordedAt: string,
  options: ChangeLogOptions,
): LoggedDecision {
  if (decision.state !== 'issued')
    throw new Error(
      `change log: decision ${decision.number} is "${decision.state}"; only issued decisions are logged`,
    );
  if (!actor.trim()) throw new Error('change log: actor is required');
  const itemHashes = decision.items.map(decisionItemHash);
  const decisionHash = decisionContentHash(decision, itemHashes);
  return { decision, actor, recordedAt, options, itemHashes, decisionHash };
}

/** The levels an entry records: the item's own, else those it had before (a fresh array). */
function levelsOf(logged: LoggedDecision, item: DecisionItem): string[] {
  const levels = item.changes.levels?.length
    ? item.changes.levels
    : (logged.options.levelsOf?.(item.procedureId) ?? []);
  return [...levels];
}

function draftOf(
  logged: LoggedDecision,
  item: DecisionItem,
  index: number,
  kind: ChangeLogDraft['kind'],
  occurredOn: string | null,
): ChangeLogDraft {
  const { decision } = logged;
  return {
    recordedAt: logged.recordedAt,
    decisionId: decision.id,
    decisionNumber: decision.number,
    itemId: item.id,
    action: item.action,
    procedureId: item.procedureId,
    code: item.code,
    name: item.name,
    levels: levelsOf(logged, item),
    actor: logged.actor,
    itemHash: logged.itemHashes[index]!,
    decisionHash: logged.decisionHash,
    kind,
    occurredOn,
  };
}

/**
 * One chained entry, its members in the order `appendChangeLog` gives them (the schema's).
 * Written out rather than spread from `draftOf`: an import of 200,000 rows would otherwise make
 * a second object per entry, and its memory budget has no room for that.
 */
function entryOf(
  logged: LoggedDecision,
  item: DecisionItem,
  index: number,
  kind: ChangeLogEntry['kind'],
  occurredOn: string | null,
  last: ChangeLogEntry | undefined,
): ChangeLogEntry {
  const { decision } = logged;
  const entry: ChangeLogEntry = {
    kind,
    recordedAt: logged.recordedAt,
    occurredOn,
    decisionId: decision.id,
    decisionNumber: decision.number,
    itemId: item.id,
    action: item.action,
    procedureId: item.procedureId,
    code: item.code,
    name: item.name,
    levels: levelsOf(logged, item),
    actor: logged.actor,
    itemHash: logged.itemHashes[index]!,
    decisionHash: logged.decisionHash,
    seq: (last?.seq ?? 0) + 1,
    prevHash: last?.hash ?? CHANGE_LOG_GENESIS,
    hash: '',
  };
  entry.hash = changeLogEntryHash(entry);
  return entry;
}

/** The hash an entry must carry: SHA-256 of its canonical JSON without the `hash` member. */
export function changeLogEntryHash(entry: Omit<ChangeLogEntry, 'hash'> | ChangeLogEntry): string {
  return hashOfExcept(entry, 'hash');
}

/**
 * Appends drafts to the log, returning a new log (the given one is not touched). Each draft is
 * checked against its schema first: drafts come from screens, the API and stored data.
 */
export function appendChangeLog(
  log: readonly ChangeLogEntry[],
  drafts: readonly ChangeLogDraft[],
): ChangeLogEntry[] {
  return [...log, ...chainChangeLogDrafts(log[log.length - 1] ?? null, drafts)];
}

/** Where a log ends: its last entry's `seq` and `hash` (a store's head, read without the entry). */
export interface ChangeLogEnd {
  seq: number;
  hash: string;
}

/**
 * The entries that chain the drafts after a log's last entry (`null`: an empty log), as
 * `appendChangeLog` does; for a store that knows only its head (the server's last row). An
 * end of `seq` 0 with the genesis hash is the same as an empty log.
 */
export function chainChangeLogDrafts(
  end: ChangeLogEnd | null,
  drafts: readonly ChangeLogDraft[],
): ChangeLogEntry[] {
  const out: ChangeLogEntry[] = [];
  let last = end;
  drafts.forEach((raw, i) => {
    const parsed = ChangeLogDraftSchema.safeParse(raw);
    if (!parsed.success) {
      const problem = parsed.error.issues[0];
      throw new Error(
        `change log: draft ${i} is invalid at ${problem?.path.join('.') || '(root)'}: ${problem?.message ?? 'unknown problem'}`,
      );
    }
    // The parsed draft is a fresh object: chained in place, its members in the schema's order.
    const entry = parsed.data as ChangeLogEntry;
    entry.seq = (last?.seq ?? 0) + 1;
    entry.prevHash = last?.hash ?? CHANGE_LOG_GENESIS;
    entry.hash = changeLogEntryHash(entry);
    out.push(entry);
    last = entry;
  });
  return out;
}

/** Why a log does not hold: a stable code for every screen and API, with `params`. */
export type ChangeLogBreakCode =
  /** A position of the log holds no entry at all. */
  | 'not-an-entry'
  /** An entry was removed, inserted or moved (numbering break). */
  | 'seq-break'
  /** An entry does not link to the one before it. */
  | 'prev-hash-mismatch'
  /** An entry's content does not match its hash (the entry was edited). */
  | 'hash-mismatch'
  /** The log is shorter than the expected head: entries were cut off the end. */
  | 'head-beyond-log'
  /** The entry at the expected head's count has another hash: the log was rewritten. */
  | 'head-mismatch'
  /** No entry of the log has the expected head's hash: the log was cut short or rewritten. */
  | 'head-not-found';

export type ChangeLogVerification =
  | { ok: true; count: number }
  | {
      ok: false;
      code: ChangeLogBreakCode;
      /** Position (0-based) of the first entry that does not hold (the log's length when it is too short). */
      index: number;
      seq: number;
      /** The same in English, for logs. */
      reason: string;
      params: { index: number; seq: number; count?: number; headHash?: string; logCount?: number };
    };

/**
 * A head to check a log against: from a snapshot (`count` and `headHash`) or typed by a person,
 * who may give only the hash (`count` null: the log must hold an entry with that hash).
 */
export interface ExpectedChangeLogHead {
  count: number | null;
  headHash: string;
}

/**
 * Recomputes the chain and names the first entry that does not hold: edited content
 * (hash mismatch), a broken link (prevHash), or a numbering break (seq: removal, insertion,
 * reordering). With a head recorded earlier (a snapshot's `changeLog`, or one `niemyet verify`
 * printed), a log cut short or rewritten from the start is caught as well; a longer log that
 * still passes through that head is fine (the log only grows).
 */
export function verifyChangeLog(
  log: readonly ChangeLogEntry[],
  expectedHead?: ExpectedChangeLogHead,
): ChangeLogVerification {
  if (!Array.isArray(log)) throw new TypeError('verifyChangeLog: expected an array of change-log entries');
  for (let index = 0; index < log.length; index++) {
    const entry = log[index];
    if (typeof entry !== 'object' || entry === null)
      return {
        ok: false,
        code: 'not-an-entry',
        index,
        seq: Number.NaN,
        reason: `position ${index} holds no change-log entry`,
        params: { index, seq: Number.NaN },
      };
    const expectedSeq = index + 1;
    const seq = typeof entry.seq === 'number' ? entry.seq : Number.NaN;
    const fail = (code: ChangeLogBreakCode, reason: string): ChangeLogVerification => ({
      ok: false,
      code,
      index,
      seq,
      reason,
      params: { index, seq },
    });
    if (entry.seq !== expectedSeq)
      return fail(
        'seq-break',
        `entry at position ${index} has seq ${String(entry.seq)}, expected ${expectedSeq}: an entry was removed, inserted or moved`,
      );
    const expectedPrev = index === 0 ? CHANGE_LOG_GENESIS : log[index - 1]!.hash;
    if (entry.prevHash !== expectedPrev)
      return fail(
        'prev-hash-mismatch',
        index === 0
          ? `entry ${entry.seq}: prevHash should be the genesis hash (the log does not start at its first entry)`
          : `entry ${entry.seq}: prevHash does not match the hash of entry ${log[index - 1]!.seq}`,
      );
    if (entry.hash !== changeLogEntryHash(entry))
      return fail(
        'hash-mismatch',
        `entry ${entry.seq}: hash does not match its content (the entry was edited)`,
      );
  }
  if (expectedHead) return checkHead(log, expectedHead);
  return { ok: true, count: log.length };
}

function checkHead(log: readonly ChangeLogEntry[], expected: ExpectedChangeLogHead): ChangeLogVerification {
  const { headHash } = expected;
  const logCount = log.length;
  if (expected.count === null) {
    const count = headHash === CHANGE_LOG_GENESIS ? 0 : log.findIndex((entry) => entry.hash === headHash) + 1;
    if (count > 0 || headHash === CHANGE_LOG_GENESIS) return { ok: true, count: logCount };
    return {
      ok: false,
      code: 'head-not-found',
      index: logCount,
      seq: logCount + 1,
      reason: `no entry of the log (${logCount} entries) has the head hash ${headHash}: entries were removed from the end, or the log was rewritten`,
      params: { index: logCount, seq: logCount + 1, headHash, logCount },
    };
  }
  const { count } = expected;
  if (logCount < count)
    return {
      ok: false,
      code: 'head-beyond-log',
      index: logCount,
      seq: logCount + 1,
      reason: `the log has ${logCount} entries but ${count} were recorded: entries were removed from the end`,
      params: { index: logCount, seq: logCount + 1, count, headHash, logCount },
    };
  const head = log[count - 1];
  if ((head?.hash ?? CHANGE_LOG_GENESIS) !== headHash) {
    const index = Math.max(count - 1, 0);
    const seq = head?.seq ?? 0;
    return {
      ok: false,
      code: 'head-mismatch',
      index,
      seq,
      reason: `entry ${count} does not match the recorded head hash: the log was rewritten`,
      params: { index, seq, count, headHash, logCount },
    };
  }
  return { ok: true, count: logCount };
}

/** The head to keep (a snapshot records it, `niemyet verify` prints it) so a later cut or rewrite is detectable. */
export function changeLogAnchor(log: readonly ChangeLogEntry[]): ChangeLogAnchor {
  return { count: log.length, headHash: log[log.length - 1]?.hash ?? CHANGE_LOG_GENESIS };
}

/** `34:9f2c…`: a head as people copy it (see `parseChangeLogHead`). */
export function formatChangeLogHead(anchor: ChangeLogAnchor): string {
  return `${anchor.count}:${anchor.headHash}`;
}

/**
 * Reads a head as a person gives it: `COUNT:HASH` or just `HASH` (64 hex digits, any case).
 * Returns null for anything else.
 */
export function parseChangeLogHead(text: string): ExpectedChangeLogHead | null {
  const match = /^\s*(?:(\d+)\s*:\s*)?([0-9a-fA-F]{64})\s*$/.exec(text);
  if (!match) return null;
  const count = match[1] === undefined ? null : Number(match[1]);
  if (count !== null && !Number.isSafeInteger(count)) return null;
  return { count, headHash: match[2]!.toLowerCase() };
}
