import { browser } from 'wxt/browser';
import { matchPatternOf, siteOriginOf } from '../permissions/origins';
import { registerSiteScript } from '../permissions/site-scripts';
import { readSetting, writeSetting } from '../settings/setting';
import { type ProvincialPortal, provincialPortalsSetting } from '../settings/settings';
import { NATIONAL_PORTAL_HOSTS } from './national-hosts';

/**
 * Provincial portals the user adds by URL: the host permission is asked for at run time
 * (optional_host_permissions), then the content script is registered for that origin only.
 * The store build asks for nothing beyond the national portal up front.
 */

/** The file WXT writes for `entrypoints/content.ts` (or `entrypoints/content/index.ts`). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

const SCRIPT_ID_PREFIX = 'niemyet-portal:';

export function scriptIdOf(origin: string): string {
  return `${SCRIPT_ID_PREFIX}${origin}`;
}

export function isNationalOrigin(origin: string): boolean {
  const host = new URL(origin).hostname;
  return (NATIONAL_PORTAL_HOSTS as readonly string[]).includes(host);
}

export function listProvincialPortals(): Promise<ProvincialPortal[]> {
  return readSetting(provincialPortalsSetting);
}

export type AddPortalResult =
  | { ok: true; portal: ProvincialPortal }
  | { ok: false; error: string; code: AddPortalError };
export type AddPortalError = 'invalid-url' | 'national' | 'duplicate' | 'denied' | 'register-failed';

/**
 * Adds a portal. Call it straight from the click handler: `permissions.request` needs the
 * user's gesture, so it is the first asynchronous call made.
 */
export async function addProvincialPortal(input: string, now: string): Promise<AddPortalResult> {
  let origin: string;
  try {
    origin = siteOriginOf(input);
  } catch (error) {
    return { ok: false, code: 'invalid-url', error: (error as Error).message };
  }
  if (isNationalOrigin(origin))
    return { ok: false, code: 'national', error: `${origin} is the national portal (built in)` };
  const pattern = matchPatternOf(origin);
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return { ok: false, code: 'denied', error: `Permission for ${pattern} was not granted` };

  const portals = await listProvincialPortals();
  if (portals.some((p) => p.origin === origin))
    return { ok: false, code: 'duplicate', error: `${origin} is already added` };
  const portal: ProvincialPortal = { origin, scriptId: scriptIdOf(origin), addedAt: now };
  try {
    await registerSiteScript(portal.scriptId, CONTENT_SCRIPT_FILE, origin);
  } catch (error) {
    return {
      ok: false,
      code: 'register-failed',
      error: `Could not register the content script: ${(error as Error).message}`,
    };
  }
  await writeSetting(provincialPortalsSetting, [...portals, portal]);
  return { ok: true, portal };
}

/** Removes a portal: its content script, its host permission, its entry. */
export async function removeProvincialPortal(origin: string): Promise<void> {
  const portals = await listProvincialPortals();
  const portal = portals.find((p) => p.origin === origin);
  if (!portal) return;
  await browser.scripting.unregisterContentScripts({ ids: [portal.scriptId] }).catch(() => undefined);
  await browser.permissions.remove({ origins: [matchPatternOf(origin)] }).catch(() => false);
  await writeSetting(
    provincialPortalsSetting,
    portals.filter((p) => p.origin !== origin),
  );
}

/**
 * Re-registers the content scripts of stored portals whose registration is gone (Firefox
 * drops non-persistent ones; an update may too). Called by the background on start-up.
 */
export async function ensurePortalScripts(): Promise<string[]> {
  const portals = await listProvincialPortals();
  if (portals.length === 0) return [];
  const registered = new Set((await browser.scripting.getRegisteredContentScripts()).map((s) => s.id));
  const missing = portals.filter((p) => !registered.has(p.scriptId));
  for (const portal of missing) {
    const pattern = matchPatternOf(portal.origin);
    if (!(await browser.permissions.contains({ origins: [pattern] }))) continue;
    await registerSiteScript(portal.scriptId, CONTENT_SCRIPT_FILE, portal.origin);
  }
  return missing.map((p) => p.scriptId);
}

/** Whether the extension reads pages at this URL (national hosts, test loopback, added portals). */
export async function isPortalUrl(url: string, extraMatches: readonly string[] = []): Promise<boolean> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if ((NATIONAL_PORTAL_HOSTS as readonly string[]).includes(parsed.hostname)) return true;
  for (const pattern of extraMatches) {
    const m = /^(https?):\/\/([^/]+)\/\*$/.exec(pattern);
    if (m && parsed.protocol === `${m[1]}:` && parsed.hostname === m[2]) return true;
  }
  const portals = await listProvincialPortals();
  return portals.some(
    (p) => new URL(p.origin).hostname === parsed.hostname && new URL(p.origin).protocol === parsed.protocol,
  );
}
