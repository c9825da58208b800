import {
  applyDecisionCommand,
  type ChangeLogDraft,
  changeLogEntriesForDecision,
  type Decision,
  type DecisionContent,
  decisionRevisionHash,
  type IsoDate,
  issueDecision,
  type ProcedureVersion,
  validateDecision,
} from '@niemyet/core';

/**
 * A demo decision's life through core's own rules — the state machine, validation, issue and
 * the change-log drafts — as the server's decision service runs them, so the demo holds
 * nothing a real team could not have produced (and GET /api/changelog/verify passes).
 */

export function createDraft(id: string, content: DecisionContent, author: string, at: string): Decision {
  return {
    id,
    ...content,
    state: 'draft',
    author,
    revision: 0,
    revisionHash: decisionRevisionHash(content),
    reviewers: [],
    approvals: [],
    transitions: [{ from: null, to: 'draft', actor: author, at, comment: null }],
  };
}

/** Submits after validating against the catalogue in force on the effective date, as the server does. */
export function submit(
  decision: Decision,
  active: ReadonlyMap<string, ProcedureVersion>,
  at: string,
  reviewers: string[] = [],
): Decision {
  const issues = validateDecision(decision, { activeAt: () => active });
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0)
    throw new Error(
      `demo decision ${decision.id} does not validate: ${errors.map((e) => e.message).join('; ')}`,
    );
  return {
    ...applyDecisionCommand(decision, { type: 'submit', actor: decision.author, issues }, at),
    reviewers,
  };
}

export function approve(
  decision: Decision,
  reviewer: string,
  at: string,
  comment: string | null = null,
): Decision {
  return applyDecisionCommand(decision, { type: 'approve', actor: reviewer, comment }, at);
}

export function requestChanges(decision: Decision, reviewer: string, at: string, comment: string): Decision {
  return applyDecisionCommand(decision, { type: 'request_changes', actor: reviewer, comment }, at);
}

export function withdraw(decision: Decision, actor: string, at: string, reason: string): Decision {
  return applyDecisionCommand(decision, { type: 'withdraw', actor, comment: reason }, at);
}

/** Issues an approved decision and returns it with the change-log drafts its items add. */
export function issue(
  decision: Decision,
  record: { number: string; signedOn: IsoDate; effectiveOn: IsoDate },
  issuer: string,
  at: string,
  active: ReadonlyMap<string, ProcedureVersion>,
): { decision: Decision; drafts: ChangeLogDraft[] } {
  const outcome = issueDecision(decision, record, issuer, at, { activeAt: () => active });
  if (!outcome.ok)
    throw new Error(
      `demo decision ${decision.id} cannot be issued: ${outcome.issues
        .filter((i) => i.severity === 'error')
        .map((i) => i.message)
        .join('; ')}`,
    );
  const drafts = changeLogEntriesForDecision(outcome.decision, issuer, at, {
    levelsOf: (procedureId) => active.get(procedureId)?.levels ?? [],
  });
  return { decision: outcome.decision, drafts };
}
