import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiHttpError } from './errors';

/**
 * Every body and query goes through a core schema; the first problem is answered as 400
 * `bad-request` naming the field (`items.2.action`) and what is wrong with it.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: 'body' | 'query',
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join('.') || where;
  throw new ApiHttpError(
    400,
    'bad-request',
    `Trường «${field}» không hợp lệ: ${issue.message} (invalid ${where} field)`,
    {
      field,
      issue: issue.message,
      in: where,
    },
  );
}

/** The JSON body, parsed by `schema`. The body limit has been checked by then (http/body-limit.ts). */
export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let value: unknown;
  try {
    value = JSON.parse(await c.req.text());
  } catch {
    throw new ApiHttpError(
      400,
      'bad-request',
      'Nội dung không phải JSON hợp lệ (the body is not valid JSON).',
      {
        field: 'body',
        issue: 'not JSON',
        in: 'body',
      },
    );
  }
  return parseWith(schema, value, 'body');
}

export function queryOf<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return parseWith(schema, c.req.query(), 'query');
}

/**
 * The body of an upload as text. The one place that reads an upload: when core's import
 * takes raw bytes (with encoding detection), this returns `c.req.arrayBuffer()` instead.
 */
export async function uploadText(c: Context, expected: string): Promise<string> {
  const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type && type !== expected && type !== 'text/plain' && type !== 'application/octet-stream')
    throw new ApiHttpError(
      415,
      'unsupported-media-type',
      `Cần nội dung ${expected} (expected ${expected}).`,
      {
        expected,
      },
    );
  return c.req.text();
}
