import { randomBytes } from 'node:crypto';
import {
  applyDecisionCommand,
  can,
  chainChangeLogDrafts,
  changeLogEntriesForDecision,
  checkDecisionDeadlines,
  commandError,
  type Decision,
  type DecisionCommand,
  type DecisionContent,
  type DecisionCreateBody,
  type DecisionDetailResponse,
  type DecisionPatchBody,
  DecisionRuleError,
  type DecisionValidationContext,
  decisionRevisionHash,
  editDecision,
  type IsoDate,
  issueDecision,
  TRANSITION_PERMISSIONS,
  TRANSITION_TARGETS,
  type TransitionBody,
  type TransitionTarget,
  todayInVietnam,
  type ValidationIssue,
  validateDecision,
} from '@niemyet/core';
import type { Services, SignedInUser } from '../context';
import type { Db } from '../db/schema';
import { ApiHttpError, notFound } from '../http/errors';
import { followDecision } from '../legal/decision-links';
import { changeLogHead, insertChangeLog } from '../repositories/changelog';
import { insertRevisions, revisionOf, unsavedRevision } from '../repositories/decision-revisions';
import { findDecision, insertDecisions, updateDecision } from '../repositories/decisions';
import { lockChain } from '../repositories/workspace';
import { deadlineContext } from './deadline-context';
import { resolveItems } from './draft-items';
import { checkedReviewers } from './reviewer-choice';

/**
 * The decision rules on the server: core's state machine decides, this module reads and
 * writes under the right locks. Every edit and transition names the revision it was made on
 * and is checked and written in one transaction holding the decision's row (`FOR UPDATE`),
 * so of two concurrent changes to one revision exactly one wins.
 */

async function activeOn(services: Services, db: Db, date: IsoDate | null) {
  return (await services.catalogue.view(db, date ?? todayInVietnam(services.now()))).state.active;
}

async function validationContext(
  services: Services,
  db: Db,
  date: IsoDate | null,
): Promise<DecisionValidationContext> {
  const active = await activeOn(services, db, date);
  return { activeAt: () => active };
}

export async function validationOf(
  services: Services,
  db: Db,
  decision: Decision,
): Promise<ValidationIssue[]> {
  if (decision.state === 'withdrawn') return [];
  // Statutory deadlines as of today (an unsigned draft can be overdue, an issued decision's
  // national-database entries late), counted with the workspace's documents, rules, calendar.
  const deadlineIssues = checkDecisionDeadlines(decision, await deadlineContext(services, db));
  // An issued decision is in the catalogue it would be checked against: its checks were made at issue.
  if (decision.state === 'issued') return deadlineIssues;
  return validateDecision(decision, {
    ...(await validationContext(services, db, decision.effectiveOn)),
    deadlineIssues,
  });
}

/** A fresh decision id. */
export function newDecisionId(): string {
  return `d-${randomBytes(8).toString('hex')}`;
}

/** A new draft of `content` by `user`, at revision 0 (a drafter's form, or review tasks). */
export function newDraft(id: string, user: SignedInUser, at: string, content: DecisionContent): Decision {
  return {
    id,
    ...content,
    state: 'draft',
    author: user.username,
    revision: 0,
    revisionHash: decisionRevisionHash(content),
    reviewers: [],
    approvals: [],
    transitions: [{ from: null, to: 'draft', actor: user.username, at, comment: null }],
  };
}

/** Writes a new draft and its first revision (the caller's transaction). */
export async function insertDraft(tx: Db, decision: Decision, at: string): Promise<void> {
  await insertDecisions(tx, [decision], at);
  await insertRevisions(tx, [revisionOf(decision, at)]);
}

export async function createDraft(
  services: Services,
  user: SignedInUser,
  body: DecisionCreateBody,
): Promise<Decision> {
  const id = newDecisionId();
  const now = services.now().toISOString();
  const active = await activeOn(services, services.db, body.effectiveOn ?? null);
  const decision = newDraft(id, user, now, {
    number: '',
    title: body.title,
    issuer: body.issuer ?? null,
    signer: body.signer ?? null,
    signedOn: null,
    effectiveOn: body.effectiveOn ?? null,
    scope: body.scope ?? { agency: null, fields: [], levels: [] },
    items: resolveItems(id, body.items, active),
    legalBasis: body.legalBasis ?? [],
    attachments: [],
  });
  await services.db.transaction().execute((tx) => insertDraft(tx, decision, now));
  return decision;
}

export async function editDraft(
  services: Services,
  user: SignedInUser,
  id: string,
  body: DecisionPatchBody,
): Promise<Decision> {
  return services.db.transaction().execute(async (tx) => {
    const decision = await lockedAtRevision(tx, id, body.revision);
    const now = services.now().toISOString();
    const effectiveOn = body.effectiveOn === undefined ? decision.effectiveOn : body.effectiveOn;
    const items = body.items
      ? resolveItems(id, body.items, await activeOn(services, tx, effectiveOn))
      : undefined;
    const edited = ruled(() =>
      editDecision(
        decision,
        (content) => ({
          ...content,
          ...(body.title !== undefined ? { title: body.title } : {}),
          ...(body.issuer !== undefined ? { issuer: body.issuer } : {}),
          ...(body.signer !== undefined ? { signer: body.signer } : {}),
          ...(body.effectiveOn !== undefined ? { effectiveOn: body.effectiveOn } : {}),
          ...(body.scope !== undefined ? { scope: body.scope } : {}),
          ...(body.legalBasis !== undefined ? { legalBasis: body.legalBasis } : {}),
          ...(items ? { items } : {}),
        }),
        user.username,
        now,
      ),
    );
    if (edited !== decision) {
      await updateDecision(tx, edited, now);
      // A decision imported without its history gets the revision it had saved too (a no-op
      // when its row exists), so the edit can be diffed against what it changed.
      await insertRevisions(tx, [unsavedRevision(decision), revisionOf(edited, now)]);
    }
    return edited;
  });
}

const COMMAND_OF: Record<Exclude<TransitionTarget, 'issued'>, DecisionCommand['type']> = {
  in_review: 'submit',
  changes_requested: 'request_changes',
  approved: 'approve',
  withdrawn: 'withdraw',
};

export async function transitionDecision(
  services: Services,
  user: SignedInUser,
  id: string,
  body: TransitionBody,
): Promise<Decision> {
  return services.db.transaction().execute(async (tx) => {
    // Issuing appends to the change log: take the chain lock before the row lock, always in
    // this order, so two instances issuing at once queue instead of deadlocking.
    if (body.to === 'issued') await lockChain(tx);
    const decision = await lockedAtRevision(tx, id, body.revision);
    const now = services.now();
    const at = now.toISOString();
    let next: Decision;
    if (body.to === 'issued') {
      const effectiveOn = body.effectiveOn ?? decision.effectiveOn;
      const active = await activeOn(services, tx, effectiveOn);
      const outcome = ruled(() =>
        issueDecision(
          decision,
          { number: body.number!, signedOn: body.signedOn!, effectiveOn, signer: body.signer },
          user.username,
          at,
          { activeAt: () => active },
        ),
      );
      if (!outcome.ok) throw validationFailed(outcome.issues);
      next = outcome.decision;
      const drafts = changeLogEntriesForDecision(next, user.username, at, {
        levelsOf: (procedureId) => active.get(procedureId)?.levels ?? [],
      });
      const head = await changeLogHead(tx);
      await insertChangeLog(tx, chainChangeLogDrafts(head, drafts));
    } else {
      const type = COMMAND_OF[body.to];
      const issues = type === 'submit' ? await validationOf(services, tx, decision) : undefined;
      if (issues?.some((i) => i.severity === 'error')) throw validationFailed(issues);
      const command = {
        type,
        actor: user.username,
        comment: body.comment ?? null,
        issues,
      } as DecisionCommand;
      // The rules of core first: a submission refused anyway is not blamed on its reviewers.
      ruled(() => {
        const refusal = commandError(decision, command);
        if (refusal) throw refusal;
      });
      if (command.type === 'submit')
        command.reviewers = await checkedReviewers(tx, decision, body.reviewers ?? []);
      next = ruled(() => applyDecisionCommand(decision, command, at));
    }
    await updateDecision(tx, next, at);
    // The review tasks it carries close with its issue, and go back to open if it is withdrawn.
    await followDecision(tx, next, at);
    // Issuing records the number and dates as signed: content, so a revision of its own.
    if (next.revision !== decision.revision) await insertRevisions(tx, [revisionOf(next, at)]);
    return next;
  });
}

export async function decisionDetail(
  services: Services,
  user: SignedInUser,
  decision: Decision,
): Promise<DecisionDetailResponse> {
  const validation = await validationOf(services, services.db, decision);
  const transitions = TRANSITION_TARGETS.filter((to) => {
    if (!can(user.roles, TRANSITION_PERMISSIONS[to])) return false;
    const type = to === 'issued' ? 'issue' : COMMAND_OF[to];
    const command = { type, actor: user.username, comment: '…', issues: validation } as DecisionCommand;
    return commandError(decision, command) === null;
  });
  return { decision, validation, transitions };
}

async function lockedAtRevision(tx: Db, id: string, revision: number): Promise<Decision> {
  const decision = await findDecision(tx, id, true);
  if (!decision) throw notFound('quyết định', id);
  if (decision.state === 'issued')
    throw new ApiHttpError(
      409,
      'immutable',
      'Quyết định đã ban hành, không thể thay đổi (the decision is issued and final).',
    );
  if (decision.revision !== revision)
    throw new ApiHttpError(
      409,
      'stale-revision',
      `Quyết định đã được sửa (phiên bản ${decision.revision}, bạn sửa trên phiên bản ${revision}): hãy tải lại (the decision changed since revision ${revision}).`,
      { revision, currentRevision: decision.revision },
      { body: { currentRevision: decision.revision } },
    );
  return decision;
}

function validationFailed(issues: ValidationIssue[]): ApiHttpError {
  const errors = issues.filter((i) => i.severity === 'error');
  return new ApiHttpError(
    422,
    'validation-failed',
    `Quyết định chưa hợp lệ: ${errors.map((e) => e.message).join('; ')} (the decision does not pass validation).`,
    { errors: errors.length },
    { body: { issues } },
  );
}

/** Runs a rule of core, turning its refusals into API errors. */
function ruled<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof DecisionRuleError)) throw error;
    switch (error.code) {
      case 'self-approval':
        throw new ApiHttpError(403, 'self-approval', error.message);
      case 'not-assigned-reviewer':
        throw new ApiHttpError(403, 'not-assigned-reviewer', error.message, error.params);
      case 'immutable':
        throw new ApiHttpError(409, 'immutable', error.message);
      case 'invalid-transition':
        throw new ApiHttpError(409, 'invalid-transition', error.message);
      case 'stale-approvals':
        throw new ApiHttpError(409, 'stale-approvals', error.message);
      case 'comment-required':
        throw new ApiHttpError(422, 'comment-required', error.message);
      case 'blocking-errors':
        throw new ApiHttpError(422, 'validation-failed', error.message);
      default:
        throw new ApiHttpError(400, 'bad-request', error.message);
    }
  }
}
