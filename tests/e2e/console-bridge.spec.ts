import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { launchWithExtension } from './chromium';
import { CONSOLE_TEST_URL, publishAndWait, signIn } from './console';

// The console bridge end to end, in Chromium with the built extension: the user connects the
// console in the options page, publishes a catalogue in the console, and the extension takes
// it from the open console tab — hash checked, catalogue in force, the console told so.

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/decisions');
const truth = JSON.parse(readFileSync(resolve(fixtures, 'hoa-binh-2020.truth.json'), 'utf8'));

test('the extension takes the catalogue the console publishes, and says so in the console', async () => {
  const session = await launchWithExtension();
  try {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect(options.getByTestId('console-origin-none')).toBeVisible();
    await options.getByTestId('console-origin-input').fill(`${CONSOLE_TEST_URL}/#/publications`);
    await options.getByRole('button', { name: 'Kết nối', exact: true }).click();
    await expect(options.getByTestId('console-origin')).toHaveText(CONSOLE_TEST_URL);
    await expect(options.getByTestId('catalogue-none')).toBeVisible();

    const console = await session.context.newPage();
    await signIn(console);
    await console.goto(`${CONSOLE_TEST_URL}/#/import`);
    await console.getByTestId('decision-import').setInputFiles(resolve(fixtures, 'hoa-binh-2020.csv'));
    await expect(console.getByTestId('import-summary')).toBeVisible();
    // Nothing published yet (a fresh server, and this suite runs first): the bridge asked, the
    // console had nothing to give.
    await expect(console.getByTestId('bridge-status')).toHaveText(
      'Tiện ích Niêm yết chưa nhận danh mục nào từ trang này.',
    );

    await console.goto(`${CONSOLE_TEST_URL}/#/?asOf=2020-12-31`);
    const hash = await publishAndWait(console);
    // The publication was pushed to the extension, checked and taken: the console shows it.
    await expect(console.getByTestId('bridge-status')).toContainText(
      `Tiện ích Niêm yết đã nhận danh mục ${hash.slice(0, 12)} lúc`,
      { timeout: 30_000 },
    );

    // The extension's catalogue in force is the console's, from the console.
    await options.reload();
    await expect(options.getByTestId('catalogue-hash')).toHaveText(hash);
    await expect(options.getByTestId('catalogue-source')).toHaveText(`bảng điều khiển (${CONSOLE_TEST_URL})`);
    await expect(options.getByTestId('catalogue-counts')).toContainText(String(truth.snapshot.active));

    // Opening the console again: the extension already has this catalogue, and says so.
    await console.reload();
    await expect(console.getByTestId('bridge-status')).toContainText(
      `đã nhận danh mục ${hash.slice(0, 12)}`,
      {
        timeout: 30_000,
      },
    );

    // Disconnected: the console's pages no longer reach the extension.
    await options.getByRole('button', { name: 'Ngắt kết nối' }).click();
    await expect(options.getByTestId('console-origin-none')).toBeVisible();
    await console.reload();
    await console.waitForTimeout(2_000);
    await expect(console.getByTestId('bridge-status')).toHaveText(
      'Tiện ích Niêm yết chưa nhận danh mục nào từ trang này.',
    );
  } finally {
    await session.close();
  }
});
