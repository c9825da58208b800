import type { DexieMigration } from '../../migrations/index';

/**
 * v3: reading a cached catalogue back for the catalogue screen within its 500 ms (DESIGN §9).
 * - catalogueTables: the catalogue screen's rows of each cached snapshot, as columns, by the
 *   snapshot's hash (findable by date): a few arrays instead of 20,000 procedure objects.
 * - catalogueCopies: which snapshot of a date is kept and when the server last confirmed it,
 *   a small record: a 304 used to rewrite the whole snapshot just to move its `fetchedAt`.
 * The snapshots v2 cached have neither: they are dropped (a cache; the server sends a date
 *   again on its next visit), so every kept snapshot has its table and its copy record.
 */
export const v3CatalogueTables: DexieMigration = {
  version: 3,
  stores: {
    catalogueTables: 'hash, asOf',
    catalogueCopies: 'hash, asOf, fetchedAt',
  },
  upgrade: (tx) => tx.table('catalogueCache').clear(),
};
