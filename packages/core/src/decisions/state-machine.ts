import type { Decision, DecisionApproval, DecisionState, DecisionTransition } from '../model/decision';
import { DecisionRuleError } from './decision-rule-error';
import { type DecisionContent, decisionContent, decisionRevisionHash } from './revision';
import { blockingIssues, type ValidationIssue } from './validation-issue';

/**
 * The review workflow of a publication decision:
 *
 *   draft → in_review → (changes_requested → in_review)* → approved → issued, and withdrawn
 *   from any state but issued.
 *
 * As in Laws.Africa Indigo's task workflow, each command is one transition rule with its own
 * guard (which refuses with a reason) and leaves one activity record (a DecisionTransition).
 * Everything here is a pure function: a command returns a new Decision and never mutates.
 */

export type DecisionCommand =
  | {
      type: 'submit';
      actor: string;
      comment?: string | null;
      /** Validation results for the current content; any error blocks submission. */
      issues?: readonly ValidationIssue[];
      /**
       * The reviewers it is sent to (usernames); empty or absent = any reviewer. Replaces
       * those of an earlier submission: a resubmission names its reviewers anew.
       */
      reviewers?: readonly string[];
    }
  | { type: 'approve'; actor: string; comment?: string | null }
  | { type: 'request_changes'; actor: string; comment: string }
  | { type: 'issue'; actor: string; comment?: string | null }
  | { type: 'withdraw'; actor: string; comment: string };

export type DecisionCommandType = DecisionCommand['type'];

export interface DecisionRuleOptions {
  /** Fresh approvals from distinct reviewers needed before a decision is approved (default 1). */
  requiredApprovals?: number;
}

interface RuleContext {
  /** Hash of the content as it is now: what an approval must be bound to to count. */
  hash: string;
  requiredApprovals: number;
}

interface TransitionRule<C extends DecisionCommand> {
  from: readonly DecisionState[];
  /** Why the command may not run, or null when it may. */
  guard(decision: Decision, command: C, context: RuleContext): DecisionRuleError | null;
  /** The new state, and the approvals when the command changes them. */
  effect(
    decision: Decision,
    command: C,
    context: RuleContext,
    now: string,
  ): { to: DecisionState; approvals?: DecisionApproval[]; reviewers?: string[] };
}

type Rules = { [K in DecisionCommandType]: TransitionRule<Extract<DecisionCommand, { type: K }>> };

const RULES: Rules = {
  submit: {
    from: ['draft', 'changes_requested'],
    guard(_decision, command) {
      const errors = blockingIssues(command.issues ?? []);
      if (errors.length === 0) return null;
      const shown = errors
        .slice(0, 3)
        .map((e) => e.message)
        .join('; ');
      const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
      return new DecisionRuleError(
        'blocking-errors',
        `cannot submit: ${errors.length} validation error(s) must be fixed first: ${shown}${more}`,
      );
    },
    effect: (_decision, command) => ({ to: 'in_review', reviewers: [...new Set(command.reviewers ?? [])] }),
  },

  approve: {
    from: ['in_review'],
    guard(decision, command) {
      const unassigned = notAssigned(decision, command.actor);
      if (unassigned) return unassigned;
      if (command.actor === decision.author)
        return new DecisionRuleError(
          'self-approval',
          `${command.actor} wrote the current revision (${decision.revision}) and cannot approve it; another reviewer must`,
        );
      return null;
    },
    effect(decision, command, context, now) {
      const approvals = [
        ...decision.approvals,
        {
          reviewer: command.actor,
          revisionHash: context.hash,
          at: now,
          comment: cleanComment(command.comment),
        },
      ];
      // A reviewer approving the same revision twice still counts once: count people, not records.
      const fresh = freshApprovers(approvals, context.hash, decision.author).size;
      return { to: fresh >= context.requiredApprovals ? 'approved' : 'in_review', approvals };
    },
  },

  request_changes: {
    from: ['in_review'],
    guard: (decision, command) =>
      notAssigned(decision, command.actor) ?? requireComment(command.comment, 'requesting changes'),
    effect: () => ({ to: 'changes_requested' }),
  },

  issue: {
    from: ['approved'],
    guard(decision, _command, context) {
      const fresh = freshApprovers(decision.approvals, context.hash, decision.author).size;
      if (fresh >= context.requiredApprovals) return null;
      return new DecisionRuleError(
        'stale-approvals',
        `approvals are stale: the content changed since it was approved (${fresh} of ${context.requiredApprovals} required approval(s) match the current revision); send it back for review`,
      );
    },
    effect: () => ({ to: 'issued' }),
  },

  withdraw: {
    from: ['draft', 'in_review', 'changes_requested', 'approved'],
    guard: (_decision, command) => requireComment(command.comment, 'withdrawing'),
    effect: () => ({ to: 'withdrawn' }),
  },
};

/**
 * Why `command` cannot be applied to `decision` right now, or null when it can. Lets a UI
 * enable buttons and explain disabled ones without try/catch.
 */
export function commandError(
  decision: Decision,
  command: DecisionCommand,
  options: DecisionRuleOptions = {},
): DecisionRuleError | null {
  if (!command.actor?.trim())
    return new DecisionRuleError('actor-required', `${command.type}: actor is required`);
  if (decision.state === 'issued')
    return new DecisionRuleError(
      'immutable',
      `decision ${decision.number} is issued and final; a mistake is corrected by a new decision`,
    );
  const rule = RULES[command.type] as TransitionRule<DecisionCommand> | undefined;
  if (!rule) return new DecisionRuleError('invalid-transition', `unknown command "${String(command.type)}"`);
  if (!rule.from.includes(decision.state))
    return new DecisionRuleError(
      'invalid-transition',
      `cannot ${command.type.replace('_', ' ')} decision ${decision.number} in state "${decision.state}" (allowed from: ${rule.from.join(', ')})`,
    );
  return rule.guard(decision, command, contextOf(decision, options));
}

/** Applies one command; throws DecisionRuleError when a guard refuses. */
export function applyDecisionCommand(
  decision: Decision,
  command: DecisionCommand,
  now: string,
  options: DecisionRuleOptions = {},
): Decision {
  const error = commandError(decision, command, options);
  if (error) throw error;
  const rule = RULES[command.type] as TransitionRule<DecisionCommand>;
  const context = contextOf(decision, options);
  const { to, approvals, reviewers } = rule.effect(decision, command, context, now);
  const transition: DecisionTransition = {
    from: decision.state,
    to,
    actor: command.actor,
    at: now,
    comment: cleanComment(command.comment),
  };
  return {
    ...decision,
    state: to,
    revisionHash: context.hash,
    reviewers: reviewers ?? assignedReviewers(decision),
    approvals: approvals ?? decision.approvals,
    transitions: [...decision.transitions, transition],
  };
}

/** The commands `actor` could run now (comments aside: those the caller asks for). */
export function availableCommands(
  decision: Decision,
  actor: string,
  options: DecisionRuleOptions = {},
): DecisionCommandType[] {
  const types: DecisionCommandType[] = ['submit', 'approve', 'request_changes', 'issue', 'withdraw'];
  return types.filter(
    (type) => commandError(decision, { type, actor, comment: '…' } as DecisionCommand, options) === null,
  );
}

const EDITABLE: readonly DecisionState[] = ['draft', 'changes_requested', 'in_review', 'approved'];

/**
 * Edits the content of a decision. The editor becomes the author of the new revision (and so
 * may not approve it); the revision counter and hash move on, which makes every earlier
 * approval stale. Editing an approved decision sends it back to review. An issued decision
 * is immutable. An edit that changes nothing returns the decision as it was.
 */
export function editDecision(
  decision: Decision,
  edit: (content: DecisionContent) => DecisionContent,
  actor: string,
  now: string,
): Decision {
  if (!actor?.trim()) throw new DecisionRuleError('actor-required', 'edit: actor is required');
  if (!EDITABLE.includes(decision.state))
    throw new DecisionRuleError(
      'immutable',
      decision.state === 'issued'
        ? `decision ${decision.number} is issued and cannot be edited; a mistake is corrected by a new decision`
        : `decision ${decision.number} is withdrawn and cannot be edited; start a new draft instead`,
    );
  const before = decisionContent(decision);
  // Only content keys are taken from the edit, so an edit cannot slip in a state or approval.
  const after = decisionContent(edit(before));
  const hash = decisionRevisionHash(after);
  if (hash === decisionRevisionHash(before)) return decision;
  const edited: Decision = {
    ...decision,
    ...after,
    author: actor,
    revision: decision.revision + 1,
    revisionHash: hash,
  };
  if (decision.state !== 'approved') return edited;
  return {
    ...edited,
    state: 'in_review',
    transitions: [
      ...decision.transitions,
      {
        from: 'approved',
        to: 'in_review',
        actor,
        at: now,
        comment:
          'Sửa nội dung sau khi đã phê duyệt: các phê duyệt trước không còn hiệu lực, cần phê duyệt lại.',
      },
    ],
  };
}

/** Approvals bound to the decision's current content. */
export function freshApprovals(decision: Decision): DecisionApproval[] {
  const hash = decisionRevisionHash(decision);
  return decision.approvals.filter((a) => a.revisionHash === hash && a.reviewer !== decision.author);
}

function freshApprovers(approvals: readonly DecisionApproval[], hash: string, author: string): Set<string> {
  return new Set(
    approvals.filter((a) => a.revisionHash === hash && a.reviewer !== author).map((a) => a.reviewer),
  );
}

/** The reviewers a decision was sent to; documents stored before reviewers were named have none. */
export function assignedReviewers(decision: Decision): string[] {
  return decision.reviewers ?? [];
}

/** A decision sent to named reviewers takes a verdict only from them. */
function notAssigned(decision: Decision, actor: string): DecisionRuleError | null {
  const reviewers = assignedReviewers(decision);
  if (reviewers.length === 0 || reviewers.includes(actor)) return null;
  return new DecisionRuleError(
    'not-assigned-reviewer',
    `decision ${decision.number || decision.id} was sent to ${reviewers.join(', ')} for review; ${actor} is not one of them`,
    { reviewers },
  );
}

function contextOf(decision: Decision, options: DecisionRuleOptions): RuleContext {
  const requiredApprovals = options.requiredApprovals ?? 1;
  if (!Number.isInteger(requiredApprovals) || requiredApprovals < 1)
    throw new RangeError(`requiredApprovals must be a whole number ≥ 1, got ${requiredApprovals}`);
  return { hash: decisionRevisionHash(decision), requiredApprovals };
}

function requireComment(comment: string | null | undefined, doing: string): DecisionRuleError | null {
  return cleanComment(comment) === null
    ? new DecisionRuleError('comment-required', `a comment is required when ${doing}`)
    : null;
}

function cleanComment(comment: string | null | undefined): string | null {
  const trimmed = comment?.trim();
  return trimmed ? trimmed : null;
}
