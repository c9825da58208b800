import { asDomDocument } from '@niemyet/portal';
import { parseHTML } from 'linkedom';
import { browser } from 'wxt/browser';
import { ensureConsoleBridgeScript } from '../console-bridge/console-connection';
import { extensionDb } from '../database';
import { createCommandListener } from '../messaging/router';
import { ensurePortalScripts } from '../portals/provincial-portals';
import { REPORT_RETRY_ALARM, ReportSender } from '../server-connection/report-sender';
import { readSetting, watchSetting } from '../settings/setting';
import { catalogueSourceSetting, pullLimitsSetting } from '../settings/settings';
import { CatalogueCache } from './catalogue-cache';
import { CATALOGUE_POLL_ALARM, pollCatalogueUrl, scheduleCataloguePoll } from './catalogue-url-poll';
import type { BackgroundDeps, PageReader } from './deps';
import { createHandlers } from './handlers';
import { PULL_WATCHDOG_ALARM, PullService } from './pull-service';

export interface BackgroundOptions {
  readPage: PageReader;
  extraPortalMatches: readonly string[];
}

/** linkedom's document for a fetched page: the worker has no DOMParser. */
export function parseHtmlDocument(html: string): Document {
  return asDomDocument(parseHTML(html).document);
}

/**
 * Wires the background. Listeners are added synchronously, first thing: an MV3 worker woken by
 * a message or an alarm only delivers it to listeners registered in the first turn.
 */
export function startBackground(options: BackgroundOptions): { pulls: PullService } {
  const deps: BackgroundDeps = {
    db: extensionDb(),
    now: () => new Date(),
    fetch: (input, init) => fetch(input, init),
    readPage: options.readPage,
    parseHtml: parseHtmlDocument,
  };
  const cache = new CatalogueCache(deps.db, deps.now);
  const pulls = new PullService(deps, cache, () => readSetting(pullLimitsSetting));
  const reports = new ReportSender(deps);
  const handlers = createHandlers({
    deps,
    cache,
    pulls,
    reports,
    extraPortalMatches: options.extraPortalMatches,
  });

  browser.runtime.onMessage.addListener(createCommandListener(handlers));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CATALOGUE_POLL_ALARM) void pollCatalogueUrl(deps, cache);
    if (alarm.name === PULL_WATCHDOG_ALARM) void pulls.resumeInterrupted();
    if (alarm.name === REPORT_RETRY_ALARM) void reports.send().catch(logError);
  });
  watchSetting(catalogueSourceSetting, (source) => void scheduleCataloguePoll(source).catch(logError));

  void (async () => {
    await scheduleCataloguePoll(await readSetting(catalogueSourceSetting));
    await ensurePortalScripts();
    await ensureConsoleBridgeScript();
    await pulls.resumeInterrupted();
    // Findings queued before the worker stopped go now, if a server is connected.
    await reports.send();
  })().catch(logError);

  return { pulls };
}

function logError(error: unknown): void {
  console.error('Niêm yết background:', error);
}
