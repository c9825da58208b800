import 'fake-indexeddb/auto';
import type { CatalogueSnapshot } from '@niemyet/core';
import { describe, expect, it } from 'vitest';
import { smallSnapshot } from '../extension/test-support';
import {
  CATALOGUE_CACHE_LIMIT,
  cacheCatalogue,
  cachedCatalogue,
  cachedCatalogueHash,
  cachedCatalogueTable,
  touchCachedCatalogue,
} from './catalogue-cache-repository';
import type { CachedCatalogueTable, CatalogueRowColumns } from './records';
import { freshConsoleDb } from './test-support';

/** A table naming the snapshot's procedures (the console builds the real ones: catalogue-table-data.ts). */
function tableOf(snapshot: CatalogueSnapshot): CachedCatalogueTable {
  const names = snapshot.procedures.map((p) => p.name);
  const none = names.map(() => null);
  const columns: CatalogueRowColumns = {
    procedureId: snapshot.procedures.map((p) => p.procedureId),
    code: none,
    name: names,
    levels: names.map(() => ''),
    field: none,
    agency: none,
    effectiveFrom: none,
    decisionId: none,
    searchBase: names,
  };
  const empty = { ...columns, procedureId: [], code: [], name: [], levels: [], searchBase: [] };
  return { hash: snapshot.hash, asOf: snapshot.asOf, inForce: columns, upcoming: empty, abolished: [] };
}

const cache = (db: ReturnType<typeof freshConsoleDb>, snapshot: CatalogueSnapshot, at: string) =>
  cacheCatalogue(db, snapshot, tableOf(snapshot), at);

describe('catalogue cache (snapshots by hash)', () => {
  it('gives back the snapshot of a date, the latest copy of it, and its table', async () => {
    const db = freshConsoleDb();
    expect(await cachedCatalogue(db, '2025-01-01')).toBeNull();
    expect(await cachedCatalogueHash(db, '2025-01-01')).toBeNull();
    const first = smallSnapshot('2025-01-01');
    const second = smallSnapshot('2025-01-01', ['Đăng ký khai tử']);
    await cache(db, first, '2026-01-01T00:00:00.000Z');
    await cache(db, second, '2026-01-02T00:00:00.000Z');
    const cached = await cachedCatalogue(db, '2025-01-01');
    expect(cached?.hash).toBe(second.hash);
    expect(cached?.snapshot).toEqual(second);
    expect(await cachedCatalogueHash(db, '2025-01-01')).toBe(second.hash);
    expect(await cachedCatalogueTable(db, second.hash)).toEqual(tableOf(second));
    // One copy per date: the replaced one is gone, its table too.
    expect(await db.catalogueCache.get(first.hash)).toBeUndefined();
    expect(await cachedCatalogueTable(db, first.hash)).toBeNull();
  });

  it('refuses a table that is not the snapshot’s', async () => {
    const db = freshConsoleDb();
    const snapshot = smallSnapshot('2025-01-01');
    const other = tableOf(smallSnapshot('2025-01-01', ['Đăng ký khai tử']));
    await expect(cacheCatalogue(db, snapshot, other, '2026-01-01T00:00:00.000Z')).rejects.toThrow(/table/);
    expect(await db.catalogueCache.count()).toBe(0);
  });

  it('keeps only the most recently fetched or confirmed dates, with their tables', async () => {
    const db = freshConsoleDb();
    const dates = ['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01'];
    for (const [i, asOf] of dates.entries())
      await cache(db, smallSnapshot(asOf), `2026-01-0${i + 1}T00:00:00.000Z`);
    expect(await db.catalogueCache.count()).toBe(CATALOGUE_CACHE_LIMIT);
    expect(await db.catalogueTables.count()).toBe(CATALOGUE_CACHE_LIMIT);
    expect(await db.catalogueCopies.count()).toBe(CATALOGUE_CACHE_LIMIT);
    expect(await cachedCatalogue(db, '2025-01-01')).toBeNull();
    expect(await cachedCatalogueTable(db, smallSnapshot('2025-01-01').hash)).toBeNull();

    // A 304 for February makes it recent: the next new date pushes out March instead.
    await touchCachedCatalogue(db, smallSnapshot('2025-02-01').hash, '2026-02-01T00:00:00.000Z');
    await cache(db, smallSnapshot('2025-06-01'), '2026-02-02T00:00:00.000Z');
    expect(await cachedCatalogue(db, '2025-02-01')).not.toBeNull();
    expect(await cachedCatalogue(db, '2025-03-01')).toBeNull();
    expect(await cachedCatalogueTable(db, smallSnapshot('2025-03-01').hash)).toBeNull();
    expect(await db.catalogueTables.count()).toBe(CATALOGUE_CACHE_LIMIT);
    // The confirmation touched the small copy record, not the snapshot.
    expect((await db.catalogueCache.get(smallSnapshot('2025-02-01').hash))?.fetchedAt).toBe(
      '2026-01-02T00:00:00.000Z',
    );
  });
});
