import type { CatalogueSnapshot } from '@niemyet/core';
import type { NiemyetConsoleDb } from './database';
import type { CachedCatalogue, CachedCatalogueTable } from './records';

/**
 * The catalogue snapshots the server sent, kept so that opening the console (or going back to
 * a date) shows the catalogue at once and asks the server only "has it changed?" (If-None-Match
 * with the hash). A snapshot's hash names its content, so a cached one is never stale by itself:
 * only the server can say a date's catalogue moved on. A few dates are kept, the most recent.
 * Three stores, one transaction: the snapshot (`catalogueCache`, for screens that need whole
 * procedures), its table (`catalogueTables`, what the catalogue screen reads back, a fraction of
 * the snapshot's cost) and a small copy record (`catalogueCopies`: date, hash, last confirmed).
 */

/** Snapshots kept: a 20,000-procedure snapshot is tens of megabytes in IndexedDB. */
export const CATALOGUE_CACHE_LIMIT = 4;

/**
 * The hash of the snapshot of `asOf` kept here, or null: from the small copy records alone, so
 * the server can be asked "changed?" while the snapshot or its table is still being read.
 */
export async function cachedCatalogueHash(db: NiemyetConsoleDb, asOf: string): Promise<string | null> {
  const copies = await db.catalogueCopies.where('asOf').equals(asOf).sortBy('fetchedAt');
  return copies.at(-1)?.hash ?? null;
}

/** The most recently fetched snapshot of `asOf`, or null. */
export async function cachedCatalogue(db: NiemyetConsoleDb, asOf: string): Promise<CachedCatalogue | null> {
  const hash = await cachedCatalogueHash(db, asOf);
  return hash === null ? null : ((await db.catalogueCache.get(hash)) ?? null);
}

/** The catalogue table kept for a snapshot's hash, or null. */
export async function cachedCatalogueTable(
  db: NiemyetConsoleDb,
  hash: string,
): Promise<CachedCatalogueTable | null> {
  return (await db.catalogueTables.get(hash)) ?? null;
}

/**
 * Stores a snapshot of its date with its table (replacing that date's older copies), and keeps
 * the newest few; a table and a copy record go with their snapshot.
 */
export async function cacheCatalogue(
  db: NiemyetConsoleDb,
  snapshot: CatalogueSnapshot,
  table: CachedCatalogueTable,
  fetchedAt: string,
): Promise<void> {
  if (table.hash !== snapshot.hash || table.asOf !== snapshot.asOf)
    throw new Error(`cacheCatalogue: the table of ${table.hash} given for snapshot ${snapshot.hash}`);
  const stores = [db.catalogueCache, db.catalogueTables, db.catalogueCopies] as const;
  await db.transaction('rw', stores, async () => {
    const dropAll = (hashes: string[]) => Promise.all(stores.map((store) => store.bulkDelete(hashes)));
    await dropAll((await db.catalogueCopies.where('asOf').equals(snapshot.asOf).primaryKeys()) as string[]);
    const { hash, asOf } = snapshot;
    await db.catalogueCache.put({ hash, asOf, fetchedAt, snapshot });
    await db.catalogueTables.put(table);
    await db.catalogueCopies.put({ hash, asOf, fetchedAt });
    const keys = (await db.catalogueCopies.orderBy('fetchedAt').primaryKeys()) as string[];
    await dropAll(keys.slice(0, Math.max(0, keys.length - CATALOGUE_CACHE_LIMIT)));
  });
}

/** Marks a cached copy as confirmed by the server (a 304): it stays among the newest kept. */
export async function touchCachedCatalogue(db: NiemyetConsoleDb, hash: string, at: string): Promise<void> {
  await db.catalogueCopies.update(hash, { fetchedAt: at });
}
