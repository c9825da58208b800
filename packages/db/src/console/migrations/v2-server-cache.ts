import type { DexieMigration } from '../../migrations/index';

/**
 * v2: the console on the team server (DESIGN §3: the server is the system of record; the
 * console may cache the catalogue in Dexie, by hash, for instant search).
 * - catalogueCache: catalogue snapshots as the server sent them, keyed by their hash, found by
 *   the date they are of (`asOf`); `fetchedAt` lets the oldest go first.
 * - flags: one record per fact the console must remember about this browser, e.g. that the
 *   workspace an earlier console kept here was uploaded to the server (so it is offered once).
 * The v1 tables stay as they are: they hold that earlier workspace until it is uploaded.
 */
export const v2ServerCache: DexieMigration = {
  version: 2,
  stores: {
    catalogueCache: 'hash, asOf, fetchedAt',
    flags: 'key',
  },
};
