import type { DecisionState } from '../model/decision';
import type { Role } from './roles';

/**
 * What each role may do, as data: the server checks every route against this table and the
 * console uses it to show only the buttons a user may press. One permission per kind of
 * action, named `<resource>.<verb>`.
 */
export const PERMISSIONS = {
  /** Read the catalogue, its snapshots and the publications list. */
  'catalogue.read': ['drafter', 'reviewer', 'supervisor', 'admin'],
  /** Read decisions (list and detail). */
  'decisions.read': ['drafter', 'reviewer', 'supervisor', 'admin'],
  /** Create, edit, submit and withdraw a draft. */
  'decisions.draft': ['drafter'],
  /** Comment on a decision, an item or a field of an item. */
  'decisions.comment': ['drafter', 'reviewer', 'supervisor'],
  /** Approve a revision or request changes (the legal review). */
  'decisions.review': ['reviewer'],
  /** Record an approved decision as issued, with its number and dates as signed. */
  'decisions.issue': ['drafter', 'supervisor'],
  /** Read the change log and verify its chain. */
  'changelog.read': ['drafter', 'reviewer', 'supervisor', 'admin'],
  /** Read period reports and export the change log and reports (CSV, XLSX, JSON). */
  'reports.read': ['drafter', 'reviewer', 'supervisor', 'admin'],
  /** Import a decision-list CSV into the workspace. */
  'imports.run': ['drafter', 'admin'],
  /** Publish the catalogue of a date as a snapshot. */
  'publications.create': ['drafter', 'supervisor'],
  /** Download the whole workspace as a bundle. */
  'backup.read': ['admin', 'supervisor'],
  /** Replace the workspace with a bundle. */
  'backup.restore': ['admin'],
  /** Add, change and disable accounts. */
  'users.manage': ['admin'],
  /** Load the demo workspace into an empty server. */
  'workspace.demo': ['admin'],
  /** Read the legal-document registry, impact, flags, review campaigns, tasks and the dashboard. */
  'legal.read': ['drafter', 'reviewer', 'supervisor', 'admin'],
  /** Register and edit legal documents, open review campaigns, assign and decide review tasks. */
  'legal.write': ['reviewer', 'admin'],
  /** Read portal watches, their runs and the inbox of findings. */
  'watches.read': ['drafter', 'reviewer', 'supervisor', 'admin'],
  /** Create, change, pause and run portal watches. */
  'watches.manage': ['supervisor', 'admin'],
  /** Assign findings, mark them reported to the portal's owner, dismiss or re-open them. */
  'findings.triage': ['drafter', 'reviewer', 'supervisor'],
  /** Report findings confirmed on a portal page (what an extension's access token grants). */
  'findings.report': ['drafter', 'reviewer', 'supervisor', 'admin'],
  /** Read offices, their posting sheets and re-posting checklists. */
  'posting.read': ['drafter', 'reviewer', 'supervisor', 'admin'],
  /** Create and edit offices (what each posts). */
  'posting.manage': ['supervisor', 'admin'],
  /** Mark re-posting checklist items done at an office. */
  'posting.record': ['drafter', 'supervisor', 'admin'],
  /** Read the activity log (sign-ins, failed sign-ins, admin actions). */
  'activity.read': ['admin', 'supervisor'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/** Whether a user holding `roles` may do what `permission` names. */
export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

/** Every permission the roles grant, in table order (for `GET /api/me` and the console's menus). */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  return PERMISSION_NAMES.filter((permission) => can(roles, permission));
}

/** The states a transition request may name (`POST /api/decisions/:id/transitions {to}`). */
export const TRANSITION_TARGETS = [
  'in_review',
  'changes_requested',
  'approved',
  'issued',
  'withdrawn',
] as const;
export type TransitionTarget = (typeof TRANSITION_TARGETS)[number] & DecisionState;

/** The permission a transition needs: submitting and withdrawing are the drafter's, the verdicts the reviewer's. */
export const TRANSITION_PERMISSIONS: Record<TransitionTarget, Permission> = {
  in_review: 'decisions.draft',
  changes_requested: 'decisions.review',
  approved: 'decisions.review',
  issued: 'decisions.issue',
  withdrawn: 'decisions.draft',
};
