import type { ProcedureHistoryResponse } from '@niemyet/core';
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { ApiError } from '../api/api-error';
import { procedureHistory } from '../api/procedures';

export type ProcedureHistoryLoad =
  | { kind: 'loading' }
  /** The workspace has never heard of this procedure (404). */
  | { kind: 'not-found' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; history: ProcedureHistoryResponse };

/**
 * One procedure's history from the server, asked again when the id changes or on `retry`.
 * The date on the page is not part of the request: the whole history comes at once, so moving
 * the date only picks another version of what is already here.
 */
export function useProcedureHistory(procedureId: string): { load: ProcedureHistoryLoad; retry(): void } {
  const client = useApi();
  const [load, setLoad] = useState<ProcedureHistoryLoad>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    setLoad({ kind: 'loading' });
    procedureHistory(client, procedureId, controller.signal)
      .then((history) => !controller.signal.aborted && setLoad({ kind: 'ready', history }))
      .catch((error) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === 404) setLoad({ kind: 'not-found' });
        else setLoad({ kind: 'failed', error });
      });
    return () => controller.abort();
  }, [client, procedureId, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { load, retry };
}
