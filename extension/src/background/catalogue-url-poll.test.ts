import 'fake-indexeddb/auto';
import { getCurrentSnapshotMeta, putCurrentSnapshot } from '@niemyet/db';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishedCatalogueUrl } from '../catalogue/published-url';
import { readServerRefusal, serverRefusalText } from '../catalogue/server-refusal';
import { readSetting, writeSetting } from '../settings/setting';
import {
  catalogueSourceSetting,
  catalogueUrlStateSetting,
  findingReportStateSetting,
  serverConnectionSetting,
} from '../settings/settings';
import { testSnapshot } from '../testing/catalogue';
import { CATALOGUE_POLL_ALARM, pollCatalogueUrl, scheduleCataloguePoll } from './catalogue-url-poll';
import { testBackground } from './test-background';

const URL_ = 'https://so-tu-phap.example.gov.vn/catalogue.json';

function serving(response: () => Response) {
  const calls: RequestInit[] = [];
  const fetch = (async (_input: string | URL | Request, init?: RequestInit) => {
    calls.push(init ?? {});
    return response();
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('catalogue URL polling', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await writeSetting(catalogueSourceSetting, { url: URL_, intervalMinutes: 60, consoleOrigin: null });
  });

  it('schedules an alarm at the configured interval, and clears it without a URL', async () => {
    await scheduleCataloguePoll({ url: URL_, intervalMinutes: 60, consoleOrigin: null });
    expect((await fakeBrowser.alarms.get(CATALOGUE_POLL_ALARM))?.periodInMinutes).toBe(60);
    await scheduleCataloguePoll({ url: null, intervalMinutes: 60, consoleOrigin: null });
    expect(await fakeBrowser.alarms.get(CATALOGUE_POLL_ALARM)).toBeUndefined();
  });

  it('replaces the catalogue when the hash changed, and only then', async () => {
    const snapshot = testSnapshot('2025-02-01');
    const server = serving(() => new Response(JSON.stringify(snapshot)));
    const background = testBackground({ fetch: server.fetch });
    await putCurrentSnapshot(background.db, testSnapshot(), {
      source: 'file',
      origin: null,
      importedAt: 'T',
    });

    const first = await pollCatalogueUrl(background.deps, background.cache);
    expect(first).toEqual({
      url: URL_,
      lastCheckedAt: '2025-03-01T08:00:00.000Z',
      lastChangedAt: '2025-03-01T08:00:00.000Z',
      lastError: null,
      lastRefusal: null,
    });
    expect(await getCurrentSnapshotMeta(background.db)).toMatchObject({
      hash: snapshot.hash,
      source: 'url',
      origin: URL_,
    });
    expect(server.calls[0]).toMatchObject({ cache: 'no-store' });
    // It named the catalogue it held, as the server's ETag does: the hash in quotes.
    expect(new Headers(server.calls[0]?.headers).get('If-None-Match')).toBe(`"${testSnapshot().hash}"`);

    background.deps.now = () => new Date('2025-03-02T08:00:00.000Z');
    const second = await pollCatalogueUrl(background.deps, background.cache);
    expect(second.lastCheckedAt).toBe('2025-03-02T08:00:00.000Z');
    expect(second.lastChangedAt).toBe('2025-03-01T08:00:00.000Z');
    expect(new Headers(server.calls[1]?.headers).get('If-None-Match')).toBe(`"${snapshot.hash}"`);
  });

  it('sends the access token to the connected team server, and to no other host', async () => {
    const server = serving(() => new Response(null, { status: 304 }));
    const background = testBackground({ fetch: server.fetch });
    await putCurrentSnapshot(background.db, testSnapshot(), { source: 'url', origin: URL_, importedAt: 'T' });
    await writeSetting(serverConnectionSetting, {
      origin: new URL(URL_).origin,
      token: 'nyt_secret_1',
      connectedAt: 'T',
    });
    await pollCatalogueUrl(background.deps, background.cache);
    const headers = new Headers(server.calls[0]?.headers);
    expect(headers.get('Authorization')).toBe('Bearer nyt_secret_1');
    expect(headers.get('If-None-Match')).toBe(`"${testSnapshot().hash}"`);
    // The token alone says who asks: no console session cookie alongside it.
    expect(server.calls[0]?.credentials).toBe('omit');

    await writeSetting(serverConnectionSetting, {
      origin: 'https://niemyet.other.gov.vn',
      token: 'nyt_secret_1',
      connectedAt: 'T',
    });
    await pollCatalogueUrl(background.deps, background.cache);
    expect(new Headers(server.calls[1]?.headers).has('Authorization')).toBe(false);
    expect(server.calls[1]?.credentials).toBe('include');
  });

  it('stops sending findings when the poll learns the token was revoked', async () => {
    const server = serving(() =>
      Response.json({ code: 'token-revoked', params: {}, message: 'revoked' }, { status: 401 }),
    );
    const background = testBackground({ fetch: server.fetch });
    await writeSetting(serverConnectionSetting, {
      origin: new URL(URL_).origin,
      token: 'nyt_secret_1',
      connectedAt: 'T',
    });
    const status = await pollCatalogueUrl(background.deps, background.cache);
    expect(status.lastRefusal).toEqual({ code: 'token-revoked', params: {} });
    expect(await readSetting(findingReportStateSetting)).toMatchObject({
      revoked: true,
      lastRefusal: { code: 'token-revoked', params: {} },
    });
  });

  it('takes 304 Not Modified as "unchanged": the catalogue stays, the check is recorded', async () => {
    const server = serving(() => new Response(null, { status: 304 }));
    const background = testBackground({ fetch: server.fetch });
    await putCurrentSnapshot(background.db, testSnapshot(), { source: 'url', origin: URL_, importedAt: 'T' });
    await writeSetting(catalogueUrlStateSetting, {
      lastCheckedAt: '2025-02-01T08:00:00.000Z',
      lastChangedAt: '2025-02-01T08:00:00.000Z',
      lastError: 'an earlier failure',
      lastRefusal: { code: 'unauthenticated', params: {} },
    });
    const status = await pollCatalogueUrl(background.deps, background.cache);
    expect(status).toEqual({
      url: URL_,
      lastCheckedAt: '2025-03-01T08:00:00.000Z',
      lastChangedAt: '2025-02-01T08:00:00.000Z',
      lastError: null,
      lastRefusal: null,
    });
    expect(new Headers(server.calls[0]?.headers).get('If-None-Match')).toBe(`"${testSnapshot().hash}"`);
    expect((await getCurrentSnapshotMeta(background.db))?.hash).toBe(testSnapshot().hash);
  });

  it('asks without If-None-Match when it holds no catalogue yet', async () => {
    const snapshot = testSnapshot('2025-02-01');
    const server = serving(
      () => new Response(JSON.stringify(snapshot), { headers: { ETag: `"${snapshot.hash}"` } }),
    );
    const background = testBackground({ fetch: server.fetch });
    await pollCatalogueUrl(background.deps, background.cache);
    expect(new Headers(server.calls[0]?.headers).has('If-None-Match')).toBe(false);
    expect((await getCurrentSnapshotMeta(background.db))?.hash).toBe(snapshot.hash);
  });

  it("suggests the server's published catalogue for a connected console", () => {
    expect(publishedCatalogueUrl('http://127.0.0.1:4173')).toBe(
      'http://127.0.0.1:4173/api/catalogue/published',
    );
    expect(publishedCatalogueUrl('https://niemyet.hoabinh.gov.vn/')).toBe(
      'https://niemyet.hoabinh.gov.vn/api/catalogue/published',
    );
  });

  it('keeps the catalogue and records the error for a bad answer', async () => {
    const background = testBackground({ fetch: serving(() => new Response('{"format":"other"}')).fetch });
    await putCurrentSnapshot(background.db, testSnapshot(), {
      source: 'file',
      origin: null,
      importedAt: 'T',
    });
    const status = await pollCatalogueUrl(background.deps, background.cache);
    expect(status.lastError).toBe(
      'Invalid catalogue snapshot: format is "other", expected "niemyet.catalogue"',
    );
    expect((await getCurrentSnapshotMeta(background.db))?.hash).toBe(testSnapshot().hash);
    expect((await readSetting(catalogueUrlStateSetting)).lastError).toBe(status.lastError);

    const failing = testBackground({ fetch: serving(() => new Response('busy', { status: 503 })).fetch });
    expect(await pollCatalogueUrl(failing.deps, failing.cache)).toMatchObject({
      lastError: `HTTP 503 from ${URL_}`,
      lastRefusal: null,
    });
  });

  it("keeps the team server's refusal, said in the user's language with core's sentences", async () => {
    const refusing = testBackground({
      fetch: serving(() =>
        Response.json(
          {
            code: 'unauthenticated',
            params: {},
            message: 'Phiên đăng nhập đã hết. (Your session has ended.)',
          },
          { status: 401 },
        ),
      ).fetch,
    });
    const status = await pollCatalogueUrl(refusing.deps, refusing.cache);
    expect(status.lastError).toBe(`HTTP 401 from ${URL_}`);
    expect(status.lastRefusal).toEqual({ code: 'unauthenticated', params: {} });
    expect((await readSetting(catalogueUrlStateSetting)).lastRefusal).toEqual(status.lastRefusal);
    expect(serverRefusalText(status.lastRefusal!, 'vi')).toBe('Phiên đăng nhập đã hết. Hãy đăng nhập lại.');
    expect(serverRefusalText(status.lastRefusal!, 'en')).toBe(
      'Your session has ended. Please sign in again.',
    );
  });

  it('reads only the API error shape as a refusal', () => {
    expect(
      readServerRefusal('{"code":"forbidden","params":{"permission":"catalogue.read"},"message":"x"}'),
    ).toEqual({ code: 'forbidden', params: { permission: 'catalogue.read' } });
    expect(readServerRefusal('{"code":"teapot","params":{},"message":"x"}')).toBeNull();
    expect(readServerRefusal('<html>Bad gateway</html>')).toBeNull();
  });

  it('reads a state stored before refusals were kept', async () => {
    await fakeBrowser.storage.local.set({
      'catalogue-url-state': { lastCheckedAt: 'T', lastChangedAt: null, lastError: 'old failure' },
    });
    expect(await readSetting(catalogueUrlStateSetting)).toEqual({
      lastCheckedAt: 'T',
      lastChangedAt: null,
      lastError: 'old failure',
      lastRefusal: null,
    });
  });
});
