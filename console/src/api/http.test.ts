import { MeResponseSchema, SessionCreateBodySchema } from '@niemyet/core';
import { describe, expect, it } from 'vitest';
import { ApiError, parseRetryAfter } from './api-error';
import { fetchCatalogueSnapshot } from './catalogue';
import { createApiClient } from './http';
import { me, signIn } from './session';

interface Seen {
  url: string;
  init: RequestInit;
}

/** A fetch that records what it was asked and answers `respond()`. */
function fakeFetch(respond: (seen: Seen) => Response) {
  const calls: Seen[] = [];
  const fetch = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const seen = { url: String(input), init };
    calls.push(seen);
    return respond(seen);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('the API client', () => {
  it('sends JSON checked by the contract, same-origin with the cookie, and parses the answer', async () => {
    const server = fakeFetch(() =>
      json(200, { username: 'lan', roles: ['drafter'], permissions: ['imports.run'] }),
    );
    const client = createApiClient({ fetch: server.fetch });
    expect(await me(client)).toEqual({ username: 'lan', roles: ['drafter'], permissions: ['imports.run'] });
    expect(server.calls[0]).toMatchObject({
      url: '/api/me',
      init: { method: 'GET', credentials: 'same-origin' },
    });

    const signing = fakeFetch(() => new Response(null, { status: 204 }));
    await signIn(createApiClient({ fetch: signing.fetch }), { username: 'lan', password: 'x' });
    const [call] = signing.calls;
    expect(call?.init.method).toBe('POST');
    expect(new Headers(call?.init.headers).get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(call?.init.body))).toEqual({ username: 'lan', password: 'x' });
  });

  it('refuses to send a body its schema rejects, naming the field, without a request', async () => {
    const server = fakeFetch(() => new Response(null, { status: 204 }));
    const client = createApiClient({ fetch: server.fetch });
    const refused = await client
      .request({
        method: 'POST',
        path: '/api/session',
        json: { schema: SessionCreateBodySchema, value: { username: '', password: 'x' } },
        response: null,
      })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 0, code: 'invalid-request', params: { field: 'username' } });
    expect(server.calls).toHaveLength(0);
  });

  it('refuses an answer that is not the documented shape', async () => {
    const client = createApiClient({
      fetch: fakeFetch(() => json(200, { username: 'lan', roles: ['king'] })).fetch,
    });
    await expect(me(client)).rejects.toMatchObject({ code: 'invalid-response', status: 200 });
    const html = createApiClient({ fetch: fakeFetch(() => new Response('<html>', { status: 200 })).fetch });
    await expect(
      html.send({ method: 'GET', path: '/api/me', response: MeResponseSchema }),
    ).rejects.toMatchObject({ code: 'invalid-response' });
  });

  it('turns error answers into an ApiError with status, code, params, message and Retry-After', async () => {
    const client = createApiClient({
      fetch: fakeFetch(() =>
        json(
          429,
          { code: 'too-many-requests', params: { retryAfter: 42 }, message: 'throttled' },
          { 'Retry-After': '42' },
        ),
      ).fetch,
    });
    const error = (await signIn(client, { username: 'lan', password: 'x' }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect({ ...error, message: error.message }).toMatchObject({
      status: 429,
      code: 'too-many-requests',
      params: { retryAfter: 42 },
      message: 'throttled',
      retryAfter: 42,
    });

    const proxy = createApiClient({
      fetch: fakeFetch(() => new Response('Bad gateway', { status: 502 })).fetch,
    });
    await expect(me(proxy)).rejects.toMatchObject({ status: 502, code: 'http-502' });
    const down = createApiClient({
      fetch: (async () => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
    });
    await expect(me(down)).rejects.toMatchObject({ status: 0, code: 'network-error' });
  });

  it('carries the rows and columns of a refused import', async () => {
    const client = createApiClient({
      fetch: fakeFetch(() =>
        json(422, {
          code: 'import-invalid',
          params: { errors: 1 },
          message: 'errors',
          errors: [
            { code: 'date-invalid', params: {}, row: 3, column: 'Ngày ký', message: 'ngày không hợp lệ' },
          ],
        }),
      ).fetch,
    });
    await expect(me(client)).rejects.toMatchObject({
      code: 'import-invalid',
      errors: [{ code: 'date-invalid', row: 3, column: 'Ngày ký', message: 'ngày không hợp lệ' }],
    });
  });

  it('tells its listeners of a 401 unauthenticated, and of no other error', async () => {
    let status = 401;
    let code = 'unauthenticated';
    const client = createApiClient({
      fetch: fakeFetch(() => json(status, { code, params: {}, message: '' })).fetch,
    });
    const heard: string[] = [];
    const stop = client.onUnauthenticated((error) => heard.push(error.code));
    await me(client).catch(() => {});
    code = 'invalid-credentials';
    await me(client).catch(() => {});
    status = 403;
    code = 'forbidden';
    await me(client).catch(() => {});
    expect(heard).toEqual(['unauthenticated']);
    stop();
    status = 401;
    code = 'unauthenticated';
    await me(client).catch(() => {});
    expect(heard).toHaveLength(1);
  });

  it('asks for a snapshot with the cached hash as a quoted ETag and takes 304 as unchanged', async () => {
    const server = fakeFetch(() => new Response(null, { status: 304 }));
    const client = createApiClient({ fetch: server.fetch });
    expect(await fetchCatalogueSnapshot(client, '2020-12-31', 'a'.repeat(64))).toEqual({ changed: false });
    expect(server.calls[0]?.url).toBe('/api/catalogue/snapshot?at=2020-12-31');
    expect(new Headers(server.calls[0]?.init.headers).get('If-None-Match')).toBe(`"${'a'.repeat(64)}"`);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter('Sun, 06 Dec 2026 02:01:00 GMT', new Date('2026-12-06T02:00:00Z'))).toBe(60);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});
