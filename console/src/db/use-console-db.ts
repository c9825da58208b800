import { NiemyetConsoleDb } from '@niemyet/db';
import { useContext } from 'react';
import { DatabaseContext } from './database-context';

/**
 * The console database for a screen: the one a test handed to `DatabaseProvider`, else the
 * page's own. Imported only by what uses the database (the catalogue, the earlier workspace's
 * offer), so Dexie comes with their chunks, not with the console's start.
 */

let pageDb: NiemyetConsoleDb | null = null;

/** The page's database, made on first use (Dexie opens lazily on the first query). */
export function openPageDatabase(): NiemyetConsoleDb {
  pageDb ??= new NiemyetConsoleDb();
  return pageDb;
}

export function useConsoleDb(): NiemyetConsoleDb {
  const choice = useContext(DatabaseContext);
  if (!choice) throw new Error('useConsoleDb outside <DatabaseProvider>');
  return choice.kind === 'given' ? choice.db : openPageDatabase();
}
