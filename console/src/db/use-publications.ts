import { listPublications, type Publication } from '@niemyet/db';
import { useLiveQuery } from 'dexie-react-hooks';
import { useConsoleDb } from './database-context';

/** Every publication, newest first (the first is the published catalogue); `undefined` while loading. */
export function usePublications(): Publication[] | undefined {
  const db = useConsoleDb();
  return useLiveQuery(() => listPublications(db), [db]);
}
