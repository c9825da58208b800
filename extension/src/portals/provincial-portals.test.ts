import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { matchPatternOf, siteOriginOf } from '../permissions/origins';
import { fakeChrome } from '../testing/fake-chrome';
import {
  addProvincialPortal,
  CONTENT_SCRIPT_FILE,
  ensurePortalScripts,
  isPortalUrl,
  listProvincialPortals,
  removeProvincialPortal,
} from './provincial-portals';

describe('provincial portals', () => {
  beforeEach(() => fakeBrowser.reset());

  it('turns what a user types into an origin, or says why not', () => {
    expect(siteOriginOf(' https://dichvucong.hoabinh.gov.vn/thu-tuc?x=1 ')).toBe(
      'https://dichvucong.hoabinh.gov.vn',
    );
    expect(siteOriginOf('dichvucong.hanoi.gov.vn')).toBe('https://dichvucong.hanoi.gov.vn');
    expect(() => siteOriginOf('ftp://x.gov.vn')).toThrow('A site must be http(s), not ftp:');
    expect(() => siteOriginOf('intranet')).toThrow('"intranet" is not a full host name');
    expect(matchPatternOf('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
  });

  it('asks for the host permission, then registers the content script for that origin only', async () => {
    const chrome = fakeChrome(true);
    const result = await addProvincialPortal(
      'https://dichvucong.hoabinh.gov.vn/p/1',
      '2025-03-01T00:00:00.000Z',
    );
    expect(result).toEqual({
      ok: true,
      portal: {
        origin: 'https://dichvucong.hoabinh.gov.vn',
        scriptId: 'niemyet-portal:https://dichvucong.hoabinh.gov.vn',
        addedAt: '2025-03-01T00:00:00.000Z',
      },
    });
    expect(chrome.requests).toEqual([['https://dichvucong.hoabinh.gov.vn/*']]);
    expect([...chrome.scripts.values()]).toMatchObject([
      { js: [CONTENT_SCRIPT_FILE], matches: ['https://dichvucong.hoabinh.gov.vn/*'] },
    ]);
    expect(await isPortalUrl('https://dichvucong.hoabinh.gov.vn/thu-tuc/1')).toBe(true);
    expect(await isPortalUrl('https://example.com/')).toBe(false);

    const again = await addProvincialPortal('dichvucong.hoabinh.gov.vn', 'T2');
    expect(again).toMatchObject({ ok: false, code: 'duplicate' });
  });

  it('adds nothing when the user refuses the permission', async () => {
    const chrome = fakeChrome(false);
    const result = await addProvincialPortal('https://dvc.example.gov.vn', 'T');
    expect(result).toEqual({
      ok: false,
      code: 'denied',
      error: 'Permission for https://dvc.example.gov.vn/* was not granted',
    });
    expect(chrome.scripts.size).toBe(0);
    expect(await listProvincialPortals()).toEqual([]);
  });

  it('refuses the national portal (built in) without asking', async () => {
    const chrome = fakeChrome(true);
    expect(await addProvincialPortal('https://dichvucong.gov.vn/p/home', 'T')).toMatchObject({
      ok: false,
      code: 'national',
    });
    expect(chrome.requests).toEqual([]);
  });

  it('removes a portal: script, permission and entry', async () => {
    const chrome = fakeChrome(true);
    await addProvincialPortal('https://dvc.example.gov.vn', 'T');
    await removeProvincialPortal('https://dvc.example.gov.vn');
    expect(chrome.scripts.size).toBe(0);
    expect(chrome.granted.size).toBe(0);
    expect(await listProvincialPortals()).toEqual([]);
  });

  it('re-registers a stored portal whose script registration was lost', async () => {
    const chrome = fakeChrome(true);
    await addProvincialPortal('https://dvc.example.gov.vn', 'T');
    chrome.scripts.clear();
    expect(await ensurePortalScripts()).toEqual(['niemyet-portal:https://dvc.example.gov.vn']);
    expect(chrome.scripts.size).toBe(1);
  });

  it('knows the national hosts and the test loopback patterns', async () => {
    expect(await isPortalUrl('https://thutuc.dichvucong.gov.vn/p/x')).toBe(true);
    expect(await isPortalUrl('http://127.0.0.1:4321/p/home/dvc-tthc.html')).toBe(false);
    expect(await isPortalUrl('http://127.0.0.1:4321/p/home/dvc-tthc.html', ['http://127.0.0.1/*'])).toBe(
      true,
    );
  });
});
