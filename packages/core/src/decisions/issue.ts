import type { IsoDate } from '../dates/iso-date';
import type { Decision } from '../model/decision';
import { decisionRevisionHash } from './revision';
import { applyDecisionCommand, type DecisionRuleOptions } from './state-machine';
import { type DecisionValidationContext, validateDecision } from './validate';
import { blockingIssues, type ValidationIssue } from './validation-issue';

/** What the signed decision says, recorded when it is issued. */
export interface IssueRecord {
  number: string;
  signedOn: IsoDate;
  /** The effective date as signed; absent keeps the planned one. */
  effectiveOn?: IsoDate | null;
  /** Who signed it; absent keeps the planned signer. */
  signer?: string | null;
}

export type IssueOutcome =
  | { ok: true; decision: Decision; issues: ValidationIssue[] }
  | { ok: false; issues: ValidationIssue[] };

/**
 * Records an approved decision as issued. `number`, `signedOn` and `effectiveOn` are content
 * (part of the revision hash), yet only known once the chairman has signed: they are applied
 * here, after the approval guard passed on the approved content, rather than as an edit (which
 * would make every approval stale and send the decision back to review). The result is then
 * validated again against the catalogue at the (possibly corrected) effective date: any error
 * refuses the issue. The guard's refusals (not approved, stale approvals) throw
 * DecisionRuleError like every other command.
 *
 * The issued decision keeps the author and the approvals it was approved with; its revision
 * moves on by one and its revision hash covers the recorded number and dates, so the stored
 * content is exactly what was published.
 */
export function issueDecision(
  decision: Decision,
  record: IssueRecord,
  actor: string,
  now: string,
  context: DecisionValidationContext,
  options: DecisionRuleOptions = {},
): IssueOutcome {
  // The guard runs on the content as it was approved.
  const transitioned = applyDecisionCommand(decision, { type: 'issue', actor }, now, options);
  const recorded: Decision = {
    ...transitioned,
    number: record.number.trim(),
    signedOn: record.signedOn,
    effectiveOn: record.effectiveOn ?? decision.effectiveOn,
    signer: record.signer ?? decision.signer,
  };
  const issues: ValidationIssue[] = [];
  if (recorded.number === '')
    issues.push({
      severity: 'error',
      code: 'missing-number',
      itemId: null,
      message: 'Quyết định ban hành phải có số (the issued decision needs its number).',
    });
  if (recorded.effectiveOn && recorded.signedOn && recorded.effectiveOn < recorded.signedOn)
    issues.push({
      severity: 'warning',
      code: 'effective-before-signed',
      itemId: null,
      message: 'Ngày có hiệu lực trước ngày ký (the effective date is before the signing date).',
    });
  issues.push(...validateDecision(recorded, context));
  if (blockingIssues(issues).length > 0) return { ok: false, issues };
  const changed = decisionRevisionHash(recorded) !== decisionRevisionHash(decision);
  return {
    ok: true,
    issues,
    decision: changed
      ? { ...recorded, revision: decision.revision + 1, revisionHash: decisionRevisionHash(recorded) }
      : recorded,
  };
}
