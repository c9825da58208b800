import type { Dexie, Transaction } from 'dexie';

/**
 * One numbered step of a Dexie database's schema, in its own file with its own test (the
 * bitwarden `libs/state` way): a version never changes once shipped; a new need is a new file.
 * `stores` lists only the tables this version adds, changes (a new schema string) or deletes
 * (`null`); Dexie keeps the rest. Indexes never include booleans: IndexedDB cannot index them.
 */
export interface DexieMigration {
  /** A whole number, higher than the one before: the Dexie version a user's database is at after it. */
  version: number;
  stores: Record<string, string | null>;
  /** Rewrites existing records when the shape of stored data changes (runs once, in the upgrade transaction). */
  upgrade?: (tx: Transaction) => PromiseLike<unknown>;
}

/** Throws unless `migrations` is a non-empty list of whole, increasing version numbers. */
export function checkMigrations(migrations: readonly DexieMigration[]): void {
  if (migrations.length === 0) throw new Error('Migrations: the list is empty');
  let previous = 0;
  for (const { version } of migrations) {
    if (!Number.isInteger(version) || version < 1) {
      throw new Error(`Migrations: version ${version} is not a whole number from 1`);
    }
    if (version <= previous) {
      throw new Error(`Migrations out of order: version ${version} after ${previous}`);
    }
    previous = version;
  }
}

/**
 * Declares every version of `db`, oldest first, so Dexie upgrades a database at any earlier
 * version step by step (each step's `upgrade` over the data the previous one left). Call it
 * once, in the database's constructor.
 */
export function defineMigrations(db: Dexie, migrations: readonly DexieMigration[]): void {
  checkMigrations(migrations);
  for (const migration of migrations) {
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
}

/** The version a database is at once every migration has run. */
export function latestVersion(migrations: readonly DexieMigration[]): number {
  checkMigrations(migrations);
  return migrations.at(-1)!.version;
}

/**
 * The whole schema at `version` (each table's definition as the migrations up to it leave it),
 * as a previous-version test gives it to raw Dexie: `new Dexie(name).version(v).stores(schemaAt(...))`.
 */
export function schemaAt(migrations: readonly DexieMigration[], version: number): Record<string, string> {
  checkMigrations(migrations);
  const schema: Record<string, string> = {};
  for (const migration of migrations) {
    if (migration.version > version) break;
    for (const [table, definition] of Object.entries(migration.stores)) {
      if (definition === null) delete schema[table];
      else schema[table] = definition;
    }
  }
  return schema;
}
