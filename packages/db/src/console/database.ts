import type { ChangeLogEntry, Decision } from '@niemyet/core';
import { Dexie, type EntityTable } from 'dexie';
import { applyMigrations } from '../extension/database';
import { CONSOLE_DB_MIGRATIONS, type ConsoleDbMigration } from './migrations/index';
import type { Publication, PublicationSnapshot, StoredBaselineVersion } from './records';

export const CONSOLE_DB_NAME = 'niemyet-console';

/**
 * The console's database: the system of record (DESIGN §3), local-first in the console's
 * origin. Decisions, the baseline they start from and the change log are the workspace;
 * publications are the catalogue snapshots handed to the extension.
 */
export class NiemyetConsoleDb extends Dexie {
  declare decisions: EntityTable<Decision, 'id'>;
  declare baseline: EntityTable<StoredBaselineVersion, 'id'>;
  declare changeLog: EntityTable<ChangeLogEntry, 'seq'>;
  declare publications: EntityTable<Publication, 'seq'>;
  declare publicationSnapshots: EntityTable<PublicationSnapshot, 'seq'>;

  constructor(name = CONSOLE_DB_NAME, migrations: readonly ConsoleDbMigration[] = CONSOLE_DB_MIGRATIONS) {
    super(name);
    // The same numbered-migration runner as the extension's database (it only needs the shape).
    applyMigrations(this, migrations);
  }
}
