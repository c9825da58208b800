import type { CatalogueSnapshot, IsoDate } from '@niemyet/core';
import {
  type CachedCatalogueTable,
  cacheCatalogue,
  cachedCatalogue,
  cachedCatalogueHash,
  cachedCatalogueTable,
  type NiemyetConsoleDb,
  touchCachedCatalogue,
} from '@niemyet/db';
import { fetchCatalogueSnapshot } from '../api/catalogue';
import type { ApiClient } from '../api/http';
import { catalogueTableOf } from './catalogue-table-data';
import { RecentSnapshots } from './recent-snapshots';

/**
 * The catalogue of a date, from the browser's cache first and then from the server:
 * 1. the snapshot of that date held in memory (`RecentSnapshots`), else kept in Dexie (by
 *    hash), is shown at once, if there is one;
 * 2. the server is asked with `If-None-Match: "<hash>"`: 304 means the copy is current (and
 *    20,000 procedures are not sent again); 200 brings the new snapshot, checked by core
 *    (schema and hash) and cached in place of the old one.
 * Search and sort then run on the snapshot in the page: instant whatever the network.
 * Two readers: `syncCatalogue` gives whole snapshots (the editor, the review: they need every
 * field of a procedure); `syncCatalogueTable` the catalogue screen's table of it, which is what
 * a date read back from IndexedDB can give within the table's 500 ms (DESIGN §9).
 */

export interface CatalogueSync {
  snapshot: CatalogueSnapshot;
  /** `cache`: the server said 304; `server`: it sent a snapshot the browser did not have. */
  from: 'cache' | 'server';
}

export interface CatalogueTableSync {
  table: CachedCatalogueTable;
  /** `cache`: the server said 304; `server`: it sent a snapshot the browser did not have. */
  from: 'cache' | 'server';
}

/** What is held in memory for one browser database: a test's fresh database starts with nothing. */
interface Memory {
  snapshots: RecentSnapshots<CatalogueSnapshot>;
  tables: RecentSnapshots<CachedCatalogueTable>;
}

const memoryByDb = new WeakMap<NiemyetConsoleDb, Memory>();

function memoryOf(db: NiemyetConsoleDb): Memory {
  const known = memoryByDb.get(db);
  if (known) return known;
  const memory: Memory = { snapshots: new RecentSnapshots(), tables: new RecentSnapshots() };
  memoryByDb.set(db, memory);
  return memory;
}

/** A snapshot the server sent: remembered, and cached with its table (a cache that fails only costs speed). */
async function keepSnapshot(db: NiemyetConsoleDb, snapshot: CatalogueSnapshot, at: string) {
  const memory = memoryOf(db);
  const table = catalogueTableOf(snapshot);
  memory.snapshots.remember(snapshot);
  memory.tables.remember(table);
  await cacheCatalogue(db, snapshot, table, at).catch(() => {});
  return table;
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
  const memory = memoryOf(db);
  const remembered = memory.snapshots.get(asOf);
  const cached = remembered
    ? { hash: remembered.hash, snapshot: remembered }
    : await cachedCatalogue(db, asOf).catch(() => null);
  if (cached) onCached?.(cached.snapshot);
  const answer = await fetchCatalogueSnapshot(client, asOf, cached?.hash ?? null, signal);
  const at = now().toISOString();
  if (!answer.changed && cached) {
    memory.snapshots.remember(cached.snapshot);
    await touchCachedCatalogue(db, cached.hash, at).catch(() => {});
    return { snapshot: cached.snapshot, from: 'cache' };
  }
  if (!answer.changed) throw new Error('the server answered 304 to a request without If-None-Match');
  await keepSnapshot(db, answer.snapshot, at);
  return { snapshot: answer.snapshot, from: 'server' };
}

/**
 * The catalogue screen's table of a date: held in memory (or made from a snapshot held there),
 * else read back from IndexedDB while the server is asked "changed?" with the kept hash (the
 * hash comes from a small record, so neither waits for the other). `onCached` is told the kept
 * table as soon as it is read, the server's word follows.
 */
export async function syncCatalogueTable({
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
  onCached?: (table: CachedCatalogueTable) => void;
  signal?: AbortSignal;
  now?: () => Date;
}): Promise<CatalogueTableSync> {
  const memory = memoryOf(db);
  const rememberedSnapshot = memory.snapshots.get(asOf);
  const remembered =
    memory.tables.get(asOf) ?? (rememberedSnapshot ? catalogueTableOf(rememberedSnapshot) : null);
  let hash: string | null;
  let reading: Promise<CachedCatalogueTable | null>;
  if (remembered) {
    hash = remembered.hash;
    reading = Promise.resolve(remembered);
  } else {
    // A cache that cannot be read (private mode, storage full) only costs the instant first view.
    hash = await cachedCatalogueHash(db, asOf).catch(() => null);
    reading = hash === null ? Promise.resolve(null) : cachedCatalogueTable(db, hash).catch(() => null);
  }
  const shown = reading.then((table) => {
    if (table) onCached?.(table);
    return table;
  });
  const asking = fetchCatalogueSnapshot(client, asOf, hash, signal);
  // The kept table is shown even when the server cannot be asked: wait for it before failing.
  const answer = await asking.catch(async (error: unknown) => {
    await shown;
    throw error;
  });
  const cached = await shown;
  const at = now().toISOString();
  if (!answer.changed && cached) {
    memory.tables.remember(cached);
    // The screen has painted the kept table already (onCached): this small write keeps its place.
    await touchCachedCatalogue(db, cached.hash, at).catch(() => {});
    return { table: cached, from: 'cache' };
  }
  if (!answer.changed) {
    // A hash whose table could not be read: ask for the whole snapshot again.
    if (hash === null) throw new Error('the server answered 304 to a request without If-None-Match');
    const again = await fetchCatalogueSnapshot(client, asOf, null, signal);
    if (!again.changed) throw new Error('the server answered 304 to a request without If-None-Match');
    return { table: await keepSnapshot(db, again.snapshot, at), from: 'server' };
  }
  return { table: await keepSnapshot(db, answer.snapshot, at), from: 'server' };
}
