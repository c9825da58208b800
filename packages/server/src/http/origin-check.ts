import type { MiddlewareHandler } from 'hono';
import { requestHost } from './client';
import { ApiHttpError } from './errors';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cross-site request forgery guard: a state-changing request whose `Origin` names another
 * site is refused (403 `origin-refused`), whatever cookie it carries. Browsers always send
 * Origin on such requests; a request without one (curl, the CLI) is not from a page and
 * passes. `null` (sandboxed frames, file: pages) is another site. The SameSite=Lax cookie is
 * the second line.
 */
export function originCheck(trustProxy: boolean): MiddlewareHandler {
  return async (c, next) => {
    // A Bearer token is sent only by code that holds it (the extension), never added by a
    // browser on its own as a cookie is: such a request cannot be forged cross-site.
    const bearer = /^Bearer\s/i.test(c.req.header('authorization') ?? '');
    if (STATE_CHANGING.has(c.req.method) && !bearer) {
      const origin = c.req.header('origin');
      if (origin !== undefined) {
        let host: string | null = null;
        try {
          host = origin === 'null' ? null : new URL(origin).host.toLowerCase();
        } catch {
          host = null;
        }
        if (host === null || host !== requestHost(c, trustProxy))
          throw new ApiHttpError(
            403,
            'origin-refused',
            `Yêu cầu từ trang khác (${origin}) bị từ chối (a request from another site is refused).`,
            { origin },
          );
      }
    }
    await next();
  };
}
