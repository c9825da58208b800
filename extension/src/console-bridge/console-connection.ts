import { browser } from 'wxt/browser';
import { matchPatternOf, siteOriginOf } from '../permissions/origins';
import { registerSiteScript } from '../permissions/site-scripts';
import { readSetting, writeSetting } from '../settings/setting';
import { catalogueSourceSetting, provincialPortalsSetting } from '../settings/settings';

/**
 * Connecting the extension to a console: the console's origin is stored in the catalogue
 * source, its host permission is asked for at run time, and the bridge content script is
 * registered for it. Disconnecting undoes all three (the permission only when no provincial
 * portal or catalogue URL on the same host still needs it).
 */

/** The file WXT writes for `entrypoints/console-bridge.content.ts`. */
export const CONSOLE_BRIDGE_SCRIPT_FILE = 'content-scripts/console-bridge.js';
export const CONSOLE_BRIDGE_SCRIPT_ID = 'niemyet-console-bridge';

export type ConnectConsoleResult =
  | { ok: true; origin: string }
  | { ok: false; code: 'invalid-url' | 'denied' | 'register-failed'; error: string };

function registerBridgeScript(origin: string): Promise<void> {
  return registerSiteScript(CONSOLE_BRIDGE_SCRIPT_ID, CONSOLE_BRIDGE_SCRIPT_FILE, origin);
}

/**
 * Connects to the console at `input` (a URL or origin). Call it straight from the click
 * handler: `permissions.request` needs the user's gesture, so it is the first asynchronous call.
 */
export async function connectConsole(input: string): Promise<ConnectConsoleResult> {
  let origin: string;
  try {
    origin = siteOriginOf(input);
  } catch (error) {
    return { ok: false, code: 'invalid-url', error: (error as Error).message };
  }
  const pattern = matchPatternOf(origin);
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return { ok: false, code: 'denied', error: `Permission for ${pattern} was not granted` };
  try {
    await registerBridgeScript(origin);
  } catch (error) {
    return {
      ok: false,
      code: 'register-failed',
      error: `Could not register the bridge script: ${(error as Error).message}`,
    };
  }
  const source = await readSetting(catalogueSourceSetting);
  await writeSetting(catalogueSourceSetting, { ...source, consoleOrigin: origin });
  return { ok: true, origin };
}

export async function disconnectConsole(): Promise<void> {
  const source = await readSetting(catalogueSourceSetting);
  await browser.scripting
    .unregisterContentScripts({ ids: [CONSOLE_BRIDGE_SCRIPT_ID] })
    .catch(() => undefined);
  await writeSetting(catalogueSourceSetting, { ...source, consoleOrigin: null });
  if (source.consoleOrigin === null) return;
  const pattern = matchPatternOf(source.consoleOrigin);
  const portals = await readSetting(provincialPortalsSetting);
  const stillNeeded = [
    ...portals.map((p) => p.origin),
    ...(source.url ? [new URL(source.url).origin] : []),
  ].some((origin) => matchPatternOf(origin) === pattern);
  if (!stillNeeded) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

/**
 * Registers the bridge script again when a console is configured but its registration is gone
 * (Firefox drops non-persistent ones; an update may too). Called by the background on start-up.
 */
export async function ensureConsoleBridgeScript(): Promise<boolean> {
  const { consoleOrigin } = await readSetting(catalogueSourceSetting);
  if (consoleOrigin === null) return false;
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [CONSOLE_BRIDGE_SCRIPT_ID] });
  if (registered.length > 0) return false;
  await registerBridgeScript(consoleOrigin);
  return true;
}

/**
 * Whether a content script may hand the background a catalogue: only the bridge, from the
 * configured console's own pages, naming that console as the snapshot's origin. Portal pages
 * are hostile; their content scripts never send catalogues.
 */
export function isConsoleSender(
  sender: { origin?: string; url?: string },
  claimedOrigin: string | null,
  consoleOrigin: string | null,
): boolean {
  if (consoleOrigin === null || claimedOrigin !== consoleOrigin) return false;
  let senderOrigin = sender.origin ?? null;
  if (senderOrigin === null && sender.url) {
    try {
      senderOrigin = new URL(sender.url).origin;
    } catch {
      return false;
    }
  }
  return senderOrigin === consoleOrigin;
}
