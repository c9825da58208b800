import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import type { ListingManifest } from '../portal-sim/manifest';
import type { PortalSimulator } from '../portal-sim/server';
import type { ExtensionSession } from './chromium';
import { badgeLabels, pillChips } from './closed-shadow';
import { listingStatuses, openSimulatedPortal, type SimulatedPortal, tempDir } from './extension-helpers';

/**
 * The extension against the portal simulator: every listed row is marked in place with the
 * status the simulator's answer key gives (a listing-only audit sees only the fields the
 * listing shows), the side panel lists the discrepancies with word diffs, and the audit is
 * exported as CSV and JSON.
 */

let portal: SimulatedPortal;
let sim: PortalSimulator;
let session: ExtensionSession;

test.beforeAll(async () => {
  portal = await openSimulatedPortal();
  ({ sim, session } = portal);
});

test.afterAll(async () => {
  await portal?.close();
});

/** What a correct listing-only audit marks on rows [from, to) of a listing. */
function expectedStatuses(listing: ListingManifest, from: number, to: number): string[] {
  return listing.rows
    .slice(from, to)
    .map((r) => (r.status === 'changed' && r.changedFieldsOnListing.length === 0 ? 'match' : r.status));
}

async function expectMarked(page: Page, rowSelector: string, expected: string[]): Promise<void> {
  await expect.poll(() => listingStatuses(page, rowSelector), { timeout: 15_000 }).toEqual(expected);
}

test('national listing: every row marked as the answer key says, on loads and on AJAX paging', async () => {
  const listing = sim.manifest.listings.national;
  const page = await session.context.newPage();
  const pageSize = 100;
  for (const pageIndex of [1, 2, 3]) {
    await page.goto(`${sim.url}${listing.url.split('?')[0]}?pageIndex=${pageIndex}&pageSize=${pageSize}`);
    const from = (pageIndex - 1) * pageSize;
    const expected = expectedStatuses(listing, from, from + pageSize);
    expect(expected).toHaveLength(pageSize);
    await expectMarked(page, 'tr.item-tthc', expected);
    // The codes on the page are the answer key's, in order (the comparison is row by row).
    const codes = await page.$$eval('tr.item-tthc', (rows) =>
      rows.map((r) => r.getAttribute('data-ma-thu-tuc')),
    );
    expect(codes).toEqual(listing.rows.slice(from, from + pageSize).map((r) => r.rawCode));
  }
  expect(
    listing.rows
      .slice(0, 3 * pageSize)
      .some((r) => r.status === 'changed' && r.changedFieldsOnListing.length === 0),
  ).toBe(true);

  // A badge with a tooltip naming the field sits in the name cell of a changed row. Badges
  // and the pill are in closed shadow roots: the page (and a locator) cannot read them.
  const changedIndex = expectedStatuses(listing, 200, 300).indexOf('changed');
  expect(changedIndex).toBeGreaterThanOrEqual(0);
  const hosts = page.locator('tr.item-tthc').nth(changedIndex).locator('[data-niemyet-ui="badge"]');
  await expect(hosts).toHaveCount(1);
  expect(await hosts.evaluate((host) => host.shadowRoot)).toBeNull();
  await expect
    .poll(async () => (await badgeLabels(page, 'item-tthc'))[changedIndex], { timeout: 15_000 })
    .toMatchObject({ text: '≠ Khác', attributes: { title: expect.stringMatching(/Tên thủ tục/) } });

  // The pill counts what is marked.
  const expected3 = expectedStatuses(listing, 200, 300);
  const changedCount = expected3.filter((s) => s === 'changed').length;
  await expect.poll(async () => (await pillChips(page)).changed ?? '').toContain(String(changedCount));

  // A portal script that undoes a mark (removes the badge, rewrites the status) is overruled
  // on the next read.
  await page
    .locator('tr.item-tthc')
    .nth(changedIndex)
    .evaluate((row) => {
      row.querySelector('[data-niemyet-ui="badge"]')?.remove();
      row.setAttribute('data-niemyet-status', 'match');
    });
  await expectMarked(page, 'tr.item-tthc', expected3);
  await expect
    .poll(async () => (await badgeLabels(page, 'item-tthc'))[changedIndex]?.text, { timeout: 15_000 })
    .toBe('≠ Khác');

  // AJAX paging: the pager re-renders tbody#listTTHC without a navigation; rows are re-marked.
  await page.goto(`${sim.url}${listing.url.split('?')[0]}?pageIndex=1&pageSize=${pageSize}`);
  await expectMarked(page, 'tr.item-tthc', expectedStatuses(listing, 0, pageSize));
  // A marker in the page's own world survives only if the document is not reloaded.
  await page.evaluate(() => {
    (window as unknown as { simMarker: number }).simMarker = 42;
  });
  await page.locator('#tthcListing ul.pagination a.next').click();
  await expect(page.locator('#tthcListing')).toHaveAttribute('data-page-index', '2');
  await expect(page.locator('#tthcListing')).toHaveAttribute('data-state', 'ready');
  await expectMarked(page, 'tr.item-tthc', expectedStatuses(listing, pageSize, 2 * pageSize));
  await page.locator('#tthcListing ul.pagination a.next').click();
  await expect(page.locator('#tthcListing')).toHaveAttribute('data-page-index', '3');
  await expectMarked(page, 'tr.item-tthc', expectedStatuses(listing, 2 * pageSize, 3 * pageSize));
  expect(await page.evaluate(() => (window as unknown as { simMarker?: number }).simMarker)).toBe(42);
  expect(page.url()).toContain('pageIndex=3');
  await page.close();
});

test('provincial RadGrid: every data row marked as the answer key says (all four fields visible)', async () => {
  const listing = sim.manifest.listings.provincial;
  const page = await session.context.newPage();
  const pageSize = 100;
  const pages = Math.ceil(listing.total / pageSize);
  for (let n = 1; n <= pages; n++) {
    await page.goto(`${sim.url}${listing.url.split('?')[0]}?page=${n}&pageSize=${pageSize}`);
    const from = (n - 1) * pageSize;
    const expected = listing.rows.slice(from, from + pageSize).map((r) => r.status);
    await expectMarked(page, 'tr.rgRow, tr.rgAltRow', expected);
  }
  // Group rows are not procedures: never marked.
  await expect(page.locator('tr.rgGroupHeader[data-niemyet-status]')).toHaveCount(0);
  await page.close();
});

test('side panel: lists the discrepancies of the page with word diffs; exports CSV and JSON', async () => {
  const listing = sim.manifest.listings.national;
  const pageUrl = `${sim.url}${listing.url.split('?')[0]}?pageIndex=1&pageSize=100`;
  const portal = await session.context.newPage();
  await portal.goto(pageUrl);
  const expected = expectedStatuses(listing, 0, 100);
  await expectMarked(portal, 'tr.item-tthc', expected);

  const panel = await session.context.newPage();
  await panel.goto(
    `chrome-extension://${session.extensionId}/sidepanel.html?url=${encodeURIComponent(pageUrl)}`,
  );
  const count = (status: string) => expected.filter((s) => s === status).length;
  for (const status of ['match', 'changed', 'abolished', 'unknown', 'not-yet-effective']) {
    await expect(panel.getByTestId(`summary-${status}`)).toHaveAttribute('data-count', String(count(status)));
  }
  await expect(panel.getByTestId('summary-changed')).toContainText('Khác danh mục');

  // Only the discrepancies, each with its code.
  await panel.getByTestId('filter-status').selectOption('discrepancies');
  const discrepancyCodes = listing.rows
    .slice(0, 100)
    .filter((_, i) => expected[i] !== 'match')
    .map((r) => r.code)
    .sort();
  const shownCodes = await panel
    .getByTestId('finding-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code') ?? ''));
  expect(shownCodes.sort()).toEqual(discrepancyCodes);

  // A changed row opens its word diff (catalogue name → portal name).
  await panel.getByTestId('filter-status').selectOption('changed');
  await panel.getByTestId('next-change').click();
  const detail = panel.getByTestId('finding-detail');
  await expect(detail).toHaveAttribute('data-status', 'changed');
  const diff = detail.locator('[data-testid="field-diff"][data-field="name"]');
  await expect(diff).toBeVisible();
  await expect(diff.locator('del, ins, [data-testid="diff-replaced"]').first()).toBeVisible();
  await expect(panel.getByTestId('change-position')).toHaveText(`Sai lệch 1/${count('changed')}`);
  await panel.getByTestId('next-change').click();
  await expect(panel.getByTestId('change-position')).toHaveText(`Sai lệch 2/${count('changed')}`);
  await panel.getByTestId('prev-change').click();
  await expect(panel.getByTestId('change-position')).toHaveText(`Sai lệch 1/${count('changed')}`);

  // Recording a finding: dismiss needs a reason; confirm is recorded and listed.
  await panel.getByTestId('note-dismiss').click();
  await expect(detail.getByRole('status')).toHaveText('Hãy nêu lý do bỏ qua.');
  await panel.getByTestId('note-text').fill('Đã báo Sở Tư pháp');
  await panel.getByTestId('note-confirm').click();
  await expect(panel.getByTestId('finding-notes')).toContainText('Đã xác nhận');
  await expect(panel.getByTestId('finding-notes')).toContainText('Đã báo Sở Tư pháp');

  // Exports: CSV with a BOM, one line per differing field; JSON with evidence.
  const dir = tempDir('niemyet-export-');
  const [csvDownload] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByTestId('export-csv').click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/^niem-yet-doi-chieu-\d{8}-\d{4}\.csv$/);
  const csvPath = join(dir, 'audit.csv');
  await csvDownload.saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split('\r\n');
  expect(lines[0]).toContain('Trạng thái / Status');
  expect(lines.filter((l) => l.startsWith('changed,')).length).toBeGreaterThanOrEqual(count('changed'));
  expect(lines.filter((l) => l.startsWith('abolished,')).length).toBe(count('abolished'));

  const [jsonDownload] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByTestId('export-json').click(),
  ]);
  const jsonPath = join(dir, 'audit.json');
  await jsonDownload.saveAs(jsonPath);
  const report = JSON.parse(readFileSync(jsonPath, 'utf8'));
  expect(report.format).toBe('niemyet.audit');
  expect(report.summary.changed).toBe(count('changed'));
  expect(report.rows).toHaveLength(100);
  const changedRow = report.rows.find((r: { status: string }) => r.status === 'changed');
  expect(changedRow.evidence.url).toBe(pageUrl);
  expect(changedRow.evidence.text).toContain(changedRow.rawCode);
  expect(changedRow.diffs[0].field).toBe('name');
  writeFileSync(join(dir, 'checked'), 'ok');

  // English on request.
  await panel.getByRole('button', { name: 'English' }).click();
  await expect(panel.getByTestId('summary-changed')).toContainText('Differs from catalogue');
  await panel.getByRole('button', { name: 'Tiếng Việt' }).click();
  await panel.close();
  await portal.close();
});

test('side panel: a page no reader understands gets a clear state, not a blank', async () => {
  const portal = await session.context.newPage();
  const url = `${sim.url}/sim/status/404?x=1`;
  await portal.goto(url);
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?url=${encodeURIComponent(url)}`);
  await expect(panel.getByTestId('panel-state')).toContainText('Không có bộ đọc nào hiểu trang này');
  await panel.close();
  await portal.close();
});
