import { expect, type Page, test } from '@playwright/test';
import { largeDecisionList } from '../../console/src/testing/large-decision-list';
import { CONSOLE_TEST_URL, emptyWorkspace, serverDecisionCount, signIn } from './console';

// A province's whole history in one spreadsheet: 20,000 rows. The file is checked in a worker
// with a progress bar and a Cancel button, then uploaded to the team server; a cancelled import
// sends nothing, and the same file then imports to the end. The catalogue it gives sorts by its
// headers.

test.beforeEach(async ({ page }) => {
  await signIn(page);
  await emptyWorkspace(page);
});

const LIST = largeDecisionList();
// 181 decisions publish 100 procedures each; 19 amend 50 and abolish 50 of the decision before.
const IN_FORCE = 181 * 100 - 19 * 50;

async function chooseLargeList(page: Page) {
  await page.getByTestId('decision-import').setInputFiles({
    name: 'lich-su-20000.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(LIST.csv, 'utf8'),
  });
}

test('a 20,000-row list shows its progress, can be cancelled with nothing written, then imports', async ({
  page,
}) => {
  expect(LIST.rows).toBe(20_000);
  await page.goto(`${CONSOLE_TEST_URL}/#/import`);
  await chooseLargeList(page);

  // The bar and the count of the phase under way, in Vietnamese notation.
  const bar = page.getByTestId('import-progress');
  await expect(bar).toBeVisible();
  const phase = page.getByTestId('import-phase');
  await expect(phase).toHaveText(
    /^Đang (kiểm tra dòng|lập quyết định: dòng|lập sổ thay đổi: mục) [\d.]+\/20\.000$/,
  );
  await expect(bar).toHaveAttribute('max', '20000');
  await expect(page.getByTestId('decision-import')).toBeDisabled();

  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-cancelled')).toHaveText(
    'Đã hủy nhập «lich-su-20000.csv»: không ghi gì vào dữ liệu.',
  );
  await expect(bar).toBeHidden();
  await page.getByRole('link', { name: 'Danh mục', exact: true }).click();
  await expect(page.getByTestId('catalogue-empty')).toBeVisible();
  // Nothing reached the team server.
  expect(await serverDecisionCount(page)).toBe(0);

  // The same file again, to the end: checked, sent, then the server checks and saves it.
  await page.getByRole('link', { name: 'Nhập danh sách quyết định' }).click();
  await chooseLargeList(page);
  await expect(phase).toHaveText(/^(Đang gửi tệp lên máy chủ: [\d.]+%|Máy chủ đang kiểm tra và ghi…)$/, {
    timeout: 30_000,
  });
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('import-items')).toHaveText('20.000');
  await expect(page.getByTestId('import-decisions')).toHaveText('200');

  await page.getByRole('link', { name: 'Xem danh mục' }).click();
  const count = page.getByTestId('catalogue-count');
  await expect(count).toHaveAttribute('data-total', String(IN_FORCE));

  // Sorted by name, Vietnamese collation (Ấ with A, Đ right after D), then the other way.
  const nameHeader = page.getByRole('columnheader', { name: 'Tên thủ tục' });
  await expect(nameHeader).not.toHaveAttribute('aria-sort', /.*/);
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  const names = () => page.getByTestId('catalogue-row').locator('td:nth-child(2)').allTextContents();
  const collator = new Intl.Collator('vi');
  const ascending = await names();
  expect(ascending[0]).toMatch(/^Ấn định thời hạn /);
  expect([...ascending].sort(collator.compare)).toEqual(ascending);
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  const descending = await names();
  expect(descending[0]).toMatch(/^Xác nhận tình trạng hôn nhân /);
  expect([...descending].sort(collator.compare).reverse()).toEqual(descending);
});

test('the import progress speaks English when the console does', async ({ page }) => {
  await page.goto(`${CONSOLE_TEST_URL}/#/import`);
  await page.getByRole('button', { name: 'English' }).click();
  await chooseLargeList(page);
  await expect(page.getByTestId('import-phase')).toHaveText(
    /^(Checking row|Building decisions: row|Chaining the change log: entry) [\d.]+\/20\.000$/,
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('import-cancelled')).toHaveText(
    'Import of “lich-su-20000.csv” cancelled: nothing was written.',
  );
});

test('an import keeps running while the catalogue is shown, with its progress there, and fills it', async ({
  page,
}) => {
  await page.goto(`${CONSOLE_TEST_URL}/#/import`);
  await chooseLargeList(page);
  await expect(page.getByTestId('import-progress')).toBeVisible();

  // Leaving the import screen does not stop the import: its progress follows to the catalogue.
  await page.getByRole('link', { name: 'Danh mục', exact: true }).click();
  const line = page.getByTestId('import-progress-global');
  await expect(line).toBeVisible();
  await expect(line).toContainText(/^Đang nhập «lich-su-20000\.csv»(…|: [\d.]+\/[\d.]+)/);
  await expect(line.getByRole('link', { name: 'Mở trang nhập' })).toBeVisible();
  await expect(line.getByRole('button', { name: 'Hủy' })).toBeVisible();

  // It ends on the catalogue, which fills; a notice says what was imported.
  await expect(line).toBeHidden({ timeout: 30_000 });
  await expect(page.getByTestId('import-outcome-global')).toContainText(
    'Đã nhập «lich-su-20000.csv»: 200 quyết định.',
  );
  const count = page.getByTestId('catalogue-count');
  await expect(count).toHaveAttribute('data-total', String(IN_FORCE));
  expect(Number(await count.getAttribute('data-total'))).toBeGreaterThan(0);
});
