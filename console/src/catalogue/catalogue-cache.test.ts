import 'fake-indexeddb/auto';
import { makeVersion } from '@niemyet/core/testing';
import { cachedCatalogue } from '@niemyet/db';
import { freshConsoleDb } from '@niemyet/db/testing';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../api/http';
import { FakeServer } from '../testing/fake-server';
import { syncCatalogue } from './catalogue-cache';

function setUp() {
  const server = new FakeServer({
    accounts: { lan: { password: 'x'.repeat(10), roles: ['reviewer'] } },
    signedInAs: 'lan',
  });
  server.baseline.push(makeVersion({ code: '1.000001', name: 'Đăng ký khai sinh' }));
  return { server, client: createApiClient({ fetch: server.fetch }), db: freshConsoleDb() };
}

describe('the catalogue through the browser cache', () => {
  it('fetches a date once, then shows the cached copy at once and takes 304 for it', async () => {
    const { server, client, db } = setUp();
    const first = await syncCatalogue({ db, client, asOf: '2025-01-01' });
    expect(first.from).toBe('server');
    expect(first.snapshot.procedures.map((p) => p.code)).toEqual(['1.000001']);
    expect(server.requests[0]?.headers.get('If-None-Match')).toBeNull();
    expect((await cachedCatalogue(db, '2025-01-01'))?.hash).toBe(first.snapshot.hash);

    const shown: string[] = [];
    const second = await syncCatalogue({
      db,
      client,
      asOf: '2025-01-01',
      onCached: (s) => shown.push(s.hash),
    });
    expect(shown).toEqual([first.snapshot.hash]);
    expect(second).toEqual({ snapshot: first.snapshot, from: 'cache' });
    expect(server.requests[1]?.headers.get('If-None-Match')).toBe(`"${first.snapshot.hash}"`);
  });

  it('shows a date seen moments ago from memory, without reading IndexedDB again', async () => {
    const { client, db } = setUp();
    const first = await syncCatalogue({ db, client, asOf: '2025-01-01' });
    await db.catalogueCache.clear();
    const shown: unknown[] = [];
    const again = await syncCatalogue({ db, client, asOf: '2025-01-01', onCached: (s) => shown.push(s) });
    // The very object shown before: no copy was read back from storage.
    expect(shown).toEqual([first.snapshot]);
    expect(shown[0]).toBe(first.snapshot);
    expect(again.from).toBe('cache');
    // A fresh browser database remembers nothing.
    const other = await syncCatalogue({ db: freshConsoleDb(), client, asOf: '2025-01-01' });
    expect(other.from).toBe('server');
  });

  it('replaces the cached copy when the server has moved on', async () => {
    const { server, client, db } = setUp();
    const first = await syncCatalogue({ db, client, asOf: '2025-01-01' });
    server.mergeBundle({
      decisions: [],
      baseline: [makeVersion({ code: '1.000002', name: 'Đăng ký kết hôn' })],
      changeLog: [],
    });
    const shown: string[] = [];
    const second = await syncCatalogue({
      db,
      client,
      asOf: '2025-01-01',
      onCached: (s) => shown.push(s.hash),
    });
    // The old copy first (instant), then the new one from the server, cached in its place.
    expect(shown).toEqual([first.snapshot.hash]);
    expect(second.from).toBe('server');
    expect(second.snapshot.procedures.map((p) => p.code)).toEqual(['1.000001', '1.000002']);
    expect((await cachedCatalogue(db, '2025-01-01'))?.hash).toBe(second.snapshot.hash);
    expect(await db.catalogueCache.count()).toBe(1);
  });

  it('refuses a snapshot whose hash does not match its content, keeping the cached copy', async () => {
    const { server, client, db } = setUp();
    const first = await syncCatalogue({ db, client, asOf: '2025-01-01' });
    const tampered = { ...first.snapshot, procedures: [], hash: 'b'.repeat(64) };
    const lying = createApiClient({
      fetch: (async () => new Response(JSON.stringify(tampered), { status: 200 })) as typeof fetch,
    });
    await expect(syncCatalogue({ db, client: lying, asOf: '2025-01-01' })).rejects.toMatchObject({
      code: 'invalid-response',
    });
    expect((await cachedCatalogue(db, '2025-01-01'))?.hash).toBe(first.snapshot.hash);
    expect(server.requests).toHaveLength(1);
  });
});
