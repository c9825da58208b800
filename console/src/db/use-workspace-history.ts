import { loadWorkspaceHistory, type WorkspaceHistoryInputs } from '@niemyet/db';
import { useLiveQuery } from 'dexie-react-hooks';
import { useConsoleDb } from './database-context';

/**
 * The baseline and decisions, kept current: an import in this tab (or another console tab)
 * re-reads them. `undefined` while the first read is under way.
 */
export function useWorkspaceHistory(): WorkspaceHistoryInputs | undefined {
  const db = useConsoleDb();
  return useLiveQuery(() => loadWorkspaceHistory(db), [db]);
}
