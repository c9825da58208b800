import { hashOf } from '../hashing/canonical-json';
import type { Decision } from '../model/decision';

/**
 * The parts of a decision a reviewer approves: what the decision says, not where it is in
 * its workflow. State, approvals, transitions, revision counter and author are left out on
 * purpose, so approving or submitting never changes the hash and only a real edit does.
 */
export const DECISION_CONTENT_KEYS = [
  'number',
  'title',
  'issuer',
  'signer',
  'signedOn',
  'effectiveOn',
  'scope',
  'items',
  'legalBasis',
  'attachments',
] as const satisfies readonly (keyof Decision)[];

export type DecisionContentKey = (typeof DECISION_CONTENT_KEYS)[number];
export type DecisionContent = Pick<Decision, DecisionContentKey>;

/** The content of a decision (a fresh object holding only the content keys). */
export function decisionContent(decision: DecisionContent): DecisionContent {
  return {
    number: decision.number,
    title: decision.title,
    issuer: decision.issuer,
    signer: decision.signer,
    signedOn: decision.signedOn,
    effectiveOn: decision.effectiveOn,
    scope: decision.scope,
    items: decision.items,
    legalBasis: decision.legalBasis,
    attachments: decision.attachments,
  };
}

/** SHA-256 (hex) of the decision's content in canonical JSON: what an approval is bound to. */
export function decisionRevisionHash(decision: DecisionContent): string {
  return hashOf(decisionContent(decision));
}
