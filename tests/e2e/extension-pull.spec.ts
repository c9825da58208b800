import { normalizeText } from '@niemyet/core';
import { expect, test } from '@playwright/test';
import type { PortalSimulator } from '../portal-sim/server';
import type { ExtensionSession } from './chromium';
import { openSimulatedPortal, type SimulatedPortal } from './extension-helpers';

/**
 * A pull of a whole (small) listing with every detail page, from the side panel: visible
 * progress, cancelled half-way, resumed, and the audit of everything it read matches the
 * simulator's answer key — with detail pages, changes the listing does not show are found too.
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

/** The smallest field of the national listing with a change only detail pages show. */
function pickField() {
  const entries = sim.dataset.listings.national.entries;
  const byField = new Map<string, typeof entries>();
  for (const e of entries) {
    const f = e.fields.field ?? '';
    byField.set(f, [...(byField.get(f) ?? []), e]);
  }
  const candidates = [...byField.entries()]
    .filter(([f, list]) => f && list.length >= 12 && list.length <= 60)
    .filter(([, list]) => list.some((e) => e.expected === 'changed' && !e.changedFields.includes('name')))
    .sort((a, b) => a[1].length - b[1].length);
  const picked = candidates[0];
  if (!picked) throw new Error('no field with a detail-only change in the simulator dataset');
  return { field: picked[0], entries: picked[1] };
}

test('pull with details: progress, cancel, resume, and the right counts', async () => {
  test.setTimeout(180_000);
  const { field, entries } = pickField();
  const listing = sim.manifest.listings.national;
  const url = `${sim.url}${listing.url.split('?')[0]}?pageIndex=1&pageSize=5&field=${encodeURIComponent(field)}`;
  const count = (status: string) => entries.filter((e) => e.expected === status).length;
  const listed = new Set(listing.codes);
  const missing = sim.catalogue.procedures.filter(
    (p) => p.code && !listed.has(p.code) && normalizeText(p.field ?? '') === normalizeText(field),
  ).length;

  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?url=${encodeURIComponent(url)}`);
  await panel.getByTestId('tab-pulls').click();
  await expect(panel.getByTestId('pull-url')).toHaveText(url);
  await expect(panel.getByTestId('pull-with-details')).toBeChecked();
  await panel.getByTestId('pull-start').click();

  const item = panel.getByTestId('pull-item').first();
  await expect(item).toHaveAttribute('data-status', 'running');
  // Visible progress: pages are read one after the other.
  await expect
    .poll(async () => Number(await item.getByTestId('pull-counts').getAttribute('data-pages-done')), {
      timeout: 30_000,
    })
    .toBeGreaterThanOrEqual(1);
  await item.getByTestId('pull-cancel').click();
  await expect(item).toHaveAttribute('data-status', 'cancelled');
  const progressAtCancel = Number(await item.getByTestId('pull-progress').getAttribute('value'));
  expect(progressAtCancel).toBeGreaterThan(0);
  expect(progressAtCancel).toBeLessThan(1);

  await item.getByTestId('pull-resume').click();
  await expect(item).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
  await expect(item.getByTestId('pull-progress')).toHaveAttribute('value', '1');
  await expect(item.getByTestId('pull-counts')).toHaveAttribute('data-rows', String(entries.length));
  await expect(item.getByTestId('pull-failures')).toHaveCount(0);

  await item.getByTestId('pull-open').click();
  await expect(panel.getByTestId('audit-view')).toBeVisible();
  await expect(panel.getByTestId('audit-view')).toContainText('Kết quả kéo dữ liệu');
  const summary = {
    match: count('match'),
    changed: count('changed'),
    abolished: count('abolished'),
    unknown: count('unknown'),
    'not-yet-effective': count('not-yet-effective'),
    missing,
  };
  const shown: Record<string, number> = {};
  for (const status of Object.keys(summary)) {
    shown[status] = Number(await panel.getByTestId(`summary-${status}`).getAttribute('data-count'));
  }
  expect(shown).toEqual(summary);
  expect(summary.changed).toBeGreaterThan(0);

  // The detail-only change is listed with its field diff.
  const detailOnly = entries.find((e) => e.expected === 'changed' && !e.changedFields.includes('name'))!;
  await panel.getByTestId('filter-status').selectOption('changed');
  await panel.locator(`[data-testid="finding-row"][data-code="${detailOnly.code}"]`).click();
  for (const f of detailOnly.changedFields) {
    await expect(panel.locator(`[data-testid="field-diff"][data-field="${f}"]`)).toBeVisible();
  }
  await panel.close();
});
