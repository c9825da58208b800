import { parseCatalogueSnapshot } from '@niemyet/core';
import { putCurrentSnapshot } from '@niemyet/db';
import { browser } from 'wxt/browser';
import { etagOfHash } from '../catalogue/published-url';
import { readServerRefusal, type ServerRefusal } from '../catalogue/server-refusal';
import { broadcastEvent } from '../messaging/events';
import type { CatalogueUrlStatus } from '../messaging/schemas';
import { bearerHeaders } from '../server-connection/bearer';
import { markTokenRefused } from '../server-connection/server-connection';
import { readSetting, writeSetting } from '../settings/setting';
import {
  type CatalogueSource,
  catalogueSourceSetting,
  catalogueUrlStateSetting,
  serverConnectionSetting,
} from '../settings/settings';
import type { CatalogueCache } from './catalogue-cache';
import type { BackgroundDeps } from './deps';

/**
 * The catalogue URL source: an alarm (MV3 workers have no timers that outlive them) fetches the
 * URL, validates the snapshot, and replaces the catalogue only when the hash changed. The usual
 * URL is the team server's `<server>/api/catalogue/published`, which serves the snapshot with
 * its hash as ETag: the poll sends `If-None-Match` with the hash it holds, and a 304 means
 * "unchanged" without 20,000 procedures crossing the network again. With the extension connected
 * to that server, the request carries the user's access token (and no cookies: the token alone
 * says who asks).
 */

export const CATALOGUE_POLL_ALARM = 'niemyet:catalogue-poll';
const FETCH_TIMEOUT_MS = 60_000;

export async function scheduleCataloguePoll(source: CatalogueSource): Promise<void> {
  if (!source.url) {
    await browser.alarms.clear(CATALOGUE_POLL_ALARM);
    return;
  }
  const existing = await browser.alarms.get(CATALOGUE_POLL_ALARM);
  // Re-creating an alarm with the same period would postpone it at every worker start.
  if (existing && existing.periodInMinutes === source.intervalMinutes) return;
  await browser.alarms.create(CATALOGUE_POLL_ALARM, {
    delayInMinutes: 1,
    periodInMinutes: source.intervalMinutes,
  });
}

export async function catalogueUrlStatus(): Promise<CatalogueUrlStatus> {
  const [source, state] = await Promise.all([
    readSetting(catalogueSourceSetting),
    readSetting(catalogueUrlStateSetting),
  ]);
  return { url: source.url, ...state };
}

/** Fetches and applies the configured URL once; the outcome is stored for the options page. */
export async function pollCatalogueUrl(
  deps: BackgroundDeps,
  cache: CatalogueCache,
): Promise<CatalogueUrlStatus> {
  const source = await readSetting(catalogueSourceSetting);
  const previous = await readSetting(catalogueUrlStateSetting);
  if (!source.url) return { url: null, ...previous };
  const checkedAt = deps.now().toISOString();
  let lastChangedAt = previous.lastChangedAt;
  let lastError: string | null = null;
  let lastRefusal: ServerRefusal | null = null;
  try {
    const current = await cache.meta();
    const bearer = bearerHeaders(source.url, await readSetting(serverConnectionSetting));
    const response = await deps.fetch(source.url, {
      // The conditional request is ours: the HTTP cache must neither answer it nor add its own.
      cache: 'no-store',
      credentials: bearer.Authorization ? 'omit' : 'include',
      headers: { ...bearer, ...(current ? { 'If-None-Match': etagOfHash(current.hash) } : {}) },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    // 304: the server's catalogue is the one held; checked, nothing to replace.
    if (response.status === 304 && current)
      return await recordCheck(source.url, checkedAt, lastChangedAt, null, null);
    if (!response.ok) {
      // The team server says why (signed out, not allowed): keep its code for the options page.
      lastRefusal = readServerRefusal(await response.text().catch(() => ''));
      const error = `HTTP ${response.status} from ${source.url}`;
      if (response.status === 401 && bearer.Authorization) await markTokenRefused(lastRefusal, error);
      throw new Error(error);
    }
    const snapshot = parseCatalogueSnapshot(await response.text());
    if (current?.hash !== snapshot.hash) {
      await putCurrentSnapshot(deps.db, snapshot, {
        source: 'url',
        origin: source.url,
        importedAt: checkedAt,
      });
      cache.invalidate();
      lastChangedAt = checkedAt;
      await broadcastEvent({ event: 'catalogue-changed', hash: snapshot.hash });
    }
  } catch (error) {
    lastError =
      (error as Error).name === 'TimeoutError'
        ? `No answer from ${source.url} within ${FETCH_TIMEOUT_MS / 1000} s`
        : (error as Error).message;
  }
  return recordCheck(source.url, checkedAt, lastChangedAt, lastError, lastRefusal);
}

/** Stores the outcome of a check for the options page, and returns it. */
async function recordCheck(
  url: string,
  checkedAt: string,
  lastChangedAt: string | null,
  lastError: string | null,
  lastRefusal: ServerRefusal | null,
): Promise<CatalogueUrlStatus> {
  const state = await writeSetting(catalogueUrlStateSetting, {
    lastCheckedAt: checkedAt,
    lastChangedAt,
    lastError,
    lastRefusal,
  });
  return { url, ...state };
}
