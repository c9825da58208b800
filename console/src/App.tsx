import type { BridgeWindow } from '@niemyet/core';
import type { NiemyetConsoleDb } from '@niemyet/db';
import type { RouterHistory } from '@tanstack/react-router';
import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiProvider } from './api/api-context';
import { type ApiClient, createApiClient } from './api/http';
import { BridgeProvider } from './bridge/bridge-context';
import { DatabaseProvider } from './db/database-context';
import { LanguageProvider } from './i18n/language';
import { DecisionImportProvider } from './import/decision-import-context';
import { ImportWorkerProvider } from './import/import-worker-context';
import { type StartImportWorker, startBrowserImportWorker } from './import/import-worker-port';
import { SessionProvider } from './session/session-context';
import { createConsoleRouter } from './shell/router';

export interface AppProps {
  /** Tests pass a client over a fake server; the page talks to its own origin. */
  api?: ApiClient;
  /** Tests pass a fresh database, a memory history and a fake window; the page uses its own. */
  db?: NiemyetConsoleDb;
  history?: RouterHistory;
  bridgeWindow?: BridgeWindow;
  storage?: Storage;
  /** DOM tests run the import worker's handler in-process; the page starts a module worker. */
  startImportWorker?: StartImportWorker;
}

/**
 * The console: language, the server's API, who is signed in, the browser's cache database,
 * the extension bridge, the import worker and the running import around the routed screens.
 */
export function App({
  api,
  db,
  history,
  bridgeWindow,
  storage,
  startImportWorker = startBrowserImportWorker,
}: AppProps) {
  const [client] = useState(() => api ?? createApiClient());
  // The router's loaders ask the server through the same client (a route's data beside `/api/me`).
  const [router] = useState(() => createConsoleRouter(client, history));
  return (
    <LanguageProvider storage={storage}>
      <ApiProvider client={client}>
        <SessionProvider>
          <DatabaseProvider db={db}>
            <BridgeProvider target={bridgeWindow}>
              <ImportWorkerProvider start={startImportWorker}>
                {/* Above the routes: an import keeps running while the user looks at other screens. */}
                <DecisionImportProvider>
                  <RouterProvider router={router} />
                </DecisionImportProvider>
              </ImportWorkerProvider>
            </BridgeProvider>
          </DatabaseProvider>
        </SessionProvider>
      </ApiProvider>
    </LanguageProvider>
  );
}
