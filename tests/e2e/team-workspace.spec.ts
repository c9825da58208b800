import { resolve } from 'node:path';
import { type CatalogueSnapshot, parseCatalogueSnapshot, todayInVietnam } from '@niemyet/core';
import { expect, test } from '@playwright/test';
import { type PortalSimulator, startPortalSimulator } from '../portal-sim/server';
import { type ExtensionSession, launchWithExtension } from './chromium';
import { publishAndWait } from './console';
import { listingStatuses } from './extension-helpers';
import { openWorkspace, TEST_PASSWORD, type TestWorkspace, USERS } from './workspace';

// A province's first day with the team server, as its people live it: the setup link the
// server printed makes the first admin, who adds a drafter; the drafter signs in on the same
// console, imports the 2020 decision list, looks the catalogue up and publishes it; the
// extension polls the server's published catalogue and marks a portal page with it; signing out
// returns to the sign-in screen.

let workspace: TestWorkspace;
let session: ExtensionSession;
let sim: PortalSimulator;

test.beforeAll(async () => {
  workspace = await openWorkspace({ setUp: false });
  session = await launchWithExtension();
  sim = await startPortalSimulator({ port: 0, seed: 1, asOf: todayInVietnam() });
});

test.afterAll(async () => {
  await session?.close();
  await sim?.close();
  await workspace?.close();
});

test('setup link → admin adds a drafter → drafter imports, publishes → the extension marks a portal with it → sign-out', async () => {
  test.setTimeout(180_000);
  const page = await session.context.newPage();

  // 1. The setup link printed on first run makes the first admin, who is then signed in.
  const link = /SETUP (\S+)/.exec(workspace.server.output())?.[1];
  expect(link, workspace.server.output()).toBeTruthy();
  await page.goto(link!);
  await page.getByLabel('Tên đăng nhập của quản trị viên').fill(USERS.admin);
  await page.getByLabel(/^Mật khẩu \(ít nhất \d+ ký tự\)$/).fill(TEST_PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu').fill(TEST_PASSWORD);
  await page.getByTestId('setup-submit').click();
  await expect(page.getByTestId('user-name')).toHaveText(USERS.admin);
  await expect(page.getByTestId('user-roles')).toContainText('Quản trị');

  // The link is single-use: a second visit is refused.
  const again = await page.request.post(`${workspace.url}/api/setup`, {
    data: { token: new URL(link!).hash.split('token=')[1], username: 'khac', password: TEST_PASSWORD },
  });
  expect(again.status()).toBeGreaterThanOrEqual(400);

  // 2. The admin adds a drafter.
  await page.goto(`${workspace.url}/#/users`);
  const form = page.getByTestId('add-user');
  await form.getByLabel('Tên đăng nhập').fill(USERS.drafter);
  await form.getByLabel(/^Mật khẩu/).fill(TEST_PASSWORD);
  await form.getByLabel('Soạn thảo').check();
  await page.getByTestId('add-user-submit').click();
  await expect(page.locator('[data-testid="user-row"]', { hasText: USERS.drafter })).toContainText(
    'Soạn thảo',
  );

  // 3. Sign-out returns to the sign-in screen; the drafter signs in.
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/#\/sign-in/);
  await expect(page.getByTestId('sign-in-submit')).toBeVisible();
  await workspace.signIn(page, USERS.drafter);
  await expect(page.getByTestId('user-roles')).toContainText('Soạn thảo');
  // A drafter has no users screen: the server says so, and the console offers none.
  expect((await page.request.get(`${workspace.url}/api/users`)).status()).toBe(403);

  // 4. The drafter imports the 2020 list; the server's figures are the report's.
  await page.goto(`${workspace.url}/#/import`);
  await page
    .getByTestId('decision-import')
    .setInputFiles(resolve(import.meta.dirname, '../fixtures/decisions/hoa-binh-2020.csv'));
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
  // The province's 2020 report: 68 decisions publishing 775 procedures — 340 new, 237 amended, 198 abolished.
  await expect(page.locator('[data-testid="import-year"][data-year="2020"] td')).toHaveText([
    '68',
    '775',
    '340',
    '237',
    '198',
  ]);

  // 5. The catalogue in force today comes from the server.
  await page.goto(`${workspace.url}/#/`);
  await expect(page.getByTestId('catalogue-row').first()).toBeVisible();
  const total = Number(await page.getByTestId('catalogue-count').getAttribute('data-total'));
  expect(total).toBeGreaterThan(0);

  // 6. Publishing (from the catalogue shown): the server serves the snapshot at its published
  // URL, with its hash as ETag.
  const hash = await publishAndWait(page);
  const publishedUrl = `${workspace.url}/api/catalogue/published`;
  const published = await fetch(publishedUrl);
  expect(published.headers.get('etag')).toBe(`"${hash}"`);
  const snapshot: CatalogueSnapshot = parseCatalogueSnapshot(await published.text());
  expect(snapshot.hash).toBe(hash);
  expect(snapshot.procedures).toHaveLength(total);
  expect((await fetch(publishedUrl, { headers: { 'if-none-match': `"${hash}"` } })).status).toBe(304);

  // 7. The extension polls that URL (set in its options, checked at once) and takes the catalogue.
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  const urlSection = options.locator('section[aria-labelledby="catalogue-url-heading"]');
  await options.getByTestId('catalogue-url').fill(publishedUrl);
  await urlSection.getByRole('button', { name: 'Lưu' }).click();
  await expect(options.getByTestId('catalogue-url-message')).toHaveText('Đã lưu.');
  await urlSection.getByRole('button', { name: 'Kiểm tra ngay' }).click();
  await expect(options.getByTestId('catalogue-hash')).toHaveText(hash, { timeout: 30_000 });

  // 8. A portal page is marked against the published catalogue: a row is "unknown" exactly when
  // its code is nowhere in it.
  const listing = sim.manifest.listings.national;
  const portal = await session.context.newPage();
  await portal.goto(`${sim.url}${listing.url.split('?')[0]}?pageIndex=1&pageSize=100`);
  const codes = await portal.$$eval('tr.item-tthc', (rows) =>
    rows.map((r) => r.getAttribute('data-ma-thu-tuc') ?? ''),
  );
  const known = new Set(
    [...snapshot.procedures, ...snapshot.upcoming, ...snapshot.abolished].map((p) => p.code).filter(Boolean),
  );
  const expectedUnknown = codes.map((code) => !known.has(code.split('.').slice(0, 2).join('.')));
  expect(expectedUnknown.includes(false), 'the list shares codes with the portal').toBe(true);
  await expect
    .poll(async () => (await listingStatuses(portal, 'tr.item-tthc')).map((s) => s === 'unknown'), {
      timeout: 20_000,
    })
    .toEqual(expectedUnknown);

  // 9. Signing out ends the session on the server too.
  await page.bringToFront();
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/#\/sign-in/);
  expect((await page.request.get(`${workspace.url}/api/me`)).status()).toBe(401);
});
