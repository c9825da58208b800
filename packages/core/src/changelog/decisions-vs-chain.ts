import type { ChangeLogEntry, ChangeLogKind } from '../model/change-log';
import type { Decision, DecisionItem } from '../model/decision';
import { decisionContentHash, decisionItemHash } from './content-hash';

/**
 * The chain proves the log was not edited; this proves the decisions were not either. An
 * issued decision is immutable, and each of its items was logged when it was issued, with the
 * hash of the item and of the decision (`content-hash.ts`). So, for a workspace:
 * - every entry points at an issued decision of the workspace and at one of its items, and
 *   says what that item says (decision number, action, procedure, code, name, date);
 * - the item's and the decision's content still hash to what the entry recorded;
 * - every item of every issued decision has its `published` entry, and its national-database
 *   entry exactly when it has a `nationalDbOn` (on that day).
 * Entries written before content hashes existed (workspace version 1) are still checked for
 * what they say, and counted in `legacyEntries`: they do not cover the rest of the content.
 *
 * Pure and synchronous; run it after `verifyChangeLog` (which proves the entries themselves).
 */

/** A stable code per kind of mismatch; `params` hold what a message needs. */
export type DecisionChainProblemCode =
  /** An entry names a decision the workspace does not hold. */
  | 'entry-unknown-decision'
  /** An entry names a decision that is not (any more) issued. */
  | 'entry-decision-not-issued'
  /** An entry names an item its decision does not have. */
  | 'entry-unknown-item'
  /** What an entry says (number, action, procedure, code, name, date) differs from its item. */
  | 'entry-field-mismatch'
  /** A second entry of the same kind for the same item. */
  | 'entry-duplicate'
  /** An item's content no longer hashes to the entry's `itemHash`: the item was edited. */
  | 'item-edited'
  /** A decision's content no longer hashes to the entry's `decisionHash`: the decision was edited. */
  | 'decision-edited'
  /** An item of an issued decision has no `published` entry. */
  | 'item-not-logged'
  /** An item has a `nationalDbOn` but no national-database entry. */
  | 'national-db-not-logged';

/** The fields an entry repeats from its item and decision, compared by `entry-field-mismatch`. */
export type ChangeLogRecordedField =
  | 'decisionNumber'
  | 'action'
  | 'procedureId'
  | 'code'
  | 'name'
  | 'occurredOn'
  | 'kind';

export interface DecisionChainProblem {
  code: DecisionChainProblemCode;
  decisionId: string;
  /** The decision's number as the workspace holds it, else as the entry recorded it. */
  decisionNumber: string;
  /** The item concerned, or null for the decision as a whole. */
  itemId: string | null;
  /** The item's procedure code (or procedure id when it has no code), when an item is concerned. */
  procedure: string | null;
  /** The entry concerned, or null (an item that has no entry). */
  seq: number | null;
  /** Extra parameters: for `entry-field-mismatch` the field, what the entry recorded and what the item says now. */
  params: {
    field?: ChangeLogRecordedField;
    recorded?: string | null;
    current?: string | null;
    state?: string;
    kind?: ChangeLogKind;
  };
  /** The problem in English, for logs; screens say it from `code` and `params`. */
  message: string;
}

export interface DecisionChainVerification {
  ok: boolean;
  problems: DecisionChainProblem[];
  /** Issued decisions, and their items, checked against the log. */
  decisions: number;
  items: number;
  /** Entries that carry content hashes, and entries of the older format that do not. */
  coveredEntries: number;
  legacyEntries: number;
  /** Decisions recorded (at least partly) by older-format entries: their content is not fully covered. */
  legacyDecisions: { decisionId: string; decisionNumber: string }[];
}

interface ItemEntries {
  published: ChangeLogEntry | null;
  nationalDb: ChangeLogEntry | null;
}

export function verifyDecisionsAgainstChain(
  decisions: readonly Decision[],
  log: readonly ChangeLogEntry[],
): DecisionChainVerification {
  const problems: DecisionChainProblem[] = [];
  const byId = new Map(decisions.map((decision) => [decision.id, decision]));
  const seen = new Map<string, ItemEntries>();
  const decisionHashes = new Map<string, string>();
  const itemHashes = new Map<string, string[]>();
  const itemIndexes = new Map<string, Map<string, number>>();
  /** Where each item of a decision is, by item id (the first, if an id repeats). */
  const itemIndexOf = (decision: Decision): Map<string, number> => {
    let index = itemIndexes.get(decision.id);
    if (!index) {
      index = new Map();
      for (const [i, item] of decision.items.entries()) if (!index.has(item.id)) index.set(item.id, i);
      itemIndexes.set(decision.id, index);
    }
    return index;
  };
  /** The hashes of a decision's items, in item order, computed once. */
  const itemHashesOf = (decision: Decision): string[] => {
    let hashes = itemHashes.get(decision.id);
    if (!hashes) {
      hashes = decision.items.map(decisionItemHash);
      itemHashes.set(decision.id, hashes);
    }
    return hashes;
  };
  const reportedEdits = new Set<string>();
  const legacyDecisions = new Map<string, string>();
  let coveredEntries = 0;
  let legacyEntries = 0;

  const problem = (
    code: DecisionChainProblemCode,
    where: {
      decision: Decision | null;
      entry: ChangeLogEntry | null;
      item: DecisionItem | null;
      /** The problem is the decision's as a whole, whatever item the entry records. */
      wholeDecision?: boolean;
    },
    message: string,
    params: DecisionChainProblem['params'] = {},
  ) => {
    const { decision, entry, item } = where;
    const itemOf = where.wholeDecision ? null : (item ?? entry);
    problems.push({
      code,
      decisionId: decision?.id ?? entry?.decisionId ?? '',
      decisionNumber: decision?.number ?? entry?.decisionNumber ?? '',
      itemId: item?.id ?? (itemOf ? entry!.itemId : null),
      procedure: itemOf ? (itemOf.code ?? itemOf.procedureId) : null,
      seq: entry?.seq ?? null,
      params,
      message,
    });
  };

  for (const entry of log) {
    const decision = byId.get(entry.decisionId) ?? null;
    const at = `entry ${entry.seq} (decision ${entry.decisionNumber}, item ${entry.itemId})`;
    if (!decision) {
      problem(
        'entry-unknown-decision',
        { decision, entry, item: null },
        `${at}: the workspace has no decision "${entry.decisionId}"`,
      );
      continue;
    }
    if (decision.state !== 'issued') {
      problem(
        'entry-decision-not-issued',
        { decision, entry, item: null },
        `${at}: the decision is "${decision.state}", not issued`,
        { state: decision.state },
      );
      continue;
    }
    const itemIndex = itemIndexOf(decision).get(entry.itemId);
    const item = itemIndex === undefined ? null : decision.items[itemIndex]!;
    if (!item) {
      problem(
        'entry-unknown-item',
        { decision, entry, item },
        `${at}: decision ${decision.number} has no item "${entry.itemId}"`,
      );
      continue;
    }
    const where = { decision, entry, item };

    const key = `${decision.id}\u0000${item.id}`;
    const slots = seen.get(key) ?? { published: null, nationalDb: null };
    seen.set(key, slots);
    const slot = entry.kind === 'published' ? 'published' : 'nationalDb';
    if (slots[slot]) {
      problem(
        'entry-duplicate',
        where,
        `${at}: a second "${entry.kind}" entry for this item (the first is entry ${slots[slot]!.seq})`,
        { kind: entry.kind },
      );
      continue;
    }
    slots[slot] = entry;

    const expectedKind: ChangeLogKind =
      entry.kind === 'published'
        ? 'published'
        : item.action === 'abolished'
          ? 'national-db-removed'
          : 'national-db-entered';
    const recorded: [ChangeLogRecordedField, string | null, string | null][] = [
      ['decisionNumber', entry.decisionNumber, decision.number],
      ['action', entry.action, item.action],
      ['procedureId', entry.procedureId, item.procedureId],
      ['code', entry.code, item.code],
      ['name', entry.name, item.name],
      ['kind', entry.kind, expectedKind],
      ['occurredOn', entry.occurredOn, entry.kind === 'published' ? decision.effectiveOn : item.nationalDbOn],
    ];
    for (const [field, was, now] of recorded)
      if (was !== now)
        problem(
          'entry-field-mismatch',
          where,
          `${at}: the entry recorded ${field} ${JSON.stringify(was)}, the ${field === 'decisionNumber' || (field === 'occurredOn' && entry.kind === 'published') ? 'decision' : 'item'} now says ${JSON.stringify(now)}`,
          { field, recorded: was, current: now },
        );

    if (entry.itemHash === undefined || entry.decisionHash === undefined) {
      legacyEntries++;
      legacyDecisions.set(decision.id, decision.number);
    } else coveredEntries++;
    if (entry.itemHash !== undefined) {
      const itemHash = itemHashesOf(decision)[itemIndex!];
      if (itemHash !== entry.itemHash && !reportedEdits.has(`item\u0000${key}`)) {
        reportedEdits.add(`item\u0000${key}`);
        problem(
          'item-edited',
          where,
          `${at}: the item's content does not match the hash the log recorded (the item was edited after issue)`,
        );
      }
    }
    if (entry.decisionHash !== undefined) {
      let decisionHash = decisionHashes.get(decision.id);
      if (decisionHash === undefined) {
        decisionHash = decisionContentHash(decision, itemHashesOf(decision));
        decisionHashes.set(decision.id, decisionHash);
      }
      if (decisionHash !== entry.decisionHash && !reportedEdits.has(`decision\u0000${decision.id}`)) {
        reportedEdits.add(`decision\u0000${decision.id}`);
        problem(
          'decision-edited',
          { decision, entry, item: null, wholeDecision: true },
          `entry ${entry.seq}: the content of decision ${decision.number} does not match the hash the log recorded (the decision was edited after issue)`,
        );
      }
    }
  }

  let checkedDecisions = 0;
  let checkedItems = 0;
  for (const decision of decisions) {
    if (decision.state !== 'issued') continue;
    checkedDecisions++;
    for (const item of decision.items) {
      checkedItems++;
      const slots = seen.get(`${decision.id}\u0000${item.id}`);
      const where = { decision, entry: null, item };
      if (!slots?.published)
        problem(
          'item-not-logged',
          where,
          `decision ${decision.number}, item ${item.id}: issued but has no "published" entry in the log`,
        );
      if (item.nationalDbOn !== null && !slots?.nationalDb)
        problem(
          'national-db-not-logged',
          where,
          `decision ${decision.number}, item ${item.id}: national-database date ${item.nationalDbOn} has no entry in the log`,
          { current: item.nationalDbOn },
        );
    }
  }

  return {
    ok: problems.length === 0,
    problems,
    decisions: checkedDecisions,
    items: checkedItems,
    coveredEntries,
    legacyEntries,
    legacyDecisions: [...legacyDecisions].map(([decisionId, decisionNumber]) => ({
      decisionId,
      decisionNumber,
    })),
  };
}
