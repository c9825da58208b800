import type { z } from 'zod';

/**
 * Every service of the national portal answers with a JSON array of flat rows whose values are
 * strings (`"TOTAL_RECORDS": "2507"`); an empty result is `[]` (the portal's own pages also
 * guard against `null`). Rows are validated one by one so an error names the service and the
 * row: a malformed answer is a portal change to notice, not data to guess at.
 */
export function parseServiceRows<S extends z.ZodType>(
  service: string,
  schema: S,
  json: unknown,
): z.output<S>[] {
  let value = json;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      throw new Error(`${service}: the answer is not valid JSON`);
    }
  }
  if (value === null) return [];
  if (!Array.isArray(value)) {
    throw new Error(`${service}: expected a JSON array of rows, got ${describe(value)}`);
  }
  return value.map((row, index) => {
    const result = schema.safeParse(row);
    if (!result.success) {
      const issue = result.error.issues[0];
      const path = issue && issue.path.length > 0 ? issue.path.join('.') : '(row)';
      throw new Error(
        `${service}: row ${index} is invalid: ${path}: ${issue?.message ?? 'unexpected value'}`,
      );
    }
    return result.data;
  });
}

function describe(value: unknown): string {
  if (typeof value === 'object') return value === null ? 'null' : 'an object';
  return typeof value;
}
