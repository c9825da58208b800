import { createContext, type ReactNode, useContext } from 'react';
import { type StartImportWorker, startBrowserImportWorker } from './import-worker-port';

/**
 * How the import screen starts its worker: a real module worker on the page, the handler
 * in-process in DOM tests (happy-dom has no module workers). Context rather than an import,
 * so the screen does not know which.
 */
const ImportWorkerContext = createContext<StartImportWorker>(startBrowserImportWorker);

export function ImportWorkerProvider({ start, children }: { start: StartImportWorker; children: ReactNode }) {
  return <ImportWorkerContext.Provider value={start}>{children}</ImportWorkerContext.Provider>;
}

export function useStartImportWorker(): StartImportWorker {
  return useContext(ImportWorkerContext);
}
