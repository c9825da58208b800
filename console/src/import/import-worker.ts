import { handleImportRequest } from './import-worker-handler';

/**
 * The import worker's entry (Vite bundles it from `new Worker(new URL('./import-worker.ts',
 * import.meta.url), { type: 'module' })`). The page's lib is DOM, not WebWorker: the worker
 * scope is described by the two members it uses, which the DOM's global also types.
 */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: unknown): void;
}

const scope: WorkerScope = globalThis;
scope.addEventListener('message', (event) =>
  handleImportRequest(event.data, (message) => scope.postMessage(message)),
);
