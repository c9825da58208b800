import { NiemyetConsoleDb } from '@niemyet/db';
import { createContext, type ReactNode, useContext } from 'react';

/**
 * The one console database of this page. Screens take it from context rather than importing
 * a module-level instance, so tests hand them a fresh fake-indexeddb database.
 */

const DatabaseContext = createContext<NiemyetConsoleDb | null>(null);

let pageDb: NiemyetConsoleDb | null = null;

/** The page's database, opened on first use (Dexie opens lazily on the first query). */
export function openPageDatabase(): NiemyetConsoleDb {
  pageDb ??= new NiemyetConsoleDb();
  return pageDb;
}

export function DatabaseProvider({ db, children }: { db: NiemyetConsoleDb; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useConsoleDb(): NiemyetConsoleDb {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useConsoleDb outside <DatabaseProvider>');
  return db;
}
