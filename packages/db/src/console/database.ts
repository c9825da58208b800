import type { ChangeLogEntry, Decision } from '@niemyet/core';
import { Dexie, type EntityTable } from 'dexie';
import { type DexieMigration, defineMigrations } from '../migrations/index';
import { CONSOLE_DB_MIGRATIONS } from './migrations/index';
import type {
  CachedCatalogue,
  CachedCatalogueCopy,
  CachedCatalogueTable,
  ConsoleFlag,
  Publication,
  PublicationSnapshot,
  StoredBaselineVersion,
} from './records';

export const CONSOLE_DB_NAME = 'niemyet-console';

/**
 * The console's database in the browser. Since the team server (DESIGN §3) it is a cache:
 * `catalogueCache` holds catalogue snapshots by hash for instant search, and `flags` what the
 * console remembers about this browser; `catalogueTables` the catalogue screen's rows of each
 * cached snapshot, as columns, and `catalogueCopies` which dates are kept and since when (v3). The v1 tables (decisions, baseline, change log,
 * publications) are the workspace an earlier, local-first console kept here: read once to
 * upload it to the server (`legacy-workspace.ts`), never written by the console any more.
 */
export class NiemyetConsoleDb extends Dexie {
  declare decisions: EntityTable<Decision, 'id'>;
  declare baseline: EntityTable<StoredBaselineVersion, 'id'>;
  declare changeLog: EntityTable<ChangeLogEntry, 'seq'>;
  declare publications: EntityTable<Publication, 'seq'>;
  declare publicationSnapshots: EntityTable<PublicationSnapshot, 'seq'>;
  declare catalogueCache: EntityTable<CachedCatalogue, 'hash'>;
  declare catalogueCopies: EntityTable<CachedCatalogueCopy, 'hash'>;
  declare catalogueTables: EntityTable<CachedCatalogueTable, 'hash'>;
  declare flags: EntityTable<ConsoleFlag, 'key'>;

  constructor(name = CONSOLE_DB_NAME, migrations: readonly DexieMigration[] = CONSOLE_DB_MIGRATIONS) {
    super(name);
    defineMigrations(this, migrations);
  }
}
