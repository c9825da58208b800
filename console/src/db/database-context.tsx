import type { NiemyetConsoleDb } from '@niemyet/db';
import { createContext, type ReactNode } from 'react';

/**
 * The one console database of this page. Screens take it from context rather than importing
 * a module-level instance, so tests hand them a fresh fake-indexeddb database. Only the type
 * is imported here: the page's own database (Dexie, a fifth of the console's code) is opened
 * by `useConsoleDb` (use-console-db.ts), in the chunks of the screens that use it, so the
 * console starts without it.
 */

/** `page`: the page's own database, opened on first use; `given`: the one a test handed over. */
export type DatabaseChoice = { kind: 'page' } | { kind: 'given'; db: NiemyetConsoleDb };

export const DatabaseContext = createContext<DatabaseChoice | null>(null);

const PAGE: DatabaseChoice = { kind: 'page' };

/** Without `db`, the page's own database (`openPageDatabase`, on first use). */
export function DatabaseProvider({ db, children }: { db?: NiemyetConsoleDb; children: ReactNode }) {
  return (
    <DatabaseContext.Provider value={db ? { kind: 'given', db } : PAGE}>{children}</DatabaseContext.Provider>
  );
}
