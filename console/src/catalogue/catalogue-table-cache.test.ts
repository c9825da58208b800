import 'fake-indexeddb/auto';
import { makeVersion } from '@niemyet/core/testing';
import { cachedCatalogueHash, NiemyetConsoleDb } from '@niemyet/db';
import { freshConsoleDb } from '@niemyet/db/testing';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../api/http';
import { FakeServer } from '../testing/fake-server';
import { syncCatalogue, syncCatalogueTable } from './catalogue-cache';
import { catalogueTableOf, tableRows } from './catalogue-table-data';

function setUp() {
  const server = new FakeServer({
    accounts: { lan: { password: 'x'.repeat(10), roles: ['reviewer'] } },
    signedInAs: 'lan',
  });
  server.baseline.push(makeVersion({ code: '1.000002', name: 'Đăng ký kết hôn' }));
  server.baseline.push(makeVersion({ code: '1.000001', name: 'Đăng ký khai sinh' }));
  return { server, client: createApiClient({ fetch: server.fetch }), db: freshConsoleDb() };
}

/** The same browser database opened again, as after a reload: nothing held in memory. */
const reopened = (db: NiemyetConsoleDb) => new NiemyetConsoleDb(db.name);

const snapshotRequests = (server: FakeServer) => server.requestsTo('GET', '/api/catalogue/snapshot');
const codes = (table: Parameters<typeof tableRows>[0]) => tableRows(table, new Map()).map((row) => row.code);

describe('the catalogue table through the browser cache', () => {
  it('keeps the table of a date the server sent, reads it back after a reload, confirmed by a 304', async () => {
    const { server, client, db } = setUp();
    const first = await syncCatalogueTable({ db, client, asOf: '2025-01-01' });
    expect(first.from).toBe('server');
    expect(codes(first.table.inForce)).toEqual(['1.000001', '1.000002']);
    expect(snapshotRequests(server)[0]?.headers.get('If-None-Match')).toBeNull();

    const again = reopened(db);
    const shown: unknown[] = [];
    const second = await syncCatalogueTable({
      db: again,
      client,
      asOf: '2025-01-01',
      onCached: (table) => shown.push(table),
    });
    // Read back from IndexedDB (a copy, not the object in memory), then confirmed.
    expect(shown).toHaveLength(1);
    expect(shown[0]).not.toBe(first.table);
    expect(shown[0]).toEqual(first.table);
    expect(second.from).toBe('cache');
    expect(second.table).toBe(shown[0]);
    expect(snapshotRequests(server)[1]?.headers.get('If-None-Match')).toBe(`"${first.table.hash}"`);
  });

  it('shows the kept table without waiting for the server, and says when the server cannot be asked', async () => {
    const { client, db } = setUp();
    const first = await syncCatalogueTable({ db, client, asOf: '2025-01-01' });
    let fail = (_: Error) => {};
    const answering = new Promise<Response>((_, reject) => {
      fail = reject;
    });
    const down = createApiClient({ fetch: (() => answering) as unknown as typeof fetch });
    const shown: unknown[] = [];
    const syncing = syncCatalogueTable({
      db: reopened(db),
      client: down,
      asOf: '2025-01-01',
      onCached: (table) => shown.push(table),
    });
    // The table is read while the server has not answered yet.
    await expect.poll(() => shown.length).toBe(1);
    expect(shown[0]).toEqual(first.table);
    fail(new TypeError('network down'));
    await expect(syncing).rejects.toBeTruthy();
  });

  it('shows a date seen moments ago from memory, also when only its whole snapshot was held', async () => {
    const { client, db } = setUp();
    const whole = await syncCatalogue({ db, client, asOf: '2025-01-01' });
    await db.catalogueTables.clear();
    const shown: unknown[] = [];
    const synced = await syncCatalogueTable({
      db,
      client,
      asOf: '2025-01-01',
      onCached: (t) => shown.push(t),
    });
    expect(shown).toEqual([catalogueTableOf(whole.snapshot)]);
    expect(shown[0]).toBe(catalogueTableOf(whole.snapshot));
    expect(synced.from).toBe('cache');
  });

  it('takes the server’s new snapshot when the date moved on, and keeps its table in place of the old', async () => {
    const { server, client, db } = setUp();
    const first = await syncCatalogueTable({ db, client, asOf: '2025-01-01' });
    server.mergeBundle({
      decisions: [],
      baseline: [makeVersion({ code: '1.000003', name: 'Đăng ký khai tử' })],
      changeLog: [],
    });
    const again = reopened(db);
    const shown: string[] = [];
    const second = await syncCatalogueTable({
      db: again,
      client,
      asOf: '2025-01-01',
      onCached: (table) => shown.push(table.hash),
    });
    expect(shown).toEqual([first.table.hash]);
    expect(second.from).toBe('server');
    expect(codes(second.table.inForce)).toEqual(['1.000001', '1.000002', '1.000003']);
    expect(await cachedCatalogueHash(again, '2025-01-01')).toBe(second.table.hash);
    expect(await again.catalogueTables.count()).toBe(1);
    expect((await again.catalogueTables.get(second.table.hash))?.inForce).toEqual(second.table.inForce);
  });

  it('asks for the whole snapshot again when the kept hash has lost its table', async () => {
    const { server, client, db } = setUp();
    const first = await syncCatalogueTable({ db, client, asOf: '2025-01-01' });
    await db.catalogueTables.clear();
    const shown: unknown[] = [];
    const second = await syncCatalogueTable({
      db: reopened(db),
      client,
      asOf: '2025-01-01',
      onCached: (table) => shown.push(table),
    });
    expect(shown).toEqual([]);
    // The server said 304 to the kept hash; nothing to show for it, so it is asked plainly.
    const requests = snapshotRequests(server);
    expect(requests.map((r) => r.headers.get('If-None-Match'))).toEqual([
      null,
      `"${first.table.hash}"`,
      null,
    ]);
    expect(second.from).toBe('server');
    expect(second.table).toEqual(first.table);
    expect(await db.catalogueTables.count()).toBe(1);
  });
});
