import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { lockDataFolder } from './data-lock';
import { PGliteDialect } from './pglite-dialect';
import type { Database } from './schema';

export interface OpenedDatabase {
  db: Kysely<Database>;
  /** What it is, for the start-up line (never a password). */
  description: string;
  /**
   * The server is the database's only client (PGlite: one process holds it), so what it read
   * stays true until it writes (see `cache/read-memo.ts`).
   */
  soleClient: boolean;
  close(): Promise<void>;
}

/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) with its files in
 * `<folder>/pgdata`, locked to this process. `folder` null: in memory (tests).
 */
export async function connectPglite(folder: string | null): Promise<OpenedDatabase> {
  if (folder === null) {
    const client = await PGlite.create();
    const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
    return { db, description: 'PGlite (in memory)', soleClient: true, close: () => db.destroy() };
  }
  const absolute = resolve(folder);
  const lock = await lockDataFolder(absolute);
  try {
    const client = await PGlite.create(join(absolute, 'pgdata'));
    const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
    return {
      db,
      soleClient: true,
      description: `PGlite (${absolute})`,
      close: async () => {
        try {
          await db.destroy();
        } finally {
          await lock.release();
        }
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
