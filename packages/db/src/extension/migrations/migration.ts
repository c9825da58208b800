import type { Transaction } from 'dexie';

/**
 * One numbered step of the extension database's schema, in its own file with its own test
 * (the bitwarden `libs/state` way): a version never changes once shipped; a new need is a new
 * file. `stores` lists only the tables this version adds or changes (Dexie keeps the rest).
 * Indexes never include booleans: IndexedDB cannot index them.
 */
export interface ExtensionDbMigration {
  version: number;
  stores: Record<string, string | null>;
  /** Rewrites existing records when the shape of stored data changes. */
  upgrade?: (tx: Transaction) => Promise<void>;
}
