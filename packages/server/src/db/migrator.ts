import type { Kysely } from 'kysely';
import { type Migration, type MigrationResultSet, Migrator } from 'kysely/migration';
import * as m0001 from './migrations/0001_initial';
import * as m0002 from './migrations/0002_decision_item_count';
import * as m0003 from './migrations/0003_decision_review';
import * as m0004 from './migrations/0004_legal_registry';
import * as m0005 from './migrations/0005_portal_watches';
import * as m0006 from './migrations/0006_findings_inbox';
import * as m0007 from './migrations/0007_posting';
import * as m0008 from './migrations/0008_memo_notifications';
import type { Database } from './schema';

/**
 * Every migration, by name, in order. Listed here (not read from a folder) so the server runs
 * the same from sources with tsx and from a bundle. One file per migration, never edited once
 * released: a change is a new file.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_decision_item_count': m0002,
  '0003_decision_review': m0003,
  '0004_legal_registry': m0004,
  '0005_portal_watches': m0005,
  '0006_findings_inbox': m0006,
  '0007_posting': m0007,
  '0008_memo_notifications': m0008,
};

export const LATEST_MIGRATION = Object.keys(MIGRATIONS).at(-1)!;

function migratorFor(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
}

/** Brings the schema to the latest migration (or to `target`); throws naming the migration that failed. */
export async function migrate(db: Kysely<Database>, target?: string): Promise<void> {
  const migrator = migratorFor(db);
  const result: MigrationResultSet = target
    ? await migrator.migrateTo(target)
    : await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new Error(
      `migration ${failed?.migrationName ?? '?'} failed: ${result.error instanceof Error ? result.error.message : String(result.error)}`,
    );
  }
}
