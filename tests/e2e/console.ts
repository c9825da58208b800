import { expect, type Page } from '@playwright/test';

/**
 * Where the Playwright suites reach the console: a team server (`niemyet serve`, started by
 * `serve-e2e.sh` with a fresh embedded database) serving the built console, and the account
 * the suites sign in with (it holds every role).
 */
export const CONSOLE_TEST_URL = 'http://127.0.0.1:4183';
export const E2E_USER = 'e2e';
export const E2E_PASSWORD = 'mật khẩu kiểm thử đủ dài';

/** Signs in through the sign-in screen; the page's context then carries the session cookie. */
export async function signIn(page: Page): Promise<void> {
  await page.goto(`${CONSOLE_TEST_URL}/#/sign-in`);
  await page.getByLabel('Tên đăng nhập').fill(E2E_USER);
  await page.getByLabel('Mật khẩu').fill(E2E_PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('user-name')).toHaveText(E2E_USER);
}

/**
 * Empties the team's workspace (an all-or-nothing restore of an empty bundle; accounts and
 * publications stay): each test starts from no decisions, as each starts from a fresh profile.
 */
export async function emptyWorkspace(page: Page): Promise<void> {
  const reply = await page.request.post(`${CONSOLE_TEST_URL}/api/restore`, {
    data: { format: 'niemyet.workspace', version: 1, exportedAt: new Date().toISOString() },
  });
  expect(reply.status()).toBe(200);
}

/** How many decisions the server holds. */
export async function serverDecisionCount(page: Page): Promise<number> {
  const reply = await page.request.get(`${CONSOLE_TEST_URL}/api/decisions?limit=1`);
  expect(reply.status()).toBe(200);
  return ((await reply.json()) as { total: number }).total;
}

/**
 * Clicks "Công bố danh mục" and returns the hash the server gave the new publication, once the
 * screen shows it. Read from the server's answer, not from the page: until the list reloads the
 * page still shows the previous publication (a shared e2e server keeps earlier suites' ones).
 */
export async function publishAndWait(page: Page): Promise<string> {
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/publications',
  );
  await page.getByTestId('publish-catalogue').click();
  const response = await answered;
  expect(response.status()).toBe(201);
  const { hash } = (await response.json()) as { hash: string };
  await expect(page.getByTestId('published-hash').first()).toHaveText(hash);
  return hash;
}
