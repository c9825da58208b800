import { expect, type Page } from '@playwright/test';
import { ApiSession, TEST_PASSWORD } from '../server/api-session';
import { type ServerProcess, startServer, tempFolder } from '../server/server-process';

/**
 * A team workspace of its own for one Playwright file: a fresh `niemyet serve` on an embedded
 * database in a temporary folder, serving the built console, with an admin created through the
 * first-run setup and a drafter and a reviewer added. Suites never share a database, so none
 * depends on another's order or leftovers.
 */
export interface TestWorkspace {
  url: string;
  server: ServerProcess;
  admin: ApiSession;
  /** Signs `username` in through the console's sign-in screen. */
  signIn(page: Page, username: string): Promise<void>;
  close(): Promise<void>;
}

export const USERS = { admin: 'quantri', drafter: 'soanthao', reviewer: 'thamdinh' } as const;

export async function openWorkspace(options: { setUp?: boolean } = {}): Promise<TestWorkspace> {
  const folder = tempFolder('niemyet-e2e-');
  const server = await startServer({ dataDir: folder.path });
  const admin = new ApiSession(server.url);
  if (options.setUp !== false) {
    await admin.setUp(server.setupToken!, USERS.admin, TEST_PASSWORD);
    await admin.addUser(USERS.drafter, TEST_PASSWORD, ['drafter']);
    await admin.addUser(USERS.reviewer, TEST_PASSWORD, ['reviewer']);
  }
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
    async close() {
      await server.stop();
      folder.remove();
    },
  };
}
