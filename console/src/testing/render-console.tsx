import type { BridgeWindow } from '@niemyet/core';
import { freshConsoleDb } from '@niemyet/db/testing';
import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { App } from '../App';
import { ApiProvider } from '../api/api-context';
import { createApiClient } from '../api/http';
import { DatabaseProvider } from '../db/database-context';
import { LanguageProvider } from '../i18n/language';
import { type InProcessImportWorkers, inProcessImportWorkers } from '../import/in-process-import-worker';
import { SessionProvider, useSession } from '../session/session-context';
import { type FakeAccount, FakeServer, type FakeServerOptions } from './fake-server';

/**
 * The whole console in a DOM test: routes, screens, the API client over an in-memory server
 * (`fake-server.ts`), the browser's database (fake-indexeddb) and the bridge (a fake window).
 * Files using it start with `// @vitest-environment happy-dom` and `import 'fake-indexeddb/auto'`.
 */

export class MemoryStorage implements Storage {
  private values = new Map<string, string>();
  get length() {
    return this.values.size;
  }
  clear() {
    this.values.clear();
  }
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  key(index: number) {
    return [...this.values.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.values.delete(key);
  }
  setItem(key: string, value: string) {
    this.values.set(key, value);
  }
}

export function fakeWindow() {
  const posted: unknown[] = [];
  const target: BridgeWindow = {
    location: { origin: 'http://console.test' },
    addEventListener: () => {},
    removeEventListener: () => {},
    postMessage: (message) => posted.push(message),
  };
  return { target, posted };
}

export const PASSWORD = 'mat-khau-dai-1';

/** The office of the tests: a drafter who also supervises, a legal reviewer, an admin. */
export const ACCOUNTS: Record<string, FakeAccount> = {
  lan: { password: PASSWORD, roles: ['drafter', 'supervisor'] },
  hung: { password: PASSWORD, roles: ['reviewer'] },
  quantri: { password: PASSWORD, roles: ['admin'] },
};

/**
 * happy-dom lays nothing out: give every element a screen-sized box so the virtual table,
 * which renders the rows that fit its scroll box, has rows to render. Call in beforeAll, undo in afterAll.
 */
const layout = { clientHeight: 720, clientWidth: 1200 };
export function giveElementsABox() {
  for (const [property, value] of Object.entries(layout))
    Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: () => value });
}
export function takeBoxesAway() {
  for (const property of Object.keys(layout)) Reflect.deleteProperty(HTMLElement.prototype, property);
}

export interface RenderConsoleOptions {
  path?: string;
  storage?: Storage;
  workers?: InProcessImportWorkers;
  /** The server (signed in as `lan` by default); pass one to share it between renders. */
  server?: FakeServer;
  serverOptions?: FakeServerOptions;
  db?: ReturnType<typeof freshConsoleDb>;
}

export function renderConsole({
  path = '/',
  storage = new MemoryStorage(),
  workers = inProcessImportWorkers(),
  server = new FakeServer({ accounts: ACCOUNTS, signedInAs: 'lan' }),
  db = freshConsoleDb(),
}: RenderConsoleOptions = {}) {
  const bridge = fakeWindow();
  const history = createMemoryHistory({ initialEntries: [path] });
  const view = render(
    <App
      api={createApiClient({ fetch: server.fetch })}
      db={db}
      history={history}
      bridgeWindow={bridge.target}
      storage={storage}
      startImportWorker={workers.start}
    />,
  );
  return { ...view, db, bridge, storage, workers, server, history };
}

/**
 * One component (not the whole console) inside the providers a screen needs: language, the API
 * client over `server`, the session (shown once signed in, as the router would) and the
 * browser's database.
 */
export function renderInSession(
  ui: ReactNode,
  {
    server = new FakeServer({ accounts: ACCOUNTS, signedInAs: 'lan' }),
    storage = new MemoryStorage(),
    db = freshConsoleDb(),
  }: { server?: FakeServer; storage?: Storage; db?: ReturnType<typeof freshConsoleDb> } = {},
) {
  const client = createApiClient({ fetch: server.fetch });
  const view = render(
    <LanguageProvider storage={storage}>
      <ApiProvider client={client}>
        <SessionProvider>
          <DatabaseProvider db={db}>
            <WhenSignedIn>{ui}</WhenSignedIn>
          </DatabaseProvider>
        </SessionProvider>
      </ApiProvider>
    </LanguageProvider>,
  );
  return { ...view, server, db, storage };
}

function WhenSignedIn({ children }: { children: ReactNode }) {
  const { state } = useSession();
  return state.kind === 'signed-in' ? children : null;
}
