import { type DecisionContent, decisionContent } from '../decisions/revision';
import { hashOf } from '../hashing/canonical-json';
import { type DecisionItem, DecisionItemSchema } from '../model/decision';

/**
 * What a change-log entry binds itself to: the content of the item it records and of that
 * item's decision, as hashes kept inside the hashed part of the entry. After issue a decision
 * is immutable, so any later edit of it shows up as a mismatch (`verifyDecisionsAgainstChain`).
 *
 * One field is left out of both hashes: an item's `nationalDbOn`. The day an item is entered
 * on (or removed from) the national database is usually known only after the decision is
 * issued; the log records it with an entry of its own (`national-db-entered` / `-removed`,
 * whose `occurredOn` must equal the item's `nationalDbOn`), so recording it never invalidates
 * the hashes of the entries written at issue. Both hashes count it as null, which makes
 * `decisionContentHash` equal to `decisionRevisionHash` — the hash reviewers approved — for a
 * decision none of whose items has been entered yet.
 */

const ITEM_KEYS = Object.keys(DecisionItemSchema.shape) as (keyof DecisionItem)[];

/** The item as the log covers it: its schema fields only, `nationalDbOn` counted as null. */
function itemContent(item: DecisionItem): DecisionItem {
  const copy = {} as Record<keyof DecisionItem, unknown>;
  for (const key of ITEM_KEYS) copy[key] = item[key];
  copy.nationalDbOn = null;
  return copy as DecisionItem;
}

/** SHA-256 (hex) of the canonical JSON of one decision item (its changes included), as the log covers it. */
export function decisionItemHash(item: DecisionItem): string {
  return hashOf(itemContent(item));
}

/** SHA-256 (hex) of a decision's content (`decisionContent`), as the log covers it. */
export function decisionContentHash(decision: DecisionContent): string {
  return hashOf({ ...decisionContent(decision), items: decision.items.map(itemContent) });
}
