import type { PeriodReportResponse } from '@niemyet/core';
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { periodReport } from '../api/reports';
import type { Period } from '../period/period-presets';

export type PeriodReportState =
  | { status: 'loading' }
  | { status: 'ready'; report: PeriodReportResponse }
  | { status: 'failed'; error: unknown };

/** The server's report for a period (core's `periodReport`, the figures of `niemyet report`). */
export function usePeriodReport({ from, to }: Period): { state: PeriodReportState; reload(): void } {
  const client = useApi();
  const [state, setState] = useState<PeriodReportState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` asks again.
  useEffect(() => {
    const abort = new AbortController();
    setState({ status: 'loading' });
    periodReport(client, { from, to }, abort.signal).then(
      (report) => setState({ status: 'ready', report }),
      (error: unknown) => {
        if (!abort.signal.aborted) setState({ status: 'failed', error });
      },
    );
    return () => abort.abort();
  }, [client, from, to, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
