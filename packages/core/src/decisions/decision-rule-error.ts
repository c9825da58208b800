/** Why a decision command or edit was refused: a stable code for the UI, a message for people. */
export type DecisionRuleCode =
  | 'self-approval'
  | 'stale-approvals'
  | 'immutable'
  | 'invalid-transition'
  | 'comment-required'
  | 'blocking-errors'
  | 'actor-required';

export class DecisionRuleError extends Error {
  override readonly name = 'DecisionRuleError';
  readonly code: DecisionRuleCode;

  constructor(code: DecisionRuleCode, message: string) {
    super(message);
    this.code = code;
  }
}
