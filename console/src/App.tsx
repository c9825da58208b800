import type { BridgeWindow } from '@niemyet/core';
import type { NiemyetConsoleDb } from '@niemyet/db';
import type { RouterHistory } from '@tanstack/react-router';
import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { BridgeProvider } from './bridge/bridge-context';
import { DatabaseProvider, openPageDatabase } from './db/database-context';
import { LanguageProvider } from './i18n/language';
import { createConsoleRouter } from './shell/router';

export interface AppProps {
  /** Tests pass a fresh database, a memory history and a fake window; the page uses its own. */
  db?: NiemyetConsoleDb;
  history?: RouterHistory;
  bridgeWindow?: BridgeWindow;
  storage?: Storage;
}

/** The console: language, database and extension bridge around the routed screens. */
export function App({ db, history, bridgeWindow, storage }: AppProps) {
  const [router] = useState(() => createConsoleRouter(history));
  const [database] = useState(() => db ?? openPageDatabase());
  return (
    <LanguageProvider storage={storage}>
      <DatabaseProvider db={database}>
        <BridgeProvider target={bridgeWindow}>
          <RouterProvider router={router} />
        </BridgeProvider>
      </DatabaseProvider>
    </LanguageProvider>
  );
}
