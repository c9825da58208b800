import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { OpenedDatabase } from './connect-pglite';
import type { Database } from './schema';

/**
 * A real PostgreSQL server (`DATABASE_URL=postgres://…`). Several server instances may share
 * it: sessions, throttle counters and the catalogue's cache key all live in the database.
 * `options=-c search_path=…` in the URL selects a schema (the tests use one per file).
 */
export async function connectPostgres(url: string, poolSize = 10): Promise<OpenedDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // Fail at start-up, not at the first request, when the server cannot be reached.
  const client = await pool.connect();
  client.release();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    description: `PostgreSQL (${redact(url)})`,
    // Other server instances may share it: every request asks the database.
    soleClient: false,
    close: () => db.destroy(),
  };
}

/** The URL without its password, for logs. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}
