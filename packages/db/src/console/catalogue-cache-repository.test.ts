import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { smallSnapshot } from '../extension/test-support';
import {
  CATALOGUE_CACHE_LIMIT,
  cacheCatalogue,
  cachedCatalogue,
  touchCachedCatalogue,
} from './catalogue-cache-repository';
import { freshConsoleDb } from './test-support';

describe('catalogue cache (snapshots by hash)', () => {
  it('gives back the snapshot of a date, the latest copy of it', async () => {
    const db = freshConsoleDb();
    expect(await cachedCatalogue(db, '2025-01-01')).toBeNull();
    const first = smallSnapshot('2025-01-01');
    const second = smallSnapshot('2025-01-01', ['Đăng ký khai tử']);
    await cacheCatalogue(db, first, '2026-01-01T00:00:00.000Z');
    await cacheCatalogue(db, second, '2026-01-02T00:00:00.000Z');
    const cached = await cachedCatalogue(db, '2025-01-01');
    expect(cached?.hash).toBe(second.hash);
    expect(cached?.snapshot).toEqual(second);
    // One copy per date: the replaced one is gone.
    expect(await db.catalogueCache.get(first.hash)).toBeUndefined();
  });

  it('keeps only the most recently fetched or confirmed dates', async () => {
    const db = freshConsoleDb();
    const dates = ['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01'];
    for (const [i, asOf] of dates.entries())
      await cacheCatalogue(db, smallSnapshot(asOf), `2026-01-0${i + 1}T00:00:00.000Z`);
    expect(await db.catalogueCache.count()).toBe(CATALOGUE_CACHE_LIMIT);
    expect(await cachedCatalogue(db, '2025-01-01')).toBeNull();

    // A 304 for February makes it recent: the next new date pushes out March instead.
    await touchCachedCatalogue(db, smallSnapshot('2025-02-01').hash, '2026-02-01T00:00:00.000Z');
    await cacheCatalogue(db, smallSnapshot('2025-06-01'), '2026-02-02T00:00:00.000Z');
    expect(await cachedCatalogue(db, '2025-02-01')).not.toBeNull();
    expect(await cachedCatalogue(db, '2025-03-01')).toBeNull();
  });
});
