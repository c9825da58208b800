import type { Publication } from '@niemyet/core';
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { listPublications } from '../api/publications';

export type PublicationsLoad =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; publications: Publication[] };

/** Every publication, newest first (the first is the published catalogue), and a way to ask again. */
export function usePublications(): { load: PublicationsLoad; reload(): void } {
  const client = useApi();
  const [load, setLoad] = useState<PublicationsLoad>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void round;
    listPublications(client)
      .then((publications) => live && setLoad({ kind: 'ready', publications }))
      .catch((error) => live && setLoad({ kind: 'failed', error }));
    return () => {
      live = false;
    };
  }, [client, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { load, reload };
}
