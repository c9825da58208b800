import type { MiddlewareHandler } from 'hono';

/**
 * One line per request: method, path (never the query, which could carry a search someone
 * typed), status, duration. No headers, no bodies: cookies, passwords and tokens never
 * reach the log.
 */
export function requestLog(write: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = (performance.now() - started).toFixed(1);
    write(`${new Date().toISOString()} ${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms`);
  };
}
