import { browser } from 'wxt/browser';
import { matchPatternOf } from './origins';

/**
 * Content scripts registered at run time for one site the user named (a provincial portal,
 * the console): one shape for all of them, kept across browser restarts.
 */
export async function registerSiteScript(id: string, file: string, origin: string): Promise<void> {
  // A script left under the same id (an earlier install, a half-finished removal, an earlier
  // connection) would make register fail.
  await browser.scripting.unregisterContentScripts({ ids: [id] }).catch(() => undefined);
  await browser.scripting.registerContentScripts([
    {
      id,
      js: [file],
      matches: [matchPatternOf(origin)],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}
