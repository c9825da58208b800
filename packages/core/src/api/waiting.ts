import { decisionRevisionHash } from '../decisions/revision';
import { assignedReviewers } from '../decisions/state-machine';
import type { Decision } from '../model/decision';
import { can } from './permissions';
import type { Role } from './roles';

/**
 * Whether a decision waits on this user (`GET /api/decisions?waiting=me`):
 * - a reviewer: in review, written by someone else, sent to them (or to any reviewer), and not
 *   yet approved by them at this revision;
 * - a drafter: their own draft, or changes requested on their revision;
 * - an issuer (drafter, supervisor): approved, to be recorded as issued.
 */
export function waitingOn(decision: Decision, username: string, roles: readonly Role[]): boolean {
  switch (decision.state) {
    case 'in_review': {
      if (!can(roles, 'decisions.review') || decision.author === username) return false;
      const reviewers = assignedReviewers(decision);
      if (reviewers.length > 0 && !reviewers.includes(username)) return false;
      const hash = decisionRevisionHash(decision);
      return !decision.approvals.some((a) => a.reviewer === username && a.revisionHash === hash);
    }
    case 'draft':
    case 'changes_requested':
      return can(roles, 'decisions.draft') && decision.author === username;
    case 'approved':
      return can(roles, 'decisions.issue');
    default:
      return false;
  }
}
