import {
  addFindingNote,
  getAudit,
  latestAuditForUrl,
  listAuditHeaders,
  notesForAudit,
  type SnapshotSource,
  saveAudit,
} from '@niemyet/db';
import { browser } from 'wxt/browser';
import { importSnapshotText } from '../catalogue/import-snapshot';
import { isConsoleSender } from '../console-bridge/console-connection';
import { broadcastEvent } from '../messaging/events';
import type { CommandContext, CommandHandlers } from '../messaging/router';
import { pageVerdicts } from '../messaging/row-verdict';
import { queueConfirmedFinding } from '../server-connection/queue-confirmed';
import type { ReportSender } from '../server-connection/report-sender';
import { connectServer, disconnectServer } from '../server-connection/server-connection';
import { readSetting } from '../settings/setting';
import { catalogueSourceSetting } from '../settings/settings';
import { openSidePanel } from '../sidepanel/open-side-panel';
import type { CatalogueCache } from './catalogue-cache';
import { catalogueUrlStatus, pollCatalogueUrl } from './catalogue-url-poll';
import type { BackgroundDeps } from './deps';
import { auditPage, previewAudit } from './page-audit';
import { clearPageReport, recordPageReport } from './page-reports';
import type { PullService } from './pull-service';
import { SnapshotUploads } from './snapshot-uploads';
import { pageStateFor } from './status';

export interface HandlerContext {
  deps: BackgroundDeps;
  cache: CatalogueCache;
  pulls: PullService;
  /** Sends confirmed findings to the team server's inbox. */
  reports: ReportSender;
  /** Match patterns beyond the national hosts where content scripts run (test loopback). */
  extraPortalMatches: readonly string[];
}

/** Every command of the protocol, answered by the background. */
export function createHandlers({
  deps,
  cache,
  pulls,
  reports,
  extraPortalMatches,
}: HandlerContext): CommandHandlers {
  const now = () => deps.now().toISOString();
  const uploads = new SnapshotUploads();

  /** Validates a snapshot's text and makes it the catalogue in force; every open page hears of it. */
  const importCatalogue = async (text: string, source: SnapshotSource, origin: string | null) => {
    const meta = await importSnapshotText(deps.db, text, { source, origin, importedAt: now() });
    cache.invalidate();
    void broadcastEvent({ event: 'catalogue-changed', hash: meta.hash });
    return meta;
  };

  return {
    'audit-page': async (payload) => {
      const audit = await auditPage(cache, payload, now());
      if (!audit) return { kind: 'no-catalogue' };
      // The page waits for its badges, not for the bookkeeping: the audit is stored after the
      // answer, and the side panel hears of it when it is ("audit-saved").
      // (A timer, not a bare promise: IndexedDB copies the findings synchronously when asked.)
      setTimeout(() => {
        void (async () => {
          await clearPageReport(payload.url);
          await saveAudit(deps.db, audit);
          await broadcastEvent({ event: 'audit-saved', auditId: audit.id, tabUrl: audit.tabUrl });
        })().catch((error: unknown) => console.error('Niêm yết: could not store the audit', error));
      }, 0);
      const { id, catalogueHash, asOf, summary, findings } = audit;
      return { kind: 'audited', auditId: id, catalogueHash, asOf, summary, verdicts: pageVerdicts(findings) };
    },
    'preview-audit': async (payload) => {
      const audit = await previewAudit(cache, payload, now());
      return audit ? { kind: 'audited', verdicts: pageVerdicts(audit.findings) } : { kind: 'no-catalogue' };
    },
    'report-page': async ({ url, reason }) => {
      await recordPageReport({ url, reason, at: now() });
      return { recorded: true };
    },
    'get-status': async ({ url }) => {
      const [catalogue, catalogueUrl, page] = await Promise.all([
        cache.meta(),
        catalogueUrlStatus(),
        pageStateFor(deps.db, url, extraPortalMatches),
      ]);
      return { catalogue, catalogueUrl, page, runningPulls: pulls.runningCount() };
    },
    'import-snapshot': async ({ text, source, origin }, context) => {
      await checkPageSender(context, source, origin);
      return importCatalogue(text, source, origin);
    },
    'snapshot-upload-part': async (part, context) => {
      await checkPageSender(context, part.source, part.origin);
      const outcome = uploads.receive(part);
      if (!outcome.complete) return { state: 'partial', received: outcome.received };
      return { state: 'imported', meta: await importCatalogue(outcome.text, part.source, part.origin) };
    },
    'catalogue-changed': async () => {
      cache.invalidate();
      const meta = await cache.meta();
      void broadcastEvent({ event: 'catalogue-changed', hash: meta?.hash ?? null });
      return { hash: meta?.hash ?? null };
    },
    'check-catalogue-url': () => pollCatalogueUrl(deps, cache),
    'start-pull': ({ url, withDetails, maxPages }) => pulls.start(url, withDetails, { maxPages }),
    'cancel-pull': ({ id }) => pulls.cancel(id),
    'resume-pull': ({ id }) => pulls.resume(id),
    'get-pull': ({ id }) => pulls.get(id),
    'list-pulls': ({ limit }) => pulls.list(limit),
    'list-audits': ({ limit }) => listAuditHeaders(deps.db, limit),
    'get-audit': async ({ id }) => (await getAudit(deps.db, id)) ?? null,
    'latest-audit': async ({ url }) => (await latestAuditForUrl(deps.db, url)) ?? null,
    'record-finding-note': async (input) => {
      const note = await addFindingNote(deps.db, input, { at: now() });
      // Confirmed with a server connected: queued for the shared inbox, sent without waiting.
      if (note.action === 'confirm' && (await queueConfirmedFinding(deps.db, note, note.at))) {
        void reports.sendSoon().catch((error: unknown) => console.error('Niêm yết: sending findings', error));
      }
      return note;
    },
    'list-finding-notes': ({ auditId }) => notesForAudit(deps.db, auditId),
    'connect-server': async (request, context) => {
      checkExtensionPage(context);
      const outcome = await connectServer(deps.fetch, request, now());
      if (outcome.kind === 'connected') {
        // The catalogue and the queue both wait on the connection: take and send them now.
        await pollCatalogueUrl(deps, cache);
        await reports.send();
      }
      return outcome;
    },
    'disconnect-server': async (_request, context) => {
      checkExtensionPage(context);
      await disconnectServer();
      return { disconnected: true };
    },
    'send-finding-reports': () => reports.send(),
    'open-side-panel': async ({ tabId }, context) => {
      const target = tabId ?? context.tabId;
      const windowId = context.sender.tab?.windowId;
      const openedIn = await openSidePanel(target !== undefined ? { tabId: target } : { windowId });
      return { openedIn };
    },
  };
}

/**
 * A catalogue from a page (not from an extension page) is taken only from the console bridge,
 * on the connected console's own pages, naming that console: portal pages are hostile, and
 * their content scripts never send catalogues.
 */
async function checkPageSender(
  context: CommandContext,
  source: SnapshotSource,
  origin: string | null,
): Promise<void> {
  if (context.tabId === undefined && context.sender.tab === undefined) return;
  const { consoleOrigin } = await readSetting(catalogueSourceSetting);
  if (source !== 'console' || !isConsoleSender(context.sender, origin, consoleOrigin)) {
    throw new Error('Only the connected console can send a catalogue from a page');
  }
}

/** The token is the user's, typed into Options: a content script (a portal's page) never sends one. */
function checkExtensionPage(context: CommandContext): void {
  const extensionUrl = browser.runtime.getURL('/');
  if (context.sender.tab !== undefined && !context.sender.url?.startsWith(extensionUrl)) {
    throw new Error('Only the extension’s own pages can change the server connection');
  }
}
