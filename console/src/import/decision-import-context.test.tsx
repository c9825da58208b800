// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { freshConsoleDb } from '../../../packages/db/src/console/test-support';
import { DatabaseProvider } from '../db/database-context';
import { largeDecisionList } from '../testing/large-decision-list';
import { DecisionImportProvider, useDecisionImport } from './decision-import-context';
import type { ImportFile } from './import-decision-file';
import { ImportWorkerProvider } from './import-worker-context';
import { inProcessImportWorkers } from './in-process-import-worker';

afterEach(cleanup);

const file = (name: string, rows = 5): ImportFile => {
  const { csv } = largeDecisionList(1, rows);
  return { name, arrayBuffer: async () => new TextEncoder().encode(csv).buffer };
};

function renderImport(workers = inProcessImportWorkers()) {
  const db = freshConsoleDb();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DatabaseProvider db={db}>
      <ImportWorkerProvider start={workers.start}>
        <DecisionImportProvider>{children}</DecisionImportProvider>
      </ImportWorkerProvider>
    </DatabaseProvider>
  );
  return { ...renderHook(() => useDecisionImport(), { wrapper }), db, workers };
}

describe('the running decision import', () => {
  it('refuses a second import while one runs, and takes the next one once it has ended', async () => {
    const { result, db, workers } = renderImport(inProcessImportWorkers({ pauseAfter: 2 }));
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
      result: { kind: 'imported', fileName: 'first.csv' },
    });
    expect(workers.started).toBe(1);
    expect(await db.decisions.count()).toBe(1);

    act(() => result.current.markOutcomeSeen());
    expect(result.current.state).toMatchObject({ kind: 'done', seen: true });

    act(() => {
      started = result.current.start(file('third.csv'));
    });
    expect(started).toBe(true);
    await waitFor(() => expect(result.current.state).toMatchObject({ kind: 'done', seen: false }));
    expect(workers.started).toBe(2);
  });

  it('cancels a running import when the console goes away, writing nothing', async () => {
    const { result, unmount, db, workers } = renderImport(inProcessImportWorkers({ pauseAfter: 2 }));
    act(() => {
      result.current.start(file('ds.csv', 500));
    });
    await waitFor(() => expect(workers.started).toBe(1));
    unmount();
    workers.resume();
    await waitFor(() => expect(workers.terminated).toBe(1));
    expect(await db.decisions.count()).toBe(0);
    expect(await db.changeLog.count()).toBe(0);
  });
});
