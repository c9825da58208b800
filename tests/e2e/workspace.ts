import { join } from 'node:path';
import { type Client, type ServerProcess, startServerProcess } from '@niemyet/server/testing';
import { expect, type Page } from '@playwright/test';
import { setUpUsers, TEST_PASSWORD } from '../server/users';

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
  close(): Promise<void>;
}

export async function openWorkspace(options: { setUp?: boolean } = {}): Promise<TestWorkspace> {
  const server = await startServerProcess({ consoleDir: BUILT_CONSOLE });
  const admin = options.setUp === false ? null : await setUpUsers(server);
  return {
    url: server.url,
    server,
    admin,
    async signIn(page, username) {
      await page.goto(`${server.url}/#/sign-in`);
      await page.getByLabel('Tên đăng nhập').fill(username);
      await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
      await page.getByTestId('sign-in-submit').click();
      await expect(page.getByTestId('user-name')).toHaveText(username);
    },
    close: () => server.stop(),
  };
}
