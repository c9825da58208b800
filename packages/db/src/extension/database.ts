import { Dexie, type EntityTable } from 'dexie';
import { type DexieMigration, defineMigrations } from '../migrations/index';
import { EXTENSION_DB_MIGRATIONS } from './migrations/index';
import type { FindingNote, QueuedFindingReport, StoredAudit, StoredPull, StoredSnapshot } from './records';

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
  declare findingReportQueue: EntityTable<QueuedFindingReport, 'clientId'>;

  constructor(name = EXTENSION_DB_NAME, migrations: readonly DexieMigration[] = EXTENSION_DB_MIGRATIONS) {
    super(name);
    defineMigrations(this, migrations);
  }
}
