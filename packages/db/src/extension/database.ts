import { Dexie, type EntityTable } from 'dexie';
import { EXTENSION_DB_MIGRATIONS, type ExtensionDbMigration } from './migrations/index';
import type { FindingNote, StoredAudit, StoredPull, StoredSnapshot } from './records';

export const EXTENSION_DB_NAME = 'niemyet-extension';

/**
 * The extension's own database, in the extension origin: the background and extension pages
 * share it; content scripts never open it (their IndexedDB would be the portal's).
 */
export class NiemyetExtensionDb extends Dexie {
  declare snapshots: EntityTable<StoredSnapshot, 'id'>;
  declare audits: EntityTable<StoredAudit, 'id'>;
  declare findingNotes: EntityTable<FindingNote, 'id'>;
  declare pulls: EntityTable<StoredPull, 'id'>;

  constructor(
    name = EXTENSION_DB_NAME,
    migrations: readonly ExtensionDbMigration[] = EXTENSION_DB_MIGRATIONS,
  ) {
    super(name);
    applyMigrations(this, migrations);
  }
}

export function applyMigrations(db: Dexie, migrations: readonly ExtensionDbMigration[]): void {
  let previous = 0;
  for (const migration of migrations) {
    if (migration.version <= previous) {
      throw new Error(`Migrations out of order: version ${migration.version} after ${previous}`);
    }
    previous = migration.version;
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
}
