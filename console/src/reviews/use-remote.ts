import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import type { ApiClient } from '../api/http';

export type Remote<T> =
  | { kind: 'loading'; previous: T | null }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; data: T };

/**
 * One answer of the server for a screen of the review desk, asked again when `key` changes or
 * on `reload` (after an edit). While the next answer loads the previous one stays on screen:
 * a filter change does not flash an empty page.
 */
export function useRemote<T>(
  ask: (client: ApiClient, signal: AbortSignal) => Promise<T>,
  key: string,
): { remote: Remote<T>; reload(): void } {
  const client = useApi();
  const [remote, setRemote] = useState<Remote<T>>({ kind: 'loading', previous: null });
  const [attempt, setAttempt] = useState(0);

  // `ask` is a new function each render; `key` says when the question changed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `ask`
  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    setRemote((current) => ({ kind: 'loading', previous: current.kind === 'ready' ? current.data : null }));
    ask(client, controller.signal)
      .then((data) => !controller.signal.aborted && setRemote({ kind: 'ready', data }))
      .catch((error) => !controller.signal.aborted && setRemote({ kind: 'failed', error }));
    return () => controller.abort();
  }, [client, key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { remote, reload };
}

/** What to show: the answer, or the previous one while the next loads. */
export function shown<T>(remote: Remote<T>): T | null {
  return remote.kind === 'ready' ? remote.data : remote.kind === 'loading' ? remote.previous : null;
}
