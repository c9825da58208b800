import { afterEach, describe, expect, it, vi } from 'vitest';
import { FINDINGS_FIRST_PAGE } from '../portals/findings-paging';
import { askEarly, EARLY_REQUEST_HEADERS, earlyRequestsFor, takeEarlyAnswer } from './early-requests';
import { createApiClient } from './http';
import { listFindings } from './portal-watches';
import { me } from './session';

const ME = { username: 'lan', roles: ['drafter'], permissions: ['watches.read'] };
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  // Whatever a test left unanswered is taken, so the next test starts with none.
  for (const url of ['/api/me', `/api/findings?limit=${FINDINGS_FIRST_PAGE}&offset=0`])
    takeEarlyAnswer(url, { ...EARLY_REQUEST_HEADERS });
});

describe('the page’s first requests', () => {
  it('are /api/me everywhere, and the inbox’s first page on the unfiltered inbox only', () => {
    const inbox = `/api/findings?limit=${FINDINGS_FIRST_PAGE}&offset=0`;
    expect(earlyRequestsFor('#/portals')).toEqual(['/api/me', inbox]);
    expect(earlyRequestsFor('')).toEqual(['/api/me']);
    expect(earlyRequestsFor('#/')).toEqual(['/api/me']);
    expect(earlyRequestsFor('#/portals?state=open')).toEqual(['/api/me']);
    expect(earlyRequestsFor('#/portals/watches')).toEqual(['/api/me']);
  });

  it('ask exactly what the inbox’s route asks for its first page, with the client’s headers', async () => {
    const asked: { url: string; headers: Record<string, string> }[] = [];
    const client = createApiClient({
      fetch: (async (url: string, init: RequestInit) => {
        asked.push({ url, headers: init.headers as Record<string, string> });
        return json({ total: 0, findings: [] });
      }) as typeof fetch,
    });
    await listFindings(client, {}, { offset: 0, limit: FINDINGS_FIRST_PAGE });
    expect(asked).toEqual([{ url: earlyRequestsFor('#/portals')[1], headers: { ...EARLY_REQUEST_HEADERS } }]);
  });

  it('are taken once, fresh, and only by the same GET', () => {
    const fetched = vi.fn(async () => json(ME));
    askEarly('/api/me', fetched as unknown as typeof fetch, 1_000);
    expect(fetched).toHaveBeenCalledWith(
      '/api/me',
      expect.objectContaining({ method: 'GET', cache: 'no-store' }),
    );
    // A conditional GET (other headers) is not this request.
    expect(
      takeEarlyAnswer('/api/me', { Accept: 'application/json', 'If-None-Match': '"x"' }, 1_001),
    ).toBeNull();
    expect(takeEarlyAnswer('/api/me', { ...EARLY_REQUEST_HEADERS }, 1_001)).not.toBeNull();
    expect(takeEarlyAnswer('/api/me', { ...EARLY_REQUEST_HEADERS }, 1_002)).toBeNull();

    askEarly('/api/me', fetched as unknown as typeof fetch, 1_000);
    expect(takeEarlyAnswer('/api/me', { ...EARLY_REQUEST_HEADERS }, 11_001)).toBeNull();
  });

  it('answer the page’s own client instead of a second request; a test’s client never takes them', async () => {
    const pageFetch = vi.fn(async () => json(ME));
    vi.stubGlobal('fetch', pageFetch);
    askEarly('/api/me', pageFetch as unknown as typeof fetch);
    expect(pageFetch).toHaveBeenCalledTimes(1);
    expect(await me(createApiClient())).toEqual(ME);
    expect(pageFetch).toHaveBeenCalledTimes(1);
    // Taken: the next read asks the server.
    expect(await me(createApiClient())).toEqual(ME);
    expect(pageFetch).toHaveBeenCalledTimes(2);

    askEarly('/api/me', pageFetch as unknown as typeof fetch);
    const testFetch = vi.fn(async () => json(ME));
    await me(createApiClient({ fetch: testFetch as unknown as typeof fetch }));
    expect(testFetch).toHaveBeenCalledTimes(1);
  });

  it('reach the screen as its own read would: a 401 is an error of the client', async () => {
    const pageFetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ code: 'unauthenticated', params: {}, message: 'sign in' }), {
          status: 401,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', pageFetch);
    askEarly('/api/me', pageFetch as unknown as typeof fetch);
    const client = createApiClient();
    const heard = vi.fn();
    client.onUnauthenticated(heard);
    await expect(me(client)).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(pageFetch).toHaveBeenCalledTimes(1);
  });
});
