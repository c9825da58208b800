import { ApiErrorSchema, CsvIssueSchema, ValidationIssueSchema } from '@niemyet/core';
import { z } from 'zod';

/**
 * Every error the server answers with (DESIGN §3: errors that cross a boundary carry a stable
 * code, parameters and a message), as one class the screens can switch on. The message is the
 * server's English sentence, for logs; screens say `code` with `params` in the user's language
 * (`error-messages.ts`).
 */

/**
 * An error body whose code this build does not know yet (a newer server): still read, so the
 * user gets the server's message rather than a bare status. Known codes parse with core's
 * `ApiErrorSchema`, the contract's own.
 */
const LenientErrorBodySchema = ApiErrorSchema.extend({
  code: z.string().min(1),
  params: z.record(z.string(), z.unknown()).default({}),
  message: z.string().default(''),
});

export type ApiRowIssue = z.infer<typeof CsvIssueSchema>;
export type ApiValidationIssue = z.infer<typeof ValidationIssueSchema>;

/**
 * Codes the client gives errors the server never sent: the network failed, the answer was not
 * what the contract says, or the request was refused before it left (a body the schema rejects).
 */
export const CLIENT_ERROR_CODES = {
  network: 'network-error',
  badResponse: 'invalid-response',
  badRequest: 'invalid-request',
  aborted: 'aborted',
} as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[keyof typeof CLIENT_ERROR_CODES];

export interface ApiErrorInit {
  status: number;
  code: string;
  params?: Record<string, unknown>;
  message?: string;
  /** Seconds to wait before trying again (429's Retry-After), null when the server gave none. */
  retryAfter?: number | null;
  /** A refused import's problems by row and column (422). */
  errors?: ApiRowIssue[];
  /** Why a decision failed validation (422 `validation-failed`). */
  issues?: ApiValidationIssue[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly params: Record<string, unknown>;
  readonly retryAfter: number | null;
  readonly errors: ApiRowIssue[];
  readonly issues: ApiValidationIssue[];

  constructor(init: ApiErrorInit) {
    super(init.message || init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.params = init.params ?? {};
    this.retryAfter = init.retryAfter ?? null;
    this.errors = init.errors ?? [];
    this.issues = init.issues ?? [];
  }

  /** Not signed in (or the session ended): the console goes back to the sign-in screen. */
  get unauthenticated(): boolean {
    return this.status === 401;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * Retry-After as seconds: either a number of seconds or an HTTP date (RFC 9110 §10.2.3).
 * Null when absent or unreadable, so a screen never counts down from nonsense.
 */
export function parseRetryAfter(header: string | null, now: Date = new Date()): number | null {
  if (header === null || header.trim() === '') return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/**
 * The ApiError for an answer that is not 2xx (nor 304). A body that is not the error shape
 * (a proxy's HTML page, an empty 502) still gives an error with a code: `http-<status>`.
 */
export function apiErrorFromResponse(
  status: number,
  retryAfterHeader: string | null,
  bodyText: string,
): ApiError {
  const retryAfter = parseRetryAfter(retryAfterHeader);
  let json: unknown;
  try {
    json = bodyText === '' ? undefined : JSON.parse(bodyText);
  } catch {
    json = undefined;
  }
  const known = ApiErrorSchema.safeParse(json);
  const body = known.success ? known : LenientErrorBodySchema.safeParse(json);
  if (!body.success) return new ApiError({ status, code: `http-${status}`, retryAfter });
  // A refused import (422 `import-invalid`) lists its problems by row and column.
  const issues = z.object({ errors: z.array(CsvIssueSchema) }).safeParse(json);
  // A refused transition or edit (422 `validation-failed`) lists the validation issues that block it.
  const blocking = z.object({ issues: z.array(ValidationIssueSchema) }).safeParse(json);
  return new ApiError({
    status,
    code: body.data.code,
    params: body.data.params,
    message: body.data.message,
    retryAfter,
    errors: issues.success ? issues.data.errors : [],
    issues: blocking.success ? blocking.data.issues : [],
  });
}
