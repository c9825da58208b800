import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSetting, watchSetting, writeSetting } from './setting';
import { catalogueSourceSetting, localeSetting, pullLimitsSetting } from './settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the fallback when nothing is stored', async () => {
    expect(await readSetting(localeSetting)).toBe('vi');
    expect(await readSetting(catalogueSourceSetting)).toEqual({
      url: null,
      intervalMinutes: 360,
      consoleOrigin: null,
    });
    expect((await readSetting(pullLimitsSetting)).concurrency).toBe(2);
  });

  it('stores a valid value under its storage key', async () => {
    await writeSetting(catalogueSourceSetting, {
      url: 'https://so-tu-phap.example.gov.vn/catalogue.json',
      intervalMinutes: 60,
      consoleOrigin: 'https://niemyet.example.gov.vn',
    });
    const stored = await fakeBrowser.storage.local.get('catalogue-source');
    expect(stored['catalogue-source']).toMatchObject({ intervalMinutes: 60 });
    expect((await readSetting(catalogueSourceSetting)).consoleOrigin).toBe('https://niemyet.example.gov.vn');
  });

  it('refuses an invalid value, naming the field, and keeps the old one', async () => {
    await expect(
      writeSetting(catalogueSourceSetting, {
        url: null,
        intervalMinutes: 360,
        consoleOrigin: 'https://x.vn/path',
      }),
    ).rejects.toThrow(/^Invalid setting local:catalogue-source: consoleOrigin: expected an origin/);
    await expect(
      writeSetting(catalogueSourceSetting, { url: null, intervalMinutes: 1, consoleOrigin: null }),
    ).rejects.toThrow(/intervalMinutes/);
    expect((await readSetting(catalogueSourceSetting)).intervalMinutes).toBe(360);
  });

  it('falls back when storage holds something that is not a valid setting', async () => {
    await fakeBrowser.storage.local.set({ locale: 'fr', 'pull-limits': { concurrency: 99 } });
    expect(await readSetting(localeSetting)).toBe('vi');
    expect(await readSetting(pullLimitsSetting)).toEqual({
      concurrency: 2,
      delayMs: 500,
      retries: 3,
      timeoutMs: 30_000,
    });
  });

  it('tells watchers about changes, validated', async () => {
    const seen: string[] = [];
    const stop = watchSetting(localeSetting, (value) => seen.push(value));
    await writeSetting(localeSetting, 'en');
    await fakeBrowser.storage.local.set({ locale: 'xx' });
    stop();
    expect(seen).toEqual(['en', 'vi']);
  });
});
