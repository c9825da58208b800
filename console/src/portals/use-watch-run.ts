import type { WatchRun } from '@niemyet/core';
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { getWatchRun } from '../api/portal-watches';

/** How often a run under way is asked for its state. */
export const RUN_POLL_MS = 1000;

export type RunFollow = { run: WatchRun | null; error: unknown | null };

/**
 * A run started with "Chạy ngay", followed live: its state is asked every second until it is
 * done or failed, then `onFinished` (the watches list reloads its counts). A failed read stops
 * the polling and says why; leaving the screen stops it too.
 */
export function useWatchRun(watchId: string, runId: string, onFinished: () => void): RunFollow {
  const client = useApi();
  const [follow, setFollow] = useState<RunFollow>({ run: null, error: null });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `onFinished` is called once, whichever render gave it.
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      getWatchRun(client, watchId, runId, controller.signal).then(
        (run) => {
          if (controller.signal.aborted) return;
          setFollow({ run, error: null });
          if (run.state === 'done' || run.state === 'failed') onFinished();
          else timer = setTimeout(ask, RUN_POLL_MS);
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setFollow((current) => ({ run: current.run, error }));
        },
      );
    };
    ask();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [client, watchId, runId]);

  return follow;
}
