import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { connectPglite } from './connect-pglite';
import { connectPostgres } from './connect-postgres';
import type { Database } from './schema';

/**
 * The databases one test suite runs against: PGlite (in memory) always, and a real
 * PostgreSQL when `NIEMYET_TEST_DATABASE_URL` is set (scripts/with-postgres.sh starts a
 * throw-away one). Each `open()` gets a fresh, empty database: on PostgreSQL a schema of its
 * own, so test files running in parallel never see each other's rows.
 */
export interface TestDatabase {
  kind: 'pglite' | 'postgres';
  /** A fresh database (not migrated), and how to drop it. */
  open(): Promise<{ db: Kysely<Database>; close(): Promise<void> }>;
  /** For a server process: the `DATABASE_URL` of a fresh schema (postgres only). */
  freshUrl?(): Promise<{ url: string; drop(): Promise<void> }>;
}

export const TEST_DATABASE_URL = process.env.NIEMYET_TEST_DATABASE_URL;

export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [
    {
      kind: 'pglite',
      open: async () => {
        const opened = await connectPglite(null);
        return { db: opened.db, close: opened.close };
      },
    },
  ];
  const url = TEST_DATABASE_URL;
  if (url) {
    const freshUrl = async () => {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      return {
        url: withSearchPath(url, schema),
        drop: async () => {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          await client.query(`drop schema if exists ${schema} cascade`);
          await client.end();
        },
      };
    };
    list.push({
      kind: 'postgres',
      freshUrl,
      open: async () => {
        const fresh = await freshUrl();
        const opened = await connectPostgres(fresh.url, 4);
        return {
          db: opened.db,
          close: async () => {
            await opened.close();
            await fresh.drop();
          },
        };
      },
    });
  }
  return list;
}

function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}
