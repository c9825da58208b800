import type { CatalogueSnapshot, IsoDate } from '@niemyet/core';
import { cacheCatalogue, cachedCatalogue, type NiemyetConsoleDb, touchCachedCatalogue } from '@niemyet/db';
import { fetchCatalogueSnapshot } from '../api/catalogue';
import type { ApiClient } from '../api/http';
import { RecentSnapshots } from './recent-snapshots';

/**
 * The catalogue of a date, from the browser's cache first and then from the server:
 * 1. the snapshot of that date held in memory (`RecentSnapshots`), else kept in Dexie (by
 *    hash), is shown at once, if there is one;
 * 2. the server is asked with `If-None-Match: "<hash>"`: 304 means the copy is current (and
 *    20,000 procedures are not sent again); 200 brings the new snapshot, checked by core
 *    (schema and hash) and cached in place of the old one.
 * Search and sort then run on the snapshot in the page: instant whatever the network.
 */

export interface CatalogueSync {
  snapshot: CatalogueSnapshot;
  /** `cache`: the server said 304; `server`: it sent a snapshot the browser did not have. */
  from: 'cache' | 'server';
}

/** One memory per browser database: a test's fresh database starts with nothing remembered. */
const recentByDb = new WeakMap<NiemyetConsoleDb, RecentSnapshots>();

function recentOf(db: NiemyetConsoleDb): RecentSnapshots {
  const known = recentByDb.get(db);
  if (known) return known;
  const recent = new RecentSnapshots();
  recentByDb.set(db, recent);
  return recent;
}

export async function syncCatalogue({
  db,
  client,
  asOf,
  onCached,
  signal,
  now = () => new Date(),
}: {
  db: NiemyetConsoleDb;
  client: ApiClient;
  asOf: IsoDate;
  /** Told the cached copy before the server is asked, so the screen has something to show. */
  onCached?: (snapshot: CatalogueSnapshot) => void;
  signal?: AbortSignal;
  now?: () => Date;
}): Promise<CatalogueSync> {
  // A cache that cannot be read (private mode, storage full) only costs the instant first view.
  const recent = recentOf(db);
  const remembered = recent.get(asOf);
  const cached = remembered
    ? { hash: remembered.hash, snapshot: remembered }
    : await cachedCatalogue(db, asOf).catch(() => null);
  if (cached) onCached?.(cached.snapshot);
  const answer = await fetchCatalogueSnapshot(client, asOf, cached?.hash ?? null, signal);
  const at = now().toISOString();
  if (!answer.changed && cached) {
    recent.remember(cached.snapshot);
    await touchCachedCatalogue(db, cached.hash, at).catch(() => {});
    return { snapshot: cached.snapshot, from: 'cache' };
  }
  if (!answer.changed) throw new Error('the server answered 304 to a request without If-None-Match');
  recent.remember(answer.snapshot);
  await cacheCatalogue(db, answer.snapshot, at).catch(() => {});
  return { snapshot: answer.snapshot, from: 'server' };
}
