import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Client, type ServerProcess, startServerProcess } from '@niemyet/server/testing';
import { type Browser, type BrowserContext, chromium } from '@playwright/test';
import { largeDecisionList } from '../../console/src/testing/large-decision-list';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { approvedDecision } from '../server/decision-flow';
import { setUpUsers, signedIn, USERS } from '../server/users';

/**
 * A team server holding 20,000 procedures (the import of `largeDecisionList(200, 100)`), the
 * built console it serves, and Chromium signed in as the drafter: where the console's
 * benchmarks measure, the way a province's team uses it. Needs /usr/bin/chromium; builds the
 * console when it is missing.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'console/dist');

export interface ConsoleWorkspace {
  url: string;
  server: ServerProcess;
  admin: Client;
  drafter: Client;
  reviewer: Client;
  browser: Browser;
  /** A browser context carrying the drafter's session cookie. */
  context: BrowserContext;
  close(): Promise<void>;
}

/** The built console's folder, built first when missing (a fresh checkout has none). */
export function builtConsoleDir(): string {
  if (!existsSync(join(DIST, 'index.html')))
    execSync('pnpm --filter ./console build', { cwd: ROOT, stdio: 'ignore' });
  return DIST;
}

export async function openConsoleWorkspace(): Promise<ConsoleWorkspace> {
  const server = await startServerProcess({ consoleDir: builtConsoleDir() });
  const admin = await setUpUsers(server);
  const drafter = await signedIn(server.url, USERS.drafter);
  const reviewer = await signedIn(server.url, USERS.reviewer);
  const imported = await drafter.request('POST', '/api/imports/decisions', {
    text: largeDecisionList(200, 100).csv,
    type: 'text/csv',
    headers: { 'x-file-name': 'quyet-dinh-20000.csv' },
  });
  if (imported.status !== 200)
    throw new Error(`import: HTTP ${imported.status} ${JSON.stringify(imported.body)}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  const [name, value] = drafter.sessionCookie!.split('=') as [string, string];
  await context.addCookies([{ name, value, url: server.url }]);
  return {
    url: server.url,
    server,
    admin,
    drafter,
    reviewer,
    browser,
    context,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/** Issues a decision through the whole review path (draft, submit, approve, issue). */
export async function issueDecision(
  workspace: ConsoleWorkspace,
  title: string,
  items: unknown[],
  effectiveOn: string,
  number: string,
): Promise<string> {
  const { id, revision } = await approvedDecision(
    workspace.drafter,
    workspace.reviewer,
    title,
    items,
    effectiveOn,
  );
  const issued = await workspace.drafter.post(`/api/decisions/${id}/transitions`, {
    to: 'issued',
    revision,
    number,
    signedOn: effectiveOn,
    effectiveOn,
  });
  if (issued.status !== 200) throw new Error(`issue: HTTP ${issued.status} ${JSON.stringify(issued.body)}`);
  return id;
}
