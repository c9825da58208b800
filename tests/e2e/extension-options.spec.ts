import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCatalogueSnapshot, catalogueAt, foldCatalogue, makeProcedureFields } from '@niemyet/core';
import { expect, test } from '@playwright/test';
import { launchWithExtension } from './chromium';

/** A small valid catalogue, published the way the console does: fold, point in time, snapshot. */
function smallSnapshot() {
  const baseline = [
    { code: '1.000001', name: 'Đăng ký khai sinh' },
    { code: '1.000002', name: 'Đăng ký kết hôn' },
    { code: '1.000003', name: 'Cấp bản sao trích lục hộ tịch' },
  ].map(({ code, name }) => ({
    ...makeProcedureFields({ code, name, levels: ['commune'], field: 'Hộ tịch' }),
    procedureId: code,
    effectiveFrom: null,
    effectiveTo: null,
    decisionId: null,
  }));
  const state = catalogueAt(foldCatalogue(baseline, []), '2025-07-01');
  return buildCatalogueSnapshot(state, '2025-07-01T02:00:00.000Z');
}

test('options: a snapshot file is imported, a malformed one refused, the popup shows the catalogue', async () => {
  const snapshot = smallSnapshot();
  const dir = mkdtempSync(join(tmpdir(), 'niemyet-options-'));
  const goodFile = join(dir, 'danh-muc.json');
  writeFileSync(goodFile, JSON.stringify(snapshot));
  const badFile = join(dir, 'hong.json');
  const broken = {
    ...snapshot,
    procedures: snapshot.procedures.map((p, i) => (i === 1 ? { ...p, name: '' } : p)),
  };
  writeFileSync(badFile, JSON.stringify(broken));

  const session = await launchWithExtension();
  try {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Niêm yết — Tùy chọn');
    await expect(page.getByTestId('catalogue-none')).toBeVisible();

    await page.getByTestId('catalogue-import').setInputFiles(goodFile);
    await expect(page.getByTestId('catalogue-hash')).toHaveText(snapshot.hash);
    await expect(page.getByTestId('catalogue-as-of')).toHaveText('01/07/2025');
    await expect(page.getByTestId('catalogue-counts')).toContainText('3 thủ tục đang hiệu lực');

    // All or nothing: the malformed file is refused with the field named; the old catalogue stays.
    await page.getByTestId('catalogue-import').setInputFiles(badFile);
    const error = page.getByTestId('catalogue-import-error');
    await expect(error).toContainText('hong.json');
    await expect(error).toContainText('procedures[1].name');
    await expect(error).toContainText('Danh mục cũ được giữ nguyên');
    await expect(page.getByTestId('catalogue-hash')).toHaveText(snapshot.hash);

    await page.reload();
    await expect(page.getByTestId('catalogue-hash')).toHaveText(snapshot.hash);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Niêm yết — Options');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();

    // The popup asks the background, which must know the catalogue the page imported.
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect(popup.getByTestId('popup-catalogue-hash')).toHaveText(snapshot.hash.slice(0, 12));
    await expect(popup.getByTestId('popup-catalogue')).toContainText('Tại ngày 01/07/2025');
    await expect(popup.getByTestId('popup-page')).toBeVisible();
  } finally {
    await session.close();
  }
});

test('popup: with no catalogue yet it says so instead of staying blank', async () => {
  const session = await launchWithExtension();
  try {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect(popup.getByTestId('popup-catalogue')).toHaveText(
      'Chưa có danh mục — hãy nhập một bản chụp hoặc kết nối bảng điều khiển trong Tùy chọn.',
    );
    await expect(popup.getByTestId('popup-page')).not.toBeEmpty();
  } finally {
    await session.close();
  }
});

test('options: pull limits are saved and used after a reload', async () => {
  const session = await launchWithExtension();
  try {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect(page.getByTestId('pull-concurrency')).toHaveValue('2');
    await page.getByTestId('pull-concurrency').fill('1');
    await page.getByTestId('pull-delayMs').fill('1500');
    await page.getByTestId('pull-timeoutMs').fill('60');
    await page.getByRole('button', { name: 'Lưu' }).last().click();
    await expect(page.getByTestId('pull-limits-message')).toHaveText('Đã lưu.');
    await page.reload();
    await expect(page.getByTestId('pull-concurrency')).toHaveValue('1');
    await expect(page.getByTestId('pull-delayMs')).toHaveValue('1500');
    await expect(page.getByTestId('pull-timeoutMs')).toHaveValue('60');
    // The background reads the same setting when it starts a pull.
    const stored = await page.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
        }
      ).chrome.storage.local.get('pull-limits'),
    );
    expect(stored['pull-limits']).toEqual({ concurrency: 1, delayMs: 1500, retries: 3, timeoutMs: 60_000 });
  } finally {
    await session.close();
  }
});
