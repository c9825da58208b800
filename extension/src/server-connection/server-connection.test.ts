import 'fake-indexeddb/auto';
import { getCurrentSnapshotMeta } from '@niemyet/db';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { testBackground } from '../background/test-background';
import { serverRefusalText } from '../catalogue/server-refusal';
import { readSetting, writeSetting } from '../settings/setting';
import {
  catalogueSourceSetting,
  findingReportStateSetting,
  serverConnectionSetting,
} from '../settings/settings';
import { testSnapshot } from '../testing/catalogue';
import { FakeTeamServer } from '../testing/fake-team-server';
import { maskToken } from './bearer';
import { EXTENSION_PAGE, handlersOf } from './test-support';

describe('connecting the extension to the team server with an access token', () => {
  let server: FakeTeamServer;
  beforeEach(() => {
    fakeBrowser.reset();
    server = new FakeTeamServer(testSnapshot('2025-02-01'));
  });

  it('keeps a token the server takes, and takes the catalogue from the server with it', async () => {
    const token = server.issueToken('can-bo-a');
    const background = testBackground({ fetch: server.fetch });
    await writeSetting(catalogueSourceSetting, { url: null, intervalMinutes: 120, consoleOrigin: null });
    const outcome = await handlersOf(background)['connect-server'](
      { origin: server.origin, token },
      EXTENSION_PAGE,
    );

    expect(outcome).toEqual({ kind: 'connected', origin: server.origin });
    expect(await readSetting(serverConnectionSetting)).toEqual({
      origin: server.origin,
      token,
      connectedAt: '2025-03-01T08:00:00.000Z',
    });
    // Kept in local storage, never in sync storage (it must not travel to other browsers).
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await readSetting(catalogueSourceSetting)).toEqual({
      url: `${server.origin}/api/catalogue/published`,
      intervalMinutes: 120,
      consoleOrigin: null,
    });
    // The check and then the poll, both with the token; the poll brought the catalogue in.
    expect(server.requests.map((r) => [r.path, r.headers.get('Authorization')])).toEqual([
      ['/api/catalogue/published', `Bearer ${token}`],
      ['/api/catalogue/published', `Bearer ${token}`],
    ]);
    expect((await getCurrentSnapshotMeta(background.db))?.hash).toBe(testSnapshot('2025-02-01').hash);
    expect(maskToken(token)).toBe('••••xxxx');
  });

  it('refuses a revoked token with core’s sentence, and keeps nothing', async () => {
    const token = server.issueToken('can-bo-a');
    server.revoke(token);
    const background = testBackground({ fetch: server.fetch });
    const outcome = await handlersOf(background)['connect-server'](
      { origin: server.origin, token },
      EXTENSION_PAGE,
    );

    expect(outcome).toEqual({ kind: 'refused', status: 401, refusal: { code: 'token-revoked', params: {} } });
    if (outcome.kind !== 'refused' || !outcome.refusal) throw new Error('expected a refusal');
    expect(serverRefusalText(outcome.refusal, 'vi')).toBe(
      'Mã truy cập đã bị thu hồi. Hãy tạo mã mới trong bảng điều khiển.',
    );
    expect(await readSetting(serverConnectionSetting)).toBeNull();
    expect((await readSetting(catalogueSourceSetting)).url).toBeNull();
  });

  it('names an unreachable server, and keeps nothing', async () => {
    server.down = true;
    const background = testBackground({ fetch: server.fetch });
    const outcome = await handlersOf(background)['connect-server'](
      { origin: server.origin, token: server.issueToken('can-bo-a') },
      EXTENSION_PAGE,
    );
    expect(outcome).toEqual({ kind: 'unreachable', error: `${server.origin}: Failed to fetch` });
    expect(await readSetting(serverConnectionSetting)).toBeNull();
  });

  it('names a server that answers something else (no API error) by its status', async () => {
    const background = testBackground({
      fetch: (async () => new Response('<html>Bad gateway</html>', { status: 502 })) as typeof fetch,
    });
    const outcome = await handlersOf(background)['connect-server'](
      { origin: server.origin, token: 'nyt_x' },
      EXTENSION_PAGE,
    );
    expect(outcome).toEqual({ kind: 'refused', status: 502, refusal: null });
  });

  it('connects to a server that takes the token but has published nothing yet', async () => {
    const background = testBackground({
      fetch: (async () =>
        Response.json(
          { code: 'not-found', params: { resource: 'publication' }, message: 'Chưa công bố danh mục nào.' },
          { status: 404 },
        )) as typeof fetch,
    });
    const outcome = await handlersOf(background)['connect-server'](
      { origin: server.origin, token: 'nyt_x' },
      EXTENSION_PAGE,
    );
    // The server refuses an unknown or revoked token with 401 on every route: a 404 for the
    // publication means the token was taken.
    expect(outcome).toEqual({ kind: 'connected', origin: server.origin });
    expect((await readSetting(serverConnectionSetting))?.origin).toBe(server.origin);
  });

  it('takes a token only from the extension’s own pages, never from a portal page’s script', async () => {
    const background = testBackground({ fetch: server.fetch });
    const fromPortal = {
      tabId: 7,
      sender: { tab: { id: 7 } as never, url: 'https://dichvucong.gov.vn/p/home/dvc-tthc.html' },
    };
    await expect(
      handlersOf(background)['connect-server']({ origin: server.origin, token: 'nyt_x' }, fromPortal),
    ).rejects.toThrow('Only the extension’s own pages can change the server connection');
    expect(server.requests).toEqual([]);
  });

  it('forgets the token on disconnecting, and stops polling the server’s catalogue', async () => {
    const token = server.issueToken('can-bo-a');
    const background = testBackground({ fetch: server.fetch });
    const handlers = handlersOf(background);
    await handlers['connect-server']({ origin: server.origin, token }, EXTENSION_PAGE);
    await writeSetting(findingReportStateSetting, {
      ...(await readSetting(findingReportStateSetting)),
      pending: 2,
    });

    expect(await handlers['disconnect-server']({}, EXTENSION_PAGE)).toEqual({ disconnected: true });
    expect(await readSetting(serverConnectionSetting)).toBeNull();
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(token);
    expect((await readSetting(catalogueSourceSetting)).url).toBeNull();
    // What waits to be sent is still said: it goes at the next connection.
    expect((await readSetting(findingReportStateSetting)).pending).toBe(2);
  });
});
