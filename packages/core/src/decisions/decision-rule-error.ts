/** Why a decision command or edit was refused: a stable code for the UI, a message for people. */
export type DecisionRuleCode =
  | 'self-approval'
  | 'not-assigned-reviewer'
  | 'stale-approvals'
  | 'immutable'
  | 'invalid-transition'
  | 'comment-required'
  | 'blocking-errors'
  | 'actor-required';

export class DecisionRuleError extends Error {
  override readonly name = 'DecisionRuleError';
  readonly code: DecisionRuleCode;
  /** What the refusal names, for the UI to say it its own way (e.g. `{reviewers}`). */
  readonly params: Record<string, unknown>;

  constructor(code: DecisionRuleCode, message: string, params: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.params = params;
  }
}
