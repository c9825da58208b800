import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { ApiHttpError, errorHandler, forbidden } from './errors';

function appThrowing(error: Error): Hono {
  const app = new Hono();
  app.onError(errorHandler);
  app.get('/x', () => {
    throw error;
  });
  return app;
}

describe('the error answers', () => {
  it('say a known code with core sentences, Vietnamese first and English in brackets', async () => {
    const app = appThrowing(
      new ApiHttpError(409, 'username-taken', 'developer detail: unique index users_username', {
        username: 'lan',
      }),
    );
    const reply = await app.request('/x');
    expect(reply.status).toBe(409);
    expect(await reply.json()).toEqual({
      code: 'username-taken',
      params: { username: 'lan' },
      message: 'Tên đăng nhập «lan» đã có người dùng. (The username “lan” is taken.)',
    });
  });

  it('keeps the extra members and headers, and fills numbers the Vietnamese way', async () => {
    const app = appThrowing(
      new ApiHttpError(
        429,
        'too-many-requests',
        'throttled',
        { retryAfter: 1200 },
        {
          headers: { 'Retry-After': '1200' },
          body: { hint: 'wait' },
        },
      ),
    );
    const reply = await app.request('/x');
    expect(reply.headers.get('Retry-After')).toBe('1200');
    const body = (await reply.json()) as { message: string; hint: string };
    expect(body.hint).toBe('wait');
    expect(body.message).toBe(
      'Đăng nhập sai quá nhiều lần: thử lại sau 1.200 giây. (Too many failed sign-ins: try again in 1.200 seconds.)',
    );
  });

  it('answers a bug with the internal sentence, not its stack', async () => {
    // The handler logs the stack for the operator; keep the test output quiet.
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = await appThrowing(new Error('secret stack detail')).request('/x');
    expect(reply.status).toBe(500);
    const body = (await reply.json()) as { code: string; message: string };
    expect(body.code).toBe('internal');
    expect(body.message).not.toContain('secret');
    expect(body.message).toContain('(The server failed.');
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });

  it('keeps the developer detail on the thrown error itself', () => {
    expect(forbidden('users.write').message).toContain('users.write');
  });
});
