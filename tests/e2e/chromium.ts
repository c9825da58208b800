import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from '@playwright/test';

export const CHROMIUM_PATH = '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling Google's hosts, which this
// machine's closed network refuses; the rest keep a headless run quiet and reproducible.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The extension built by `pnpm --filter ./extension build:test` (loopback hosts allowed). */
export const TEST_EXTENSION_DIR = resolve(repoRoot, 'extension/.output/chrome-mv3-test');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** Starts Chromium with the built extension loaded and finds its id from the service worker. */
export async function launchWithExtension(dir = TEST_EXTENSION_DIR): Promise<ExtensionSession> {
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run pnpm --filter ./extension build:test first`);
  }
  const context = await chromium.launchPersistentContext('', {
    headless: true,
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, close: () => context.close() };
}
