import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useApi } from '../api/api-context';
import {
  type DecisionFileImport,
  type ImportFile,
  type ImportProgress,
  importDecisionFile,
} from './import-decision-file';
import { useStartImportWorker } from './import-worker-context';

export type DecisionImportState =
  | { kind: 'idle' }
  /** `progress` is null until the worker first reports; `cancelling` once the user asked to stop. */
  | { kind: 'running'; fileName: string; progress: ImportProgress | null; cancelling: boolean }
  /**
   * `seen` once the user has had the outcome in front of them: it finished on the import
   * screen, they opened that screen later, or they dismissed the notice the other screens show.
   */
  | { kind: 'done'; result: DecisionFileImport; seen: boolean }
  /** `error` is said in the user's language where it is shown (an ApiError has a code). */
  | { kind: 'failed'; fileName: string; error: unknown; seen: boolean };

export interface DecisionImport {
  state: DecisionImportState;
  /**
   * Starts importing `file`, unless an import is already running: then it is refused and
   * `false` comes back. The screen also disables its file input while one runs, so the
   * refusal is the guard for whatever else might call this, not something a user meets.
   */
  start(file: ImportFile): boolean;
  cancel(): void;
  /** The outcome has been shown: the other screens stop announcing it. */
  markOutcomeSeen(): void;
  /** How many imports wrote to the workspace since the console opened: the catalogue reloads when it moves. */
  completed: number;
  /** Another kind of import (the earlier workspace's upload) wrote to the workspace: counted the same. */
  noteImported(): void;
}

const DecisionImportContext = createContext<DecisionImport | null>(null);

/**
 * The console's one running import, above the routes: the import screen starts it and shows
 * it, and navigating to the catalogue or the publications leaves it running, with its
 * progress and Cancel in the layout. Only unmounting the whole console cancels it (a cancelled
 * import writes nothing).
 *
 * One at a time: the server merges each file all or nothing, and a second file started while
 * the first is uploading would only make the figures of both harder to read.
 */
export function DecisionImportProvider({ children }: { children: ReactNode }) {
  const client = useApi();
  const startWorker = useStartImportWorker();
  const [state, setState] = useState<DecisionImportState>({ kind: 'idle' });
  const [completed, setCompleted] = useState(0);
  // A ref, not the state: two starts in the same event would both see the state as idle.
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const run = useCallback(
    async (file: ImportFile, controller: AbortController) => {
      const fileName = file.name;
      try {
        const result = await importDecisionFile(client, file, {
          startWorker,
          signal: controller.signal,
          onProgress: (progress) =>
            setState((current) =>
              current.kind === 'running' && !current.cancelling ? { ...current, progress } : current,
            ),
        });
        setState({ kind: 'done', result, seen: false });
        if (result.kind === 'imported' && result.server.decisionsAdded + result.server.baseline > 0)
          setCompleted((count) => count + 1);
      } catch (error) {
        setState({ kind: 'failed', fileName, error, seen: false });
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [client, startWorker],
  );

  const start = useCallback(
    (file: ImportFile) => {
      if (running.current) return false;
      const controller = new AbortController();
      running.current = controller;
      setState({ kind: 'running', fileName: file.name, progress: null, cancelling: false });
      void run(file, controller);
      return true;
    },
    [run],
  );

  const cancel = useCallback(() => {
    setState((current) => (current.kind === 'running' ? { ...current, cancelling: true } : current));
    running.current?.abort();
  }, []);

  const markOutcomeSeen = useCallback(() => {
    setState((current) =>
      (current.kind === 'done' || current.kind === 'failed') && !current.seen
        ? { ...current, seen: true }
        : current,
    );
  }, []);

  const noteImported = useCallback(() => setCompleted((count) => count + 1), []);

  const value = useMemo(
    () => ({ state, start, cancel, markOutcomeSeen, completed, noteImported }),
    [state, start, cancel, markOutcomeSeen, completed, noteImported],
  );
  return <DecisionImportContext.Provider value={value}>{children}</DecisionImportContext.Provider>;
}

export function useDecisionImport(): DecisionImport {
  const value = useContext(DecisionImportContext);
  if (!value) throw new Error('useDecisionImport needs a DecisionImportProvider above it');
  return value;
}
