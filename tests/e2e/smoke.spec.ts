import { expect, test } from '@playwright/test';
import { launchWithExtension } from './chromium';
import { CONSOLE_TEST_URL } from './console';

test('the console is served and speaks Vietnamese first, with an English toggle', async ({ page }) => {
  await page.goto(CONSOLE_TEST_URL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Niêm yết — Bảng điều khiển');
  // Nobody is signed in: the sign-in screen.
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Niêm yết — Console');
});

test('the built extension loads in Chromium and its popup renders', async () => {
  const session = await launchWithExtension();
  try {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Niêm yết');
  } finally {
    await session.close();
  }
});
