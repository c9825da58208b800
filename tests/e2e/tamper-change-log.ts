import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Someone with access to the server's files edits history behind its back: the embedded
 * database (PGlite in `<dataDir>/pgdata`, as the server opens it) is opened directly while the
 * server is stopped, and one change-log entry's document is rewritten. The hash stays as it
 * was, so only the chain check can tell.
 *
 * PGlite is the server package's dependency, not this package's: it is loaded from there, the
 * same build the server runs, so the files are read by the version that wrote them.
 */

interface PgliteClient {
  query(sql: string, params?: unknown[]): Promise<{ affectedRows?: number }>;
  close(): Promise<void>;
}
interface PgliteModule {
  PGlite: { create(dataDir: string): Promise<PgliteClient> };
}

const SERVER_PACKAGE = join(import.meta.dirname, '../../packages/server/package.json');

async function loadPglite(): Promise<PgliteModule> {
  // The package's CommonJS entry sits next to its ES module entry; this file is an ES module.
  const commonJsEntry = createRequire(SERVER_PACKAGE).resolve('@electric-sql/pglite');
  return (await import(pathToFileURL(join(dirname(commonJsEntry), 'index.js')).href)) as PgliteModule;
}

/** Gives change-log entry `seq` another procedure name, in place. Throws unless exactly one row changed. */
export async function renameChangeLogEntry(dataDir: string, seq: number, name: string): Promise<void> {
  const { PGlite } = await loadPglite();
  const db = await PGlite.create(join(dataDir, 'pgdata'));
  try {
    const result = await db.query(
      `update change_log set document = jsonb_set(document, '{name}', to_jsonb($1::text)) where seq = $2`,
      [name, seq],
    );
    if (result.affectedRows !== 1)
      throw new Error(`change-log entry ${seq}: ${result.affectedRows ?? 0} rows changed, expected 1`);
  } finally {
    await db.close();
  }
}
