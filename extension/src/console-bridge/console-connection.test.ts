import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSetting, writeSetting } from '../settings/setting';
import { catalogueSourceSetting, provincialPortalsSetting } from '../settings/settings';
import { fakeChrome } from '../testing/fake-chrome';
import {
  CONSOLE_BRIDGE_SCRIPT_FILE,
  CONSOLE_BRIDGE_SCRIPT_ID,
  connectConsole,
  disconnectConsole,
  ensureConsoleBridgeScript,
  isConsoleSender,
} from './console-connection';

describe('console connection', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks for the console host, registers the bridge script for it and stores the origin', async () => {
    const chrome = fakeChrome(true);
    expect(await connectConsole('http://127.0.0.1:4183/#/publications')).toEqual({
      ok: true,
      origin: 'http://127.0.0.1:4183',
    });
    expect(chrome.requests).toEqual([['http://127.0.0.1/*']]);
    expect(chrome.scripts.get(CONSOLE_BRIDGE_SCRIPT_ID)).toMatchObject({
      js: [CONSOLE_BRIDGE_SCRIPT_FILE],
      matches: ['http://127.0.0.1/*'],
    });
    expect((await readSetting(catalogueSourceSetting)).consoleOrigin).toBe('http://127.0.0.1:4183');
    // Connecting again (another address) replaces the registration rather than failing.
    expect((await connectConsole('https://niemyet.hoabinh.gov.vn')).ok).toBe(true);
    expect(chrome.scripts.get(CONSOLE_BRIDGE_SCRIPT_ID)?.matches).toEqual([
      'https://niemyet.hoabinh.gov.vn/*',
    ]);
  });

  it('stores nothing when the address is not a site or access is refused', async () => {
    const chrome = fakeChrome(false);
    expect(await connectConsole('ftp://x.gov.vn')).toMatchObject({ ok: false, code: 'invalid-url' });
    expect(await connectConsole('https://niemyet.hoabinh.gov.vn')).toMatchObject({
      ok: false,
      code: 'denied',
    });
    expect(chrome.scripts.size).toBe(0);
    expect((await readSetting(catalogueSourceSetting)).consoleOrigin).toBeNull();
  });

  it('disconnects: script and origin gone, the permission kept only if a portal on that host needs it', async () => {
    const chrome = fakeChrome(true);
    await connectConsole('https://niemyet.hoabinh.gov.vn');
    await disconnectConsole();
    expect(chrome.scripts.size).toBe(0);
    expect(chrome.granted.has('https://niemyet.hoabinh.gov.vn/*')).toBe(false);
    expect((await readSetting(catalogueSourceSetting)).consoleOrigin).toBeNull();

    await connectConsole('https://dvc.hoabinh.gov.vn:8443');
    await writeSetting(provincialPortalsSetting, [
      {
        origin: 'https://dvc.hoabinh.gov.vn',
        scriptId: 'niemyet-portal:https://dvc.hoabinh.gov.vn',
        addedAt: 'T',
      },
    ]);
    await disconnectConsole();
    expect(chrome.granted.has('https://dvc.hoabinh.gov.vn/*')).toBe(true);
  });

  it('registers the bridge again on start-up when its registration is gone', async () => {
    const chrome = fakeChrome(true);
    expect(await ensureConsoleBridgeScript()).toBe(false);
    await connectConsole('https://niemyet.hoabinh.gov.vn');
    expect(await ensureConsoleBridgeScript()).toBe(false);
    chrome.scripts.clear();
    expect(await ensureConsoleBridgeScript()).toBe(true);
    expect(chrome.scripts.has(CONSOLE_BRIDGE_SCRIPT_ID)).toBe(true);
  });

  it('accepts a catalogue from a page only from the connected console, naming itself', () => {
    const console = 'http://127.0.0.1:4183';
    expect(isConsoleSender({ origin: console }, console, console)).toBe(true);
    expect(isConsoleSender({ url: `${console}/#/` }, console, console)).toBe(true);
    expect(isConsoleSender({ origin: 'http://127.0.0.1:4174' }, console, console)).toBe(false);
    expect(isConsoleSender({ origin: console }, 'https://other.vn', console)).toBe(false);
    expect(isConsoleSender({ origin: console }, console, null)).toBe(false);
    expect(isConsoleSender({}, console, console)).toBe(false);
  });
});
