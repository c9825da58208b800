import type { ImportRequest } from './import-protocol';

/**
 * The page's handle on an import worker. The import controller talks to this, not to
 * `Worker`, so tests run it against the same handler in-process; the page uses a real worker.
 */
export interface ImportWorkerPort {
  post(request: ImportRequest): void;
  /** Every message the worker sends, unchecked: the controller validates it. */
  onMessage(listener: (data: unknown) => void): void;
  /** The worker could not run (failed to load, threw outside the handler). */
  onError(listener: (reason: string) => void): void;
  /** Stops the worker at once, wherever it is; nothing it still sends arrives. */
  terminate(): void;
}

export type StartImportWorker = () => ImportWorkerPort;

/** A module worker running `import-worker.ts` (Vite bundles it as its own chunk). */
export const startBrowserImportWorker: StartImportWorker = () => {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  return {
    post: (request) => worker.postMessage(request),
    onMessage: (listener) => worker.addEventListener('message', (event) => listener(event.data)),
    onError: (listener) => {
      worker.addEventListener('error', (event) => listener(event.message || 'import worker failed'));
      worker.addEventListener('messageerror', () =>
        listener('a message from the import worker could not be read'),
      );
    },
    terminate: () => worker.terminate(),
  };
};
