import type { Permission } from './permissions';

/**
 * Who may call a route:
 * - `public`: anyone, signed in or not;
 * - `signed-in`: any signed-in user;
 * - a permission of the table (`permissions.ts`);
 * - `transition`: the permission depends on the target state (`TRANSITION_PERMISSIONS`).
 */
export type RouteAccess = 'public' | 'signed-in' | 'transition' | Permission;

export interface ApiRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Hono-style path (`:id` for a parameter). */
  path: string;
  access: RouteAccess;
  summary: string;
}

/** Body size limits in bytes: larger bodies get 413 `payload-too-large`. */
export const API_BODY_LIMITS = {
  /** Every JSON body but a restore. */
  json: 1024 * 1024,
  /** A decision-list CSV (a 20,000-row file is about 5 MB). */
  csv: 64 * 1024 * 1024,
  /** A workspace bundle for `POST /api/restore`. */
  restore: 256 * 1024 * 1024,
} as const;

/**
 * Every route of the API: what the server registers, what the OpenAPI document lists and what
 * the role × route test walks. Order: as the README lists them.
 */
export const API_ROUTES: readonly ApiRoute[] = [
  { method: 'GET', path: '/api/health', access: 'public', summary: 'liveness and database check' },
  { method: 'GET', path: '/api/openapi.json', access: 'public', summary: 'this API as OpenAPI 3.1' },
  { method: 'GET', path: '/api/setup', access: 'public', summary: 'whether the first admin must be created' },
  {
    method: 'POST',
    path: '/api/setup',
    access: 'public',
    summary: 'create the first admin with the setup token',
  },
  { method: 'POST', path: '/api/session', access: 'public', summary: 'sign in' },
  { method: 'DELETE', path: '/api/session', access: 'public', summary: 'sign out' },
  { method: 'GET', path: '/api/me', access: 'signed-in', summary: 'who is signed in, roles, permissions' },
  { method: 'GET', path: '/api/users', access: 'users.manage', summary: 'list accounts' },
  {
    method: 'GET',
    path: '/api/people',
    access: 'signed-in',
    summary: 'usernames and roles, to name reviewers',
  },
  { method: 'POST', path: '/api/users', access: 'users.manage', summary: 'add an account' },
  {
    method: 'PATCH',
    path: '/api/users/:username',
    access: 'users.manage',
    summary: 'change roles, password, disable',
  },
  { method: 'GET', path: '/api/activity', access: 'activity.read', summary: 'the activity log' },
  {
    method: 'POST',
    path: '/api/imports/decisions',
    access: 'imports.run',
    summary: 'import a decision-list CSV',
  },
  {
    method: 'POST',
    path: '/api/imports/workspace',
    access: 'imports.run',
    summary: 'upload the workspace bundle an earlier console kept in a browser',
  },
  {
    method: 'GET',
    path: '/api/catalogue',
    access: 'catalogue.read',
    summary: 'the catalogue in force on a date, searched, paged',
  },
  {
    method: 'GET',
    path: '/api/catalogue/snapshot',
    access: 'catalogue.read',
    summary: 'the whole catalogue of a date as a snapshot',
  },
  {
    method: 'GET',
    path: '/api/catalogue/published',
    access: 'public',
    summary: 'the latest published snapshot (ETag)',
  },
  {
    method: 'GET',
    path: '/api/procedures/:id',
    access: 'catalogue.read',
    summary: "a procedure's versions and the decisions that made them",
  },
  { method: 'GET', path: '/api/decisions', access: 'decisions.read', summary: 'list decisions' },
  { method: 'POST', path: '/api/decisions', access: 'decisions.draft', summary: 'create a draft' },
  {
    method: 'GET',
    path: '/api/decisions/:id',
    access: 'decisions.read',
    summary: 'a decision, its validation and possible transitions',
  },
  {
    method: 'PATCH',
    path: '/api/decisions/:id',
    access: 'decisions.draft',
    summary: 'edit a draft at a revision',
  },
  {
    method: 'POST',
    path: '/api/decisions/:id/transitions',
    access: 'transition',
    summary: 'submit, review, issue, withdraw',
  },
  {
    method: 'GET',
    path: '/api/decisions/:id/revisions',
    access: 'decisions.read',
    summary: 'every saved revision of a decision',
  },
  {
    method: 'GET',
    path: '/api/decisions/:id/revisions/:revision',
    access: 'decisions.read',
    summary: "one revision's content",
  },
  {
    method: 'GET',
    path: '/api/decisions/:id/comments',
    access: 'decisions.read',
    summary: 'comments on a decision, its items and fields',
  },
  {
    method: 'POST',
    path: '/api/decisions/:id/comments',
    access: 'decisions.comment',
    summary: 'comment on a decision, an item or a field',
  },
  {
    method: 'POST',
    path: '/api/decisions/:id/national-db',
    access: 'decisions.issue',
    summary: 'record the day items were entered on the national database',
  },
  {
    method: 'GET',
    path: '/api/documents',
    access: 'legal.read',
    summary: 'the legal-document registry, with documents only cited',
  },
  { method: 'POST', path: '/api/documents', access: 'legal.write', summary: 'register a legal document' },
  {
    method: 'POST',
    path: '/api/documents/import',
    access: 'legal.write',
    summary: 'import a legal-document CSV, all or nothing',
  },
  {
    method: 'GET',
    path: '/api/documents/:number',
    access: 'legal.read',
    summary: 'a document: status, relations, citing procedures, tasks',
  },
  {
    method: 'PUT',
    path: '/api/documents/:number',
    access: 'legal.write',
    summary: 'edit a registered document',
  },
  {
    method: 'GET',
    path: '/api/impact',
    access: 'legal.read',
    summary: 'procedures in force on a date citing a document',
  },
  {
    method: 'GET',
    path: '/api/procedures/:id/legal-basis',
    access: 'legal.read',
    summary: "a procedure's legal basis with each document's status",
  },
  {
    method: 'GET',
    path: '/api/legal-basis/flags',
    access: 'legal.read',
    summary: 'procedures resting on an ended document, counted by field and agency',
  },
  { method: 'GET', path: '/api/review-campaigns', access: 'legal.read', summary: 'review campaigns' },
  {
    method: 'POST',
    path: '/api/review-campaigns',
    access: 'legal.write',
    summary: 'open a review campaign over chosen documents',
  },
  {
    method: 'GET',
    path: '/api/review-campaigns/:id',
    access: 'legal.read',
    summary: 'a campaign, its progress and tasks',
  },
  { method: 'GET', path: '/api/review-tasks', access: 'legal.read', summary: 'review tasks, filtered' },
  {
    method: 'PATCH',
    path: '/api/review-tasks/:id',
    access: 'legal.write',
    summary: 'assign a review task or record its outcome',
  },
  {
    method: 'POST',
    path: '/api/review-tasks/draft-decision',
    access: 'decisions.draft',
    summary: 'draft a decision from review tasks',
  },
  {
    method: 'GET',
    path: '/api/reviews/dashboard',
    access: 'legal.read',
    summary: 'due this week, overdue, by assignee, campaign progress',
  },
  { method: 'GET', path: '/api/changelog', access: 'changelog.read', summary: 'change-log entries' },
  {
    method: 'GET',
    path: '/api/changelog/verify',
    access: 'changelog.read',
    summary: 'verify the hash chain',
  },
  {
    method: 'GET',
    path: '/api/changelog/export',
    access: 'reports.read',
    summary: 'the filtered change log as CSV, XLSX or JSON, streamed',
  },
  {
    method: 'GET',
    path: '/api/reports/period',
    access: 'reports.read',
    summary: 'figures of a period by action, level, field and month, and the paragraph',
  },
  {
    method: 'GET',
    path: '/api/reports/period/export',
    access: 'reports.read',
    summary: 'the period report as XLSX',
  },
  {
    method: 'GET',
    path: '/api/decisions/:id/annex.docx',
    access: 'decisions.read',
    summary: "the decision's annex as a Word document in the official layout",
  },
  { method: 'GET', path: '/api/publications', access: 'catalogue.read', summary: 'published snapshots' },
  {
    method: 'POST',
    path: '/api/publications',
    access: 'publications.create',
    summary: 'publish the catalogue of a date',
  },
  { method: 'GET', path: '/api/watches', access: 'watches.read', summary: 'portal watches' },
  {
    method: 'POST',
    path: '/api/watches',
    access: 'watches.manage',
    summary: 'watch a portal listing on a schedule',
  },
  {
    method: 'PATCH',
    path: '/api/watches/:id',
    access: 'watches.manage',
    summary: 'change, pause or resume a watch',
  },
  { method: 'POST', path: '/api/watches/:id/runs', access: 'watches.manage', summary: 'run a watch now' },
  {
    method: 'GET',
    path: '/api/watches/:id/runs/:runId',
    access: 'watches.read',
    summary: "a run's state and what it found",
  },
  {
    method: 'GET',
    path: '/api/findings',
    access: 'watches.read',
    summary: 'the inbox of portal discrepancies, filtered',
  },
  {
    method: 'POST',
    path: '/api/findings',
    access: 'findings.report',
    summary: 'report findings confirmed on a portal page',
  },
  {
    method: 'GET',
    path: '/api/findings/trend',
    access: 'watches.read',
    summary: 'open findings per week and portal',
  },
  {
    method: 'GET',
    path: '/api/findings/digest',
    access: 'watches.read',
    summary: "a day's new and re-opened findings per assignee",
  },
  {
    method: 'GET',
    path: '/api/findings/export',
    access: 'watches.read',
    summary: 'the filtered inbox as CSV or XLSX, streamed',
  },
  {
    method: 'GET',
    path: '/api/findings/:id',
    access: 'watches.read',
    summary: 'a finding and its sightings',
  },
  {
    method: 'PATCH',
    path: '/api/findings/:id',
    access: 'findings.triage',
    summary: 'assign a finding or move its state',
  },
  { method: 'GET', path: '/api/tokens', access: 'signed-in', summary: "the caller's access tokens" },
  {
    method: 'POST',
    path: '/api/tokens',
    access: 'signed-in',
    summary: 'create a personal access token for the extension',
  },
  { method: 'DELETE', path: '/api/tokens/:id', access: 'signed-in', summary: 'revoke an access token' },
  {
    method: 'GET',
    path: '/api/offices',
    access: 'posting.read',
    summary: 'offices and where their posting stands (pending, overdue)',
  },
  { method: 'POST', path: '/api/offices', access: 'posting.manage', summary: 'add an office' },
  { method: 'GET', path: '/api/offices/:id', access: 'posting.read', summary: 'an office' },
  { method: 'PATCH', path: '/api/offices/:id', access: 'posting.manage', summary: 'change an office' },
  {
    method: 'GET',
    path: '/api/offices/:id/sheet',
    access: 'posting.read',
    summary: "an office's posting sheet on a date",
  },
  {
    method: 'GET',
    path: '/api/offices/:id/sheet.docx',
    access: 'posting.read',
    summary: 'the posting sheet as an A4 DOCX with QR codes',
  },
  {
    method: 'GET',
    path: '/api/offices/:id/checklist',
    access: 'posting.read',
    summary: 'what the office must take down, replace and add',
  },
  {
    method: 'POST',
    path: '/api/offices/:id/checklist/done',
    access: 'posting.record',
    summary: 'mark checklist items done (who and when)',
  },
  {
    method: 'GET',
    path: '/api/public/offices',
    access: 'public',
    summary: 'every office and the date of its posted list',
  },
  {
    method: 'GET',
    path: '/api/public/offices/:id',
    access: 'public',
    summary: 'the list posted at an office (also the page /public/offices/:id)',
  },
  { method: 'GET', path: '/api/backup', access: 'backup.read', summary: 'the workspace bundle' },
  {
    method: 'POST',
    path: '/api/restore',
    access: 'backup.restore',
    summary: 'replace the workspace with a bundle',
  },
  {
    method: 'POST',
    path: '/api/demo',
    access: 'workspace.demo',
    summary: 'load the demo workspace into an empty server',
  },
];
