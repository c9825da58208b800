import { type ApiError, type ApiErrorCode, bilingualApiErrorMessage } from '@niemyet/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * A refusal the API answers with its stable code, parameters and message (DESIGN §3: errors
 * that cross a boundary carry a code, so each screen says them in the user's language).
 * Thrown anywhere in a route; `errorHandler` turns it into the JSON answer. The `message`
 * argument is the developer's detail (stack traces, tests); the answer's `message` is core's
 * sentence for the code, the same words the console and the extension show.
 */
export class ApiHttpError extends Error {
  override readonly name = 'ApiHttpError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly params: Record<string, unknown> = {},
    /** Extra members of the body (`issues`, `errors`) and headers (`Retry-After`). */
    readonly extra: { body?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(message);
  }

  /** The JSON answer: its `message` is "<Vietnamese> (<English>)" from core's one sentence table. */
  body(): ApiError & Record<string, unknown> {
    const message = bilingualApiErrorMessage(this.code, this.params);
    return { code: this.code, params: this.params, message, ...this.extra.body };
  }
}

export const unauthenticated = () =>
  new ApiHttpError(401, 'unauthenticated', 'Chưa đăng nhập hoặc phiên đã hết hạn (not signed in).');

export const forbidden = (permission: string) =>
  new ApiHttpError(
    403,
    'forbidden',
    `Vai trò của bạn không được phép (${permission}) (your roles do not allow it).`,
    {
      permission,
    },
  );

export const notFound = (resource: string, id: string) =>
  new ApiHttpError(404, 'not-found', `Không tìm thấy ${resource} «${id}» (not found).`, { resource, id });

export function errorResponse(c: Context, error: ApiHttpError): Response {
  for (const [name, value] of Object.entries(error.extra.headers ?? {})) c.header(name, value);
  return c.json(error.body(), error.status);
}

/** Hono's error hook: API errors as they are, anything else as a bare 500 (details in the log). */
export function errorHandler(error: Error, c: Context): Response {
  if (error instanceof ApiHttpError) return errorResponse(c, error);
  console.error(`[niemyet] ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
  return errorResponse(c, new ApiHttpError(500, 'internal', 'Lỗi máy chủ (internal error).'));
}
