import type { DecisionListResponse } from '@niemyet/core';
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../api/api-context';
import { listDecisions } from '../../api/decisions';
import { type DecisionListSearch, decisionListQuery } from './decision-list-search';

export type DecisionListLoad =
  | { kind: 'loading'; previous: DecisionListResponse | null }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; page: DecisionListResponse };

/**
 * A page of the decision list for the view in the address; asked again when the view changes
 * or on `retry`. While the next page loads the previous one stays on screen (no flash of empty).
 */
export function useDecisionList(search: DecisionListSearch): { load: DecisionListLoad; retry(): void } {
  const client = useApi();
  const [load, setLoad] = useState<DecisionListLoad>({ kind: 'loading', previous: null });
  const [attempt, setAttempt] = useState(0);
  const { state, waiting, page } = search;

  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    setLoad((current) => ({ kind: 'loading', previous: current.kind === 'ready' ? current.page : null }));
    listDecisions(client, decisionListQuery({ state, waiting, page }), controller.signal)
      .then((answer) => !controller.signal.aborted && setLoad({ kind: 'ready', page: answer }))
      .catch((error) => !controller.signal.aborted && setLoad({ kind: 'failed', error }));
    return () => controller.abort();
  }, [client, state, waiting, page, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { load, retry };
}
