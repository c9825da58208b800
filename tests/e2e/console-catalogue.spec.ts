import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRIDGE_CHANNEL, BRIDGE_VERSION, parseCatalogueSnapshot } from '@niemyet/core';
import { expect, type Page, test } from '@playwright/test';
import { CONSOLE_TEST_URL, emptyWorkspace, publishAndWait, serverDecisionCount, signIn } from './console';

// The console as a user meets it: sign in, import a decision list into the team server, look
// the catalogue up, publish it, download the snapshot, and hand it to the extension over the
// bridge. Each test starts signed in, with an empty workspace on the server.

test.beforeEach(async ({ page }) => {
  await signIn(page);
  await emptyWorkspace(page);
});

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/decisions');
const truth = JSON.parse(readFileSync(resolve(fixtures, 'hoa-binh-2020.truth.json'), 'utf8'));

async function importFile(page: Page, name: string) {
  await page.goto(`${CONSOLE_TEST_URL}/#/import`);
  await page.getByTestId('decision-import').setInputFiles(resolve(fixtures, name));
}

test('import the Hòa Bình 2020 list, search the catalogue, publish and download it, hand it to the extension', async ({
  page,
}) => {
  await importFile(page, 'hoa-binh-2020.csv');
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible();
  await expect(page.getByTestId('import-decisions')).toHaveText(String(truth.file.decisions));
  await expect(page.getByTestId('import-items')).toHaveText(String(truth.file.items));
  // The province's 2020 report: 68 decisions publishing 775 procedures — 340 new, 237 amended, 198 abolished.
  await expect(page.locator('[data-testid="import-year"][data-year="2020"] td')).toHaveText([
    '68',
    '775',
    '340',
    '237',
    '198',
  ]);

  // The catalogue on 31/12/2020, through the date field (typed the Vietnamese way).
  await page.getByRole('link', { name: 'Xem danh mục' }).click();
  const asOf = page.getByTestId('catalogue-as-of');
  await asOf.fill('31/12/2020');
  await asOf.press('Enter');
  await expect(page).toHaveURL(/asOf=2020-12-31/);
  const count = page.getByTestId('catalogue-count');
  await expect(count).toHaveAttribute('data-total', String(truth.snapshot.active));
  await expect(count).toHaveText(`${truth.snapshot.active} thủ tục đang có hiệu lực`);
  await expect(page.getByTestId('catalogue-row').first()).toBeVisible();

  // Typed without diacritics, found with them.
  await page.getByTestId('catalogue-search').fill('dang ky khai sinh');
  await expect(count).toContainText('khớp với tìm kiếm');
  const shown = Number(await count.getAttribute('data-shown'));
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(truth.snapshot.active);
  const names = await page.getByTestId('catalogue-row').locator('td:nth-child(2)').allTextContents();
  expect(names).toHaveLength(shown);
  for (const name of names) expect(name.toLowerCase()).toMatch(/đăng ký.*khai sinh/);

  // Anything the console announces is recorded before publishing, to see the unprompted push.
  await page.evaluate((channel) => {
    const seen: unknown[] = [];
    (window as unknown as { announced: unknown[] }).announced = seen;
    window.addEventListener('message', (event) => {
      const data = event.data as { channel?: string; type?: string };
      if (data?.channel === channel && data.type === 'catalogue') seen.push(data);
    });
  }, BRIDGE_CHANNEL);

  const hash = await publishAndWait(page);
  await expect(page.getByTestId('published-as-of')).toHaveText('31/12/2020');
  await expect(page.getByTestId('published-count')).toContainText(String(truth.snapshot.active));

  // The download is the snapshot format the extension and the CLI read, with the hash shown.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('download-catalogue').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('danh-muc-2020-12-31.json');
  const snapshot = parseCatalogueSnapshot(readFileSync((await download.path())!, 'utf8'));
  expect(snapshot.hash).toBe(hash);
  expect(snapshot.asOf).toBe('2020-12-31');
  expect(snapshot.procedures).toHaveLength(truth.snapshot.active);
  expect(snapshot.abolished).toHaveLength(truth.snapshot.abolished);
  expect(snapshot.upcoming).toHaveLength(truth.snapshot.upcoming);

  // Publishing pushed the catalogue to the extension unprompted (requestId null).
  const announced = await page.evaluate(
    () =>
      (window as unknown as { announced: { requestId: unknown; snapshot: { hash: string } }[] }).announced,
  );
  expect(announced.map((m) => [m.requestId, m.snapshot.hash])).toEqual([[null, hash]]);

  // The extension's content script asks for the catalogue (from this window and origin)…
  const answer = await page.evaluate(
    ({ channel, version }) =>
      new Promise<{ type: string; requestId: string; hash: string }>((resolve) => {
        window.addEventListener('message', (event) => {
          const data = event.data as { type?: string; requestId?: string; snapshot?: { hash: string } };
          if (data?.type === 'catalogue' && data.requestId === 'e2e-1')
            resolve({ type: data.type, requestId: data.requestId, hash: data.snapshot!.hash });
        });
        window.postMessage(
          { channel, version, type: 'request-catalogue', requestId: 'e2e-1' },
          location.origin,
        );
      }),
    { channel: BRIDGE_CHANNEL, version: BRIDGE_VERSION },
  );
  expect(answer).toEqual({ type: 'catalogue', requestId: 'e2e-1', hash });

  // …and says it took it: the user sees so.
  await page.evaluate(
    ({ channel, version, hash }) =>
      window.postMessage({ channel, version, type: 'catalogue-received', hash }, location.origin),
    { channel: BRIDGE_CHANNEL, version: BRIDGE_VERSION, hash },
  );
  await expect(page.getByTestId('bridge-status')).toContainText(
    `Tiện ích Niêm yết đã nhận danh mục ${hash.slice(0, 12)} lúc`,
  );

  // The publications page shows the same publication.
  await page.getByRole('link', { name: 'Công bố', exact: true }).click();
  await expect(page.getByTestId('published-hash')).toHaveText(hash);
});

test('a malformed list is refused with its rows and columns, and nothing is written', async ({ page }) => {
  await importFile(page, 'malformed.csv');
  await expect(page.getByTestId('import-errors')).toContainText('Không nhập «malformed.csv»: 3 lỗi');
  const issues = page.getByTestId('import-issue');
  await expect(issues).toHaveCount(3);
  await expect(issues.nth(0).locator('td')).toHaveText(['3', 'Ngày ký', /31\/02\/2020/]);
  await expect(issues.nth(1).locator('td')).toHaveText(['4', 'Hình thức', /Tạm dừng/]);
  await expect(issues.nth(2).locator('td').first()).toHaveText('6');

  expect(await serverDecisionCount(page)).toBe(0);
  await page.getByRole('link', { name: 'Danh mục', exact: true }).click();
  await expect(page.getByTestId('catalogue-empty')).toBeVisible();
  await page.getByRole('link', { name: 'Nhập danh sách quyết định' }).click();
  await expect(page.getByTestId('decision-import')).toBeVisible();
});

test('the English toggle applies to every screen and is remembered', async ({ page }) => {
  await page.goto(CONSOLE_TEST_URL);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Niêm yết — Console');
  await expect(page.getByRole('heading', { name: 'Catalogue of administrative procedures' })).toBeVisible();
  await page.getByRole('link', { name: 'Import decisions' }).click();
  await expect(page.getByRole('heading', { name: 'Import a decision list' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Niêm yết — Console');
  await page.getByRole('link', { name: 'Publish' }).click();
  await expect(page.getByTestId('bridge-status')).toContainText('The Niêm yết extension');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Niêm yết — Bảng điều khiển');
});
