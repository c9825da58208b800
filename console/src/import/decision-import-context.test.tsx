// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../api/api-context';
import { createApiClient } from '../api/http';
import { FakeServer } from '../testing/fake-server';
import { largeDecisionList } from '../testing/large-decision-list';
import { DecisionImportProvider, useDecisionImport } from './decision-import-context';
import type { ImportFile } from './import-decision-file';
import { ImportWorkerProvider } from './import-worker-context';
import { inProcessImportWorkers } from './in-process-import-worker';

afterEach(cleanup);

const file = (name: string, rows = 5, decisions = 1): ImportFile => {
  const { csv } = largeDecisionList(decisions, rows);
  return { name, arrayBuffer: async () => new TextEncoder().encode(csv).buffer };
};

function renderImport(workers = inProcessImportWorkers()) {
  const server = new FakeServer({
    accounts: { lan: { password: 'mat-khau-dai-1', roles: ['drafter'] } },
    signedInAs: 'lan',
  });
  const client = createApiClient({ fetch: server.fetch });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApiProvider client={client}>
      <ImportWorkerProvider start={workers.start}>
        <DecisionImportProvider>{children}</DecisionImportProvider>
      </ImportWorkerProvider>
    </ApiProvider>
  );
  return { ...renderHook(() => useDecisionImport(), { wrapper }), server, workers };
}

describe('the running decision import', () => {
  it('refuses a second import while one runs, and takes the next one once it has ended', async () => {
    const { result, server, workers } = renderImport(inProcessImportWorkers({ pauseAfter: 2 }));
    let started = false;
    act(() => {
      started = result.current.start(file('first.csv'));
    });
    expect(started).toBe(true);
    let second = true;
    act(() => {
      second = result.current.start(file('second.csv'));
    });
    expect(second).toBe(false);
    expect(result.current.state).toMatchObject({ kind: 'running', fileName: 'first.csv' });
    expect(workers.started).toBeLessThanOrEqual(1);

    workers.resume();
    await waitFor(() => expect(result.current.state.kind).toBe('done'));
    expect(result.current.state).toMatchObject({
      kind: 'done',
      seen: false,
      result: { kind: 'imported', fileName: 'first.csv', server: { decisionsAdded: 1 } },
    });
    expect(workers.started).toBe(1);
    expect(server.decisions.size).toBe(1);
    // The catalogue reloads after an import that wrote something.
    expect(result.current.completed).toBe(1);

    act(() => result.current.markOutcomeSeen());
    expect(result.current.state).toMatchObject({ kind: 'done', seen: true });

    act(() => {
      started = result.current.start(file('third.csv'));
    });
    expect(started).toBe(true);
    await waitFor(() => expect(result.current.state).toMatchObject({ kind: 'done', seen: false }));
    expect(workers.started).toBe(2);
    // The same decisions again: nothing new was written, nothing to reload.
    expect(result.current.completed).toBe(1);
  });

  it('cancels a running import when the console goes away, sending nothing', async () => {
    const { result, unmount, server, workers } = renderImport(inProcessImportWorkers({ pauseAfter: 2 }));
    act(() => {
      result.current.start(file('ds.csv', 500));
    });
    await waitFor(() => expect(workers.started).toBe(1));
    unmount();
    workers.resume();
    await waitFor(() => expect(workers.terminated).toBe(1));
    expect(server.requestsTo('POST', '/api/imports/decisions')).toHaveLength(0);
    expect(server.decisions.size).toBe(0);
  });
});
