import { handleImportRequest } from './import-worker-handler';
import type { ImportWorkerPort, StartImportWorker } from './import-worker-port';

/**
 * An import "worker" that runs the worker's handler on the same thread, for tests (Node and
 * happy-dom have no module workers). Like a real worker it answers asynchronously, one
 * message per task, with copies (structured clone), and says nothing more once terminated.
 * `pauseAfter` holds back every message after the first n until `resume()`, so a test can
 * look at the screen (or cancel) half-way through.
 */
export interface InProcessImportWorkers {
  start: StartImportWorker;
  /** How many workers were started and how many terminated. */
  started: number;
  terminated: number;
  resume(): void;
}

export function inProcessImportWorkers({
  pauseAfter = Number.POSITIVE_INFINITY,
} = {}): InProcessImportWorkers {
  let release: () => void = () => {};
  const resumed = new Promise<void>((resolve) => {
    release = resolve;
  });
  const workers: InProcessImportWorkers = {
    started: 0,
    terminated: 0,
    resume: () => release(),
    start: () => {
      workers.started++;
      const listeners: ((data: unknown) => void)[] = [];
      let terminated = false;
      let sent = 0;
      const deliver = async (message: unknown) => {
        sent++;
        if (sent > pauseAfter) await resumed;
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (terminated) return;
        for (const listener of listeners) listener(structuredClone(message));
      };
      const port: ImportWorkerPort = {
        post: (request) => {
          const outbox: unknown[] = [];
          setTimeout(() => {
            if (terminated) return;
            handleImportRequest(structuredClone(request), (message) => outbox.push(message));
            // In order: each message waits for the one before it.
            void outbox.reduce<Promise<void>>(
              (previous, message) => previous.then(() => deliver(message)),
              Promise.resolve(),
            );
          }, 0);
        },
        onMessage: (listener) => listeners.push(listener),
        onError: () => {},
        terminate: () => {
          if (!terminated) workers.terminated++;
          terminated = true;
        },
      };
      return port;
    },
  };
  return workers;
}
