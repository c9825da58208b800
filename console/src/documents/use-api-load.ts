import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import type { ApiClient } from '../api/http';

export type ApiLoad<T> =
  | { kind: 'loading'; previous: T | null }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; data: T };

/**
 * One GET for a screen of the documents section, asked again when `key` changes or on
 * `retry`. While the next answer loads the previous one stays on screen (no flash of empty);
 * an answer for a view already left is dropped (the request is aborted).
 */
export function useApiLoad<T>(
  key: string,
  ask: (client: ApiClient, signal: AbortSignal) => Promise<T>,
): { load: ApiLoad<T>; retry(): void } {
  const client = useApi();
  const [load, setLoad] = useState<ApiLoad<T>>({ kind: 'loading', previous: null });
  const [attempt, setAttempt] = useState(0);
  // `ask` is a new function every render: the key says when the question changed.
  const latest = useLatest(ask);

  useEffect(() => {
    void attempt;
    void key;
    const controller = new AbortController();
    setLoad((current) => ({ kind: 'loading', previous: current.kind === 'ready' ? current.data : null }));
    latest
      .current(client, controller.signal)
      .then((data) => !controller.signal.aborted && setLoad({ kind: 'ready', data }))
      .catch((error) => !controller.signal.aborted && setLoad({ kind: 'failed', error }));
    return () => controller.abort();
  }, [client, key, attempt, latest]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { load, retry };
}

function useLatest<T>(value: T): { current: T } {
  const [box] = useState(() => ({ current: value }));
  box.current = value;
  return box;
}
