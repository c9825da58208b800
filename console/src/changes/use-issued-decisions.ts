import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { issuedDecisionNumbers } from '../api/decisions';

/**
 * The issued decisions (id and number, newest first as the server lists them) for the
 * filter's choice: the log's `decision` filter is an id, people know decisions by number.
 * While the list loads, or if it cannot be read, the choice offers no decision rather than
 * blocking the other filters.
 */
export function useIssuedDecisions(): { id: string; number: string }[] {
  const client = useApi();
  const [decisions, setDecisions] = useState<{ id: string; number: string }[]>([]);
  useEffect(() => {
    const abort = new AbortController();
    issuedDecisionNumbers(client, abort.signal).then(
      (numbers) => setDecisions([...numbers].map(([id, number]) => ({ id, number }))),
      () => {},
    );
    return () => abort.abort();
  }, [client]);
  return decisions;
}
