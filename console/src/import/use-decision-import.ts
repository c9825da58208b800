import { useCallback, useEffect, useRef, useState } from 'react';
import { useConsoleDb } from '../db/database-context';
import {
  type DecisionFileImport,
  type ImportProgress,
  importDecisionFile,
  type TextFile,
} from './import-decision-file';
import { useStartImportWorker } from './import-worker-context';

export type DecisionImportState =
  | { kind: 'idle' }
  /** `progress` is null until the worker first reports; `cancelling` once the user asked to stop. */
  | { kind: 'running'; fileName: string; progress: ImportProgress | null; cancelling: boolean }
  | { kind: 'done'; result: DecisionFileImport }
  | { kind: 'failed'; fileName: string; reason: string };

/**
 * One import at a time, with its progress and a way to cancel it. Leaving the screen cancels
 * a running import too: nobody would see its outcome, and a cancelled import writes nothing.
 */
export function useDecisionImport() {
  const db = useConsoleDb();
  const startWorker = useStartImportWorker();
  const [state, setState] = useState<DecisionImportState>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(
    async (file: TextFile) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const fileName = file.name;
      setState({ kind: 'running', fileName, progress: null, cancelling: false });
      try {
        const result = await importDecisionFile(db, file, {
          startWorker,
          signal: controller.signal,
          onProgress: (progress) =>
            setState((current) =>
              current.kind === 'running' && !current.cancelling ? { ...current, progress } : current,
            ),
        });
        setState({ kind: 'done', result });
      } catch (cause) {
        setState({
          kind: 'failed',
          fileName,
          reason: cause instanceof Error ? cause.message : String(cause),
        });
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [db, startWorker],
  );

  const cancel = useCallback(() => {
    setState((current) => (current.kind === 'running' ? { ...current, cancelling: true } : current));
    running.current?.abort();
  }, []);

  return { state, start, cancel };
}
