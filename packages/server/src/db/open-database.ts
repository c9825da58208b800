import { connectPglite, type OpenedDatabase } from './connect-pglite';
import { connectPostgres } from './connect-postgres';
import { migrate } from './migrator';

export interface DatabaseOptions {
  /** PGlite data folder (default `.niemyet-data` in the current folder); ignored with a URL. */
  data?: string;
  /** `postgres://…`: a real PostgreSQL server instead of the embedded one. */
  databaseUrl?: string;
}

export const DEFAULT_DATA_FOLDER = '.niemyet-data';

/** Opens the database the options name and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<OpenedDatabase> {
  const opened = options.databaseUrl
    ? await connectPostgres(options.databaseUrl)
    : await connectPglite(options.data ?? DEFAULT_DATA_FOLDER);
  try {
    await migrate(opened.db);
  } catch (error) {
    await opened.close();
    throw error;
  }
  return opened;
}

export type { OpenedDatabase };
