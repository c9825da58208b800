import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CatalogueSnapshot, todayInVietnam } from '@niemyet/core';
import { expect, type Page } from '@playwright/test';
import { type PortalSimulator, startPortalSimulator } from '../portal-sim/server';
import { type ExtensionSession, launchWithExtension } from './chromium';

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Imports a snapshot through the options page's file input, as a user does. */
export async function importCatalogue(session: ExtensionSession, snapshot: CatalogueSnapshot): Promise<void> {
  const file = join(tempDir('niemyet-catalogue-'), 'danh-muc.json');
  writeFileSync(file, JSON.stringify(snapshot));
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.getByTestId('catalogue-import').setInputFiles(file);
  await expect(page.getByTestId('catalogue-hash')).toHaveText(snapshot.hash, { timeout: 30_000 });
  await page.close();
}

/** `data-niemyet-status` of every row element (empty string when unmarked). */
export function listingStatuses(page: Page, rowSelector: string): Promise<string[]> {
  return page.$$eval(rowSelector, (rows) => rows.map((r) => r.getAttribute('data-niemyet-status') ?? ''));
}

export interface SimulatedPortal {
  sim: PortalSimulator;
  session: ExtensionSession;
  close(): Promise<void>;
}

/**
 * The portal simulator and Chromium with the built extension, its catalogue imported. The
 * extension audits against the catalogue in force today, so the simulator is dated today:
 * its "not yet effective" plants then lie after today.
 */
export async function openSimulatedPortal(): Promise<SimulatedPortal> {
  const sim = await startPortalSimulator({ port: 0, seed: 1, asOf: todayInVietnam() });
  const session = await launchWithExtension();
  await importCatalogue(session, sim.catalogue);
  return {
    sim,
    session,
    close: async () => {
      await session.close();
      await sim.close();
    },
  };
}
