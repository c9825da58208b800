import type { IsoDate } from '@niemyet/core';
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { issuedDecisionNumbers } from '../api/decisions';
import { useConsoleDb } from '../db/use-console-db';
import type { DecisionNumbers } from './catalogue-rows';

/** What a sync of one date's catalogue is given (`catalogue-cache.ts`). */
export interface CopySync<T> {
  db: ReturnType<typeof useConsoleDb>;
  client: ReturnType<typeof useApi>;
  asOf: IsoDate;
  signal: AbortSignal;
  /** Told the kept copy before the server has answered, so the screen has something to show. */
  onCached: (copy: T) => void;
}

/**
 * A date's catalogue in the form a screen reads it — the whole snapshot, or the catalogue
 * screen's table — through `sync` (a module-level function: it is a dependency): the kept copy
 * as soon as it is read, the server's word (304, or a new one) after. Asked again when the
 * date changes or `refreshKey` moves (an import finished).
 */
export function useSyncedCopy<T extends { asOf: IsoDate; hash: string }>(
  asOf: IsoDate,
  refreshKey: number,
  sync: (options: CopySync<T>) => Promise<T>,
): { copy: T | null; checking: boolean; error: unknown } {
  const db = useConsoleDb();
  const client = useApi();
  const [copy, setCopy] = useState<T | null>(null);
  const [checking, setChecking] = useState(true);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    // A new refreshKey (an import wrote something) asks the server again for the same date.
    void refreshKey;
    const controller = new AbortController();
    setChecking(true);
    setError(null);
    // Another date's catalogue must not stay on screen under this date's heading.
    setCopy((current) => (current?.asOf === asOf ? current : null));
    sync({
      db,
      client,
      asOf,
      signal: controller.signal,
      onCached: (cached) => !controller.signal.aborted && setCopy(cached),
    })
      .then((synced) => {
        if (controller.signal.aborted) return;
        setCopy((current) => (current?.hash === synced.hash ? current : synced));
        setChecking(false);
      })
      .catch((cause) => {
        if (controller.signal.aborted) return;
        setError(cause);
        setChecking(false);
      });
    return () => controller.abort();
  }, [db, client, asOf, refreshKey, sync]);

  return { copy, checking, error };
}

/** The issued decisions' numbers by id, asked again when `refreshKey` moves; empty until known. */
export function useDecisionNumbers(refreshKey: number): DecisionNumbers {
  const client = useApi();
  const [numbers, setNumbers] = useState<DecisionNumbers>(new Map());
  useEffect(() => {
    void refreshKey;
    const controller = new AbortController();
    issuedDecisionNumbers(client, controller.signal)
      .then((found) => !controller.signal.aborted && setNumbers(found))
      // Without numbers the column stays empty; the catalogue itself is what matters.
      .catch(() => {});
    return () => controller.abort();
  }, [client, refreshKey]);
  return numbers;
}
