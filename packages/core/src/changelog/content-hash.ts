import { type DecisionContent, decisionContent } from '../decisions/revision';
import { hashOf } from '../hashing/canonical-json';
import { type DecisionItem, DecisionItemSchema } from '../model/decision';

/**
 * What a change-log entry binds itself to: the content of the item it records and of that
 * item's decision, as hashes kept inside the hashed part of the entry. After issue a decision
 * is immutable, so any later edit of it shows up as a mismatch (`verifyDecisionsAgainstChain`).
 *
 * - `decisionItemHash`: SHA-256 of the canonical JSON of the item (its schema fields, `changes`
 *   included).
 * - `decisionContentHash`: SHA-256 of the canonical JSON of the decision's content — the fields
 *   its revision hash covers (`decisionContent`) — with each item replaced by its item hash, so
 *   each item is hashed once whether one or both hashes are wanted.
 *
 * One field is left out of both: an item's `nationalDbOn` (counted as null). The day an item is
 * entered on (or removed from) the national database is usually known only after the decision
 * is issued; the log records it with an entry of its own (`national-db-entered` / `-removed`,
 * whose `occurredOn` must equal the item's `nationalDbOn`), so recording it never invalidates
 * the hashes of the entries written at issue.
 */

const ITEM_KEYS = Object.keys(DecisionItemSchema.shape) as (keyof DecisionItem)[];

/** SHA-256 (hex) of the canonical JSON of one decision item, `nationalDbOn` counted as null. */
export function decisionItemHash(item: DecisionItem): string {
  const copy = {} as Record<keyof DecisionItem, unknown>;
  for (const key of ITEM_KEYS) copy[key] = item[key];
  copy.nationalDbOn = null;
  return hashOf(copy);
}

/**
 * SHA-256 (hex) of a decision's content, each item as its `decisionItemHash`. Pass the item
 * hashes (in item order) when they are already known.
 */
export function decisionContentHash(
  decision: DecisionContent,
  itemHashes: readonly string[] = decision.items.map(decisionItemHash),
): string {
  if (itemHashes.length !== decision.items.length)
    throw new Error('decisionContentHash: one item hash per item is needed');
  return hashOf({ ...decisionContent(decision), items: itemHashes });
}
