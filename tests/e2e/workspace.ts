import { join } from 'node:path';
import { type Client, type ServerProcess, startServerProcess } from '@niemyet/server/testing';
import { expect, type Page } from '@playwright/test';
import { setUpUsers, signedIn, TEST_PASSWORD, USERS } from '../server/users';

export { TEST_PASSWORD, USERS } from '../server/users';

const BUILT_CONSOLE = join(import.meta.dirname, '../../console/dist');

/**
 * A team workspace of its own for one Playwright file, for what the shared e2e server cannot
 * show: a first run. A fresh `niemyet serve` on an embedded database in a temporary folder,
 * serving the built console; set up through the API unless the suite walks the setup link.
 */
export interface TestWorkspace {
  url: string;
  server: ServerProcess;
  /** The admin, signed in through the API; null when the suite sets the workspace up itself. */
  admin: Client | null;
  /** Signs `username` in through the console's sign-in screen. */
  signIn(page: Page, username: string): Promise<void>;
  /**
   * Stops the server, runs `meanwhile` (the database is free then), starts it again on the same
   * data folder (a new port: `url`, `server` and `admin` follow). Only with `dataDir`.
   */
  restart(meanwhile?: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export async function openWorkspace(
  options: {
    setUp?: boolean;
    /** The embedded database's folder, kept when the server stops (to restart on it). */
    dataDir?: string;
    /** More environment for the server (`NIEMYET_WATCH_TICK_MS` and the like). */
    env?: Record<string, string>;
  } = {},
): Promise<TestWorkspace> {
  const start = () =>
    startServerProcess({ consoleDir: BUILT_CONSOLE, dataDir: options.dataDir, env: options.env });
  const server = await start();
  const admin = options.setUp === false ? null : await setUpUsers(server);
  const workspace: TestWorkspace = {
    url: server.url,
    server,
    admin,
    async signIn(page, username) {
      await page.goto(`${workspace.url}/#/sign-in`);
      await page.getByLabel('Tên đăng nhập').fill(username);
      await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
      await page.getByTestId('sign-in-submit').click();
      await expect(page.getByTestId('user-name')).toHaveText(username);
    },
    async restart(meanwhile) {
      if (!options.dataDir)
        throw new Error('a workspace restarts only on a data folder of its own (dataDir)');
      await workspace.server.stop();
      await meanwhile?.();
      workspace.server = await start();
      workspace.url = workspace.server.url;
      // Sessions live in the database: a new client for the new address, signed in again.
      if (workspace.admin) workspace.admin = await signedIn(workspace.url, USERS.admin);
    },
    close: () => workspace.server.stop(),
  };
  return workspace;
}
