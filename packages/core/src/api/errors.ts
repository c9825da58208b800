import { z } from 'zod';
import { CsvIssueSchema } from '../interchange/csv-issue';

/**
 * Every error the API answers with: a stable `code` a screen translates, its `params` (the
 * values the sentence needs) and an English/Vietnamese `message` for logs and curl users.
 */
export const API_ERROR_CODES = [
  /** 400: a body or query does not match its schema; params `{field, issue}`. */
  'bad-request',
  /** 401: not signed in, or the session expired. */
  'unauthenticated',
  /** 401: wrong username or password, or a disabled account (deliberately the same answer). */
  'invalid-credentials',
  /** 401: the personal access token was revoked. */
  'token-revoked',
  /** 403: the role may not; params `{permission}`. */
  'forbidden',
  /** 403: the author of a revision tried to approve it. */
  'self-approval',
  /** 403: a reviewer the decision was not sent to gave a verdict; params `{reviewers}`. */
  'not-assigned-reviewer',
  /** 403: a state-changing request from another site; params `{origin}`. */
  'origin-refused',
  /** 404: no such resource; params `{resource, id}`. */
  'not-found',
  /** 409: the edit or transition was made on an older revision; params `{revision, currentRevision}`. */
  'stale-revision',
  /** 409: an issued (or withdrawn) decision cannot change. */
  'immutable',
  /** 409: the decision is not in a state the transition starts from; params `{from, to}`. */
  'invalid-transition',
  /** 409: the approvals no longer match the content. */
  'stale-approvals',
  /** 409: an import names decisions the workspace holds with other content; params `{conflicts}`. */
  'import-conflict',
  /** 409: the demo loads only into an empty workspace. */
  'workspace-not-empty',
  /** 409: the legal document is registered already; params `{number}`. */
  'document-exists',
  /** 409: a review task is done and cannot change; params `{taskId}`. */
  'task-closed',
  /** 409: a review task is carried by a live decision already; params `{taskId, decisionId}`. */
  'task-linked',
  /** 409: checklist items are no longer pending as marked (someone else did them, or the catalogue moved); params `{procedureIds}`. */
  'checklist-changed',
  /** 409: the username exists already; params `{username}`. */
  'username-taken',
  /** 409: setup was already done (a user exists). */
  'setup-done',
  /** 403: the setup token is wrong, used or expired. */
  'setup-token-invalid',
  /** 413: the body is larger than the limit; params `{limit}` (bytes). */
  'payload-too-large',
  /** 415: the body is not of the media type the route reads; params `{expected}`. */
  'unsupported-media-type',
  /** 422: a comment is required (requesting changes, withdrawing). */
  'comment-required',
  /** 422: a document with relations gives neither an effective nor an issue date; params `{number}`. */
  'document-without-date',
  /** 422: no deadline rule applies to the issuer kind; params `{issuerKind}`. */
  'no-deadline-rule',
  /** 422: a watch URL is not http(s) or reaches a loopback, private or link-local host; params `{host}`. */
  'host-not-allowed',
  /** 422: a review outcome was given without its reason. */
  'reason-required',
  /** 422: the tasks give no item to draft (all kept, or their procedures ended); params `{taskIds}`. */
  'nothing-to-draft',
  /** 422: the decision does not pass core's validation; `issues` lists why. */
  'validation-failed',
  /** 422: the CSV has errors; `errors` lists them by row and column, nothing was written. */
  'import-invalid',
  /** 422: a restore bundle is corrupt, of a newer version, or its change log does not verify. */
  'restore-refused',
  /** 422: a password shorter than the minimum; params `{min}`. */
  'password-too-short',
  /** 429: too many failed sign-ins; params `{retryAfter}` (seconds, also in `Retry-After`). */
  'too-many-requests',
  /** 500: a bug; the message says nothing more. */
  'internal',
] as const;
export const ApiErrorCodeSchema = z.enum(API_ERROR_CODES);
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>;

export const ApiErrorSchema = z.object({
  code: ApiErrorCodeSchema,
  params: z.record(z.string(), z.unknown()),
  message: z.string(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** One finding of core's decision validation, as the API carries it. */
export const ValidationIssueSchema = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  itemId: z.string().nullable(),
  message: z.string(),
});

/** 422 of a transition or edit: the validation issues that block it. */
export const ValidationErrorResponseSchema = ApiErrorSchema.extend({
  issues: z.array(ValidationIssueSchema),
});
export type ValidationErrorResponse = z.infer<typeof ValidationErrorResponseSchema>;

/** 422 of an import: every error found, nothing written. */
export const ImportErrorResponseSchema = ApiErrorSchema.extend({
  errors: z.array(CsvIssueSchema),
});
export type ImportErrorResponse = z.infer<typeof ImportErrorResponseSchema>;
