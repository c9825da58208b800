import type { Transaction } from 'dexie';

/**
 * One numbered step of the console database's schema, in its own file with its own test:
 * a shipped version never changes; a new need is a new file. `stores` lists only the tables
 * this version adds or changes (Dexie keeps the rest). Indexes never include booleans:
 * IndexedDB cannot index them.
 */
export interface ConsoleDbMigration {
  version: number;
  stores: Record<string, string | null>;
  /** Rewrites existing records when the shape of stored data changes. */
  upgrade?: (tx: Transaction) => Promise<void>;
}
