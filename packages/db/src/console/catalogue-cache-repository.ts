import type { CatalogueSnapshot } from '@niemyet/core';
import type { NiemyetConsoleDb } from './database';
import type { CachedCatalogue } from './records';

/**
 * The catalogue snapshots the server sent, kept so that opening the console (or going back to
 * a date) shows the catalogue at once and asks the server only "has it changed?" (If-None-Match
 * with the hash). A snapshot's hash names its content, so a cached one is never stale by itself:
 * only the server can say a date's catalogue moved on. A few dates are kept, the most recent.
 */

/** Snapshots kept: a 20,000-procedure snapshot is tens of megabytes in IndexedDB. */
export const CATALOGUE_CACHE_LIMIT = 4;

/** The most recently fetched snapshot of `asOf`, or null. */
export async function cachedCatalogue(db: NiemyetConsoleDb, asOf: string): Promise<CachedCatalogue | null> {
  const copies = await db.catalogueCache.where('asOf').equals(asOf).sortBy('fetchedAt');
  return copies.at(-1) ?? null;
}

/** Stores a snapshot of its date (replacing that date's older copies), and keeps the newest few. */
export async function cacheCatalogue(
  db: NiemyetConsoleDb,
  snapshot: CatalogueSnapshot,
  fetchedAt: string,
): Promise<void> {
  await db.transaction('rw', db.catalogueCache, async () => {
    await db.catalogueCache.where('asOf').equals(snapshot.asOf).delete();
    await db.catalogueCache.put({ hash: snapshot.hash, asOf: snapshot.asOf, fetchedAt, snapshot });
    const keys = (await db.catalogueCache.orderBy('fetchedAt').primaryKeys()) as string[];
    const excess = keys.length - CATALOGUE_CACHE_LIMIT;
    if (excess > 0) await db.catalogueCache.bulkDelete(keys.slice(0, excess));
  });
}

/** Marks a cached copy as confirmed by the server (a 304): it stays among the newest kept. */
export async function touchCachedCatalogue(db: NiemyetConsoleDb, hash: string, at: string): Promise<void> {
  await db.catalogueCache.update(hash, { fetchedAt: at });
}
