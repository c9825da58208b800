import { join } from 'node:path';
import { type Client, type ServerProcess, startServerProcess } from '@niemyet/server/testing';
import { expect, type Page } from '@playwright/test';
import { setUpUsers, TEST_PASSWORD } from '../server/users';

const BUILT_CONSOLE = join(import.meta.dirname, '../../console/dist');

/**
 * A team workspace of its own for one Playwright file: a fresh `niemyet serve` on an embedded
 * database in a temporary folder, serving the built console, with an admin created through the
 * first-run setup and a drafter and a reviewer added. Suites never share a database, so none
 * depends on another's order or leftovers.
 */
export interface TestWorkspace {
  url: string;
  server: ServerProcess;
  /** The admin, signed in through the API; null until set up (`setUp: false`). */
  admin: Client | null;
  /** Signs `username` in through the console's sign-in screen. */
  signIn(page: Page, username: string): Promise<void>;
  close(): Promise<void>;
}

export { TEST_PASSWORD, USERS } from '../server/users';

export async function openWorkspace(options: { setUp?: boolean } = {}): Promise<TestWorkspace> {
  const server = await startServerProcess({ consoleDir: BUILT_CONSOLE });
  const admin = options.setUp === false ? null : await setUpUsers(server);
  return {
    url: server.url,
    server,
    admin,
    async signIn(page, username) {
      await page.goto(`${server.url}/#/sign-in`);
      await page.getByLabel(/Tên đăng nhập|Username/).fill(username);
      await page.getByLabel(/^(Mật khẩu|Password)$/).fill(TEST_PASSWORD);
      await page.getByRole('button', { name: /^(Đăng nhập|Sign in)$/ }).click();
      await expect(page.getByTestId('signed-in-user')).toContainText(username);
    },
    close: () => server.stop(),
  };
}
