import type { IsoDate, ProcedureVersion } from '@niemyet/core';
import { useEffect, useState } from 'react';
import { useApi } from '../../api/api-context';
import { syncCatalogue } from '../../catalogue/catalogue-cache';
import { useConsoleDb } from '../../db/database-context';

export type InForceLoad =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; versions: ReadonlyMap<string, ProcedureVersion> };

/**
 * The versions in force on `date`, by procedure id: what a decision's items are compared
 * with. Read through the browser's catalogue cache (a 304 when the copy is current), like the
 * catalogue screen.
 */
export function useCatalogueInForce(date: IsoDate, attempt = 0): InForceLoad {
  const db = useConsoleDb();
  const client = useApi();
  const [load, setLoad] = useState<InForceLoad>({ kind: 'loading' });

  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    const ready = (procedures: readonly ProcedureVersion[]) =>
      !controller.signal.aborted &&
      setLoad({ kind: 'ready', versions: new Map(procedures.map((v) => [v.procedureId, v])) });
    setLoad({ kind: 'loading' });
    syncCatalogue({
      db,
      client,
      asOf: date,
      signal: controller.signal,
      onCached: (snapshot) => ready(snapshot.procedures),
    })
      .then((synced) => ready(synced.snapshot.procedures))
      .catch((cause) => {
        if (controller.signal.aborted) return;
        // A cached copy already shown stays: comparing with it beats showing nothing.
        setLoad((current) => (current.kind === 'ready' ? current : { kind: 'failed', error: cause }));
      });
    return () => controller.abort();
  }, [db, client, date, attempt]);

  return load;
}
