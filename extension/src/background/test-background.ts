import type { NiemyetExtensionDb } from '@niemyet/db';
import type { ReadPageResult } from '@niemyet/portal';
import { browser } from 'wxt/browser';
import { createCommandListener } from '../messaging/router';
import { ReportSender } from '../server-connection/report-sender';
import type { PullLimits } from '../settings/settings';
import { freshDb } from '../testing/db';
import { CatalogueCache } from './catalogue-cache';
import type { BackgroundDeps } from './deps';
import { createHandlers } from './handlers';
import { PullService } from './pull-service';

/** Test support: the background's pieces over a fresh database and fake fetch/reader. */
export interface TestBackground {
  db: NiemyetExtensionDb;
  deps: BackgroundDeps;
  cache: CatalogueCache;
  pulls: PullService;
  reports: ReportSender;
}

export const FAST_LIMITS: PullLimits = { concurrency: 2, delayMs: 0, retries: 1, timeoutMs: 1_000 };

/**
 * The fake reader understands bodies that are JSON readings (`{"kind":"listing",…}`), so a test
 * serves exactly the pages it wants without HTML. `parseHtml` hands the text through. It
 * reads as the national adapter, whose listing scope is known (so complete pulls find
 * "missing" procedures).
 */
export function jsonReader(document: Document): ReadPageResult {
  const body = (document as unknown as { body: string }).body;
  try {
    return { adapterId: 'national', reading: JSON.parse(body) };
  } catch {
    return { adapterId: null, reason: 'not a test page' };
  }
}

export function testBackground(
  overrides: Partial<BackgroundDeps> = {},
  limits = FAST_LIMITS,
): TestBackground {
  const db = freshDb();
  const deps: BackgroundDeps = {
    db,
    now: () => new Date('2025-03-01T08:00:00.000Z'),
    fetch: () => Promise.reject(new Error('no fetch in this test')),
    readPage: jsonReader,
    parseHtml: (html) => ({ body: html }) as unknown as Document,
    ...overrides,
  };
  const cache = new CatalogueCache(db, deps.now);
  let n = 0;
  const pulls = new PullService(
    deps,
    cache,
    async () => limits,
    () => `id-${++n}`,
  );
  return { db, deps, cache, pulls, reports: new ReportSender(deps) };
}

/** Installs the router over a test background, as the service worker does. */
export function listen(background: TestBackground, extraPortalMatches: readonly string[] = []): void {
  browser.runtime.onMessage.addListener(
    createCommandListener(createHandlers({ ...background, extraPortalMatches })),
  );
}
