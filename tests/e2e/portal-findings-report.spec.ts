import { type FindingDetailResponse, type FindingListResponse, todayInVietnam } from '@niemyet/core';
import type { Client } from '@niemyet/server/testing';
import { type Browser, expect, type Page, test } from '@playwright/test';
import type { PortalSimulator } from '../portal-sim/server';
import { startPortalSimulator } from '../portal-sim/server';
import { loadSimCatalogue } from '../server/sim-catalogue';
import { signedIn } from '../server/users';
import { type ExtensionSession, launchWithExtension } from './chromium';
import { listingStatuses } from './extension-helpers';
import { openWorkspace, TEST_PASSWORD, type TestWorkspace, USERS } from './workspace';

// Issue 13 end to end, as an officer lives it: a supervisor's watch has already filled the
// inbox from a portal listing (for one field of it); the officer makes a personal access token
// in the console, connects the extension with it, audits a page of the same portal and
// confirms two discrepancies — one the watch found (it gets a second sighting, not a second
// finding) and one outside the watch's scope (a new finding under the officer's name, with the
// row's evidence). Once the officer revokes the token, the next confirmation is refused and
// the extension says so; the inbox does not move.

/** Watches run at once and pull without pauses (the defaults are a 30 s tick and 0.5 s a page). */
const FAST = { NIEMYET_WATCH_TICK_MS: '200', NIEMYET_WATCH_DELAY_MS: '0' };
const SUPERVISOR = 'giamsat';
const OFFICER = USERS.drafter;
const TOKEN_NAME = 'Máy văn phòng';

/** The inbox's kind for a status of the simulator's answer key. */
const KIND_OF_STATUS = {
  changed: 'changed',
  abolished: 'abolished-but-listed',
  unknown: 'not-in-catalogue',
  'not-yet-effective': 'not-yet-effective',
} as const;

interface PlantedRow {
  code: string;
  rawCode: string;
  kind: (typeof KIND_OF_STATUS)[keyof typeof KIND_OF_STATUS];
  field: string | null;
}

let workspace: TestWorkspace;
let sim: PortalSimulator;
let session: ExtensionSession;
let launched: Promise<ExtensionSession> | undefined;
let supervisor: Client;
let publishedHash: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Chromium starts while the server is seeded: each takes seconds on two loaded cores.
  launched = launchWithExtension();
  sim = await startPortalSimulator({ port: 0, seed: 1, asOf: todayInVietnam() });
  workspace = await openWorkspace({ env: FAST });
  const admin = workspace.admin!;
  const added = await admin.post('/api/users', {
    username: SUPERVISOR,
    password: TEST_PASSWORD,
    roles: ['supervisor'],
  });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  // The catalogue the simulator's listings are audited against, as the watch suites seed it,
  // published: the extension takes its catalogue from the server once connected.
  const drafter = await signedIn(workspace.url, OFFICER);
  await loadSimCatalogue(sim, drafter);
  const published = await drafter.post('/api/publications', { asOf: todayInVietnam() });
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  publishedHash = published.body.hash;
  supervisor = await signedIn(workspace.url, SUPERVISOR);
  session = await launched;
});

test.afterAll(async () => {
  // Also when setting up failed after Chromium was asked for.
  await (await launched?.catch(() => undefined))?.close();
  await sim?.close();
  await workspace?.close();
});

async function inbox(): Promise<FindingListResponse> {
  const reply = await supervisor.get('/api/findings?limit=1000');
  expect(reply.status).toBe(200);
  return reply.body as FindingListResponse;
}

function findingOf(list: FindingListResponse, row: PlantedRow) {
  return list.findings.find((f) => f.code === row.code && f.kind === row.kind);
}

async function detailOf(id: string): Promise<FindingDetailResponse> {
  const reply = await supervisor.get(`/api/findings/${id}`);
  expect(reply.status).toBe(200);
  return reply.body as FindingDetailResponse;
}

/** The inbox as the supervisor sees it: `#/portals` (read again if open), its count once loaded. */
async function openInbox(page: Page, total: number): Promise<void> {
  const url = `${workspace.url}/#/portals`;
  // A hash change alone would keep the list already shown: the supervisor reloads the page.
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  await expect(page.getByTestId('findings-count')).toHaveText(`${total} sai lệch`);
}

async function signedInPage(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await workspace.signIn(page, username);
  return page;
}

/**
 * Selects a row of the side panel's audit and confirms it, as the officer does; returns the
 * row's evidence as the panel shows it.
 */
async function confirmInPanel(panel: Page, row: PlantedRow, note: string): Promise<string> {
  await panel.getByTestId('filter-status').selectOption('discrepancies');
  await panel.locator(`[data-testid="finding-row"][data-code="${row.code}"]`).click();
  const detail = panel.getByTestId('finding-detail');
  await expect(detail).toContainText(row.rawCode);
  await detail.getByText('Bằng chứng', { exact: true }).click();
  const evidence = (await detail.locator('blockquote').textContent()) ?? '';
  expect(evidence).toContain(row.rawCode);
  await panel.getByTestId('note-text').fill(note);
  await panel.getByTestId('note-confirm').click();
  await expect(detail.getByRole('status')).toHaveText('Đã lưu và đưa vào hàng chờ gửi hộp thư chung.');
  return evidence;
}

/** `code|kind` of what the watch must find: the listing's discrepancies in its field, and the procedures of that field it does not list. */
function expectedWatchFindings(field: string): string[] {
  const listing = sim.manifest.listings.provincial;
  const entries = sim.dataset.listings.provincial.entries;
  const listed = listing.rows.flatMap((row, i) =>
    row.status === 'match' || entries[i]!.fields.field !== field
      ? []
      : [`${row.code}|${KIND_OF_STATUS[row.status]}`],
  );
  const missing = sim.manifest.planted
    .filter((p) => p.kind === 'missing' && p.listing === 'provincial')
    .filter((p) => sim.catalogue.procedures.find((v) => v.code === p.code)?.field === field)
    .map((p) => `${p.code}|missing`);
  return [...listed, ...missing].sort();
}

test('an officer connected with a token reports confirmed findings to the inbox; a revoked token is refused', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const listing = sim.manifest.listings.provincial;
  const entries = sim.dataset.listings.provincial.entries;
  const watchedField = listing.scopeFields![0]!;

  // The discrepancies of the listing's first page, from the answer key (the grid shows all four
  // changeable fields, so every planted row is one a listing-only audit sees).
  const firstPage = listing.rows.slice(0, listing.pageSize);
  const planted: PlantedRow[] = firstPage.flatMap((r, i) =>
    r.status === 'match'
      ? []
      : [
          {
            code: r.code,
            rawCode: r.rawCode,
            kind: KIND_OF_STATUS[r.status],
            field: entries[i]!.fields.field,
          },
        ],
  );
  const inScope = planted.filter((r) => r.field === watchedField);
  const outOfScope = planted.filter((r) => r.field !== watchedField);
  // One the watch finds (a changed row: it has a diff), two it does not (one reported, one refused).
  const alreadyFound = inScope.find((r) => r.kind === 'changed') ?? inScope[0]!;
  const [fresh, refused] = outOfScope;
  expect(alreadyFound, 'the first page has a discrepancy in the watched field').toBeTruthy();
  expect(refused, 'the first page has two discrepancies outside the watched field').toBeTruthy();

  // 1. The supervisor watches the portal's listing for one field, runs it now, waits for it.
  const watch = await supervisor.post('/api/watches', {
    url: `${sim.url}${listing.url}`,
    name: 'Cổng tỉnh',
    scope: { field: watchedField },
  });
  expect(watch.status, JSON.stringify(watch.body)).toBe(201);
  const queued = await supervisor.post(`/api/watches/${watch.body.id}/runs`);
  expect(queued.status).toBe(202);
  const runUrl = `/api/watches/${watch.body.id}/runs/${queued.body.runId}`;
  await expect
    .poll(async () => (await supervisor.get(runUrl)).body.state, { timeout: 60_000 })
    .toMatch(/^(done|failed)$/);
  // A failed run says why (its problem), rather than the poll running out.
  expect((await supervisor.get(runUrl)).body).toMatchObject({ state: 'done', problem: null });
  const before = await inbox();
  expect(before.findings.map((f) => `${f.code}|${f.kind}`).sort()).toEqual(
    expectedWatchFindings(watchedField),
  );
  expect(findingOf(before, alreadyFound), 'the watch found the in-scope discrepancy').toBeTruthy();
  expect(findingOf(before, fresh!), 'the watch left the other field alone').toBeUndefined();
  expect(findingOf(before, refused!)).toBeUndefined();
  const inspector = await signedInPage(browser, SUPERVISOR);
  await openInbox(inspector, before.total);

  // 2. The officer makes a personal access token in the console and reads it off the screen.
  const consolePage = await session.context.newPage();
  await workspace.signIn(consolePage, OFFICER);
  await consolePage.goto(`${workspace.url}/#/tokens`);
  await expect(consolePage.getByTestId('tokens-empty')).toBeVisible();
  await consolePage.getByLabel('Tên mã (ví dụ: Máy văn phòng)').fill(TOKEN_NAME);
  await consolePage.getByTestId('token-create').click();
  await expect(consolePage.getByTestId('token-created')).toContainText(`Đã tạo mã «${TOKEN_NAME}»`);
  const token = (await consolePage.getByTestId('token-secret').textContent())?.trim() ?? '';
  expect(token.length).toBeGreaterThan(20);
  await expect(consolePage.getByTestId('token-row')).toHaveCount(1);
  await expect(consolePage.getByTestId('token-state')).toHaveText('Đang dùng được');

  // 3. The extension is connected in Options with the server's address and the token; it then
  // takes the server's published catalogue.
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await expect(options.getByTestId('server-connection-none')).toBeVisible();
  await options.getByTestId('server-url').fill(workspace.url);
  await options.getByTestId('server-token').fill(token);
  await options.getByRole('button', { name: 'Kết nối máy chủ' }).click();
  await expect(options.getByTestId('server-message')).toHaveText(
    `Đã kết nối ${workspace.url}. Danh mục sẽ được lấy từ máy chủ này.`,
  );
  await expect(options.getByTestId('server-connection')).toContainText(
    `Đang kết nối ${workspace.url} bằng mã`,
  );
  // The token is never shown whole again.
  await expect(options.getByTestId('server-connection')).not.toContainText(token);
  await expect(options.getByTestId('catalogue-hash')).toHaveText(publishedHash);

  // 4. The officer opens the listing's first page; the extension marks it as the answer key says.
  const pageUrl = `${sim.url}${listing.url}`;
  const portal = await session.context.newPage();
  await portal.goto(pageUrl);
  await expect
    .poll(() => listingStatuses(portal, 'tr.rgRow, tr.rgAltRow'))
    .toEqual(firstPage.map((r) => r.status));

  // 5. In the side panel the officer confirms the discrepancy the watch found, then the new one.
  const panel = await session.context.newPage();
  await panel.goto(
    `chrome-extension://${session.extensionId}/sidepanel.html?url=${encodeURIComponent(pageUrl)}`,
  );
  await expect(panel.getByTestId('audit-view')).toBeVisible();
  await confirmInPanel(panel, alreadyFound, 'Đã thấy trên cổng tỉnh');
  await expect(panel.getByTestId('report-sent')).toContainText(
    'Đã gửi 1 (1 đã có trong hộp thư: thêm lần phát hiện)',
  );
  const freshEvidence = await confirmInPanel(panel, fresh!, 'Đã báo Sở Tư pháp');
  await expect(panel.getByTestId('report-sent')).toContainText(
    'Đã gửi 1 (0 đã có trong hộp thư: thêm lần phát hiện)',
  );
  await expect(panel.getByTestId('report-pending')).toHaveCount(0);

  // 6. The inbox: one finding more, not two; the one the watch found has a second sighting.
  const after = await inbox();
  expect(after.total).toBe(before.total + 1);
  const seenTwice = findingOf(after, alreadyFound)!;
  expect(seenTwice.id).toBe(findingOf(before, alreadyFound)!.id);
  expect(seenTwice.sightings).toBe(2);
  const created = findingOf(after, fresh!)!;
  expect(created, 'the new finding is in the inbox').toBeTruthy();
  expect(created).toMatchObject({ sightings: 1, state: 'open', watchIds: [] });

  await openInbox(inspector, after.total);
  const twiceRow = inspector.locator(`[data-testid="finding-row"][data-id="${seenTwice.id}"]`);
  await expect(twiceRow.locator('td.num')).toHaveText('2');
  await twiceRow.getByTestId('finding-open').click();
  const dialog = inspector.getByTestId('finding-dialog');
  await expect(dialog.getByRole('heading', { name: 'Các lần thấy (2)' })).toBeVisible();
  const sightings = dialog.getByTestId('sighting');
  await expect(sightings).toHaveCount(2);
  await expect(sightings.filter({ hasText: 'Theo dõi «Cổng tỉnh»' })).toHaveCount(1);
  await expect(sightings.filter({ hasText: `Tiện ích của ${OFFICER}` })).toHaveCount(1);
  await dialog.getByTestId('finding-close').click();
  await expect(dialog).toHaveCount(0);

  // The new one: under the officer's name, with the row's evidence as the page showed it.
  const [reported] = (await detailOf(created.id)).sightings;
  expect(reported).toMatchObject({ source: 'extension', reportedBy: OFFICER, watchId: null });
  expect(reported!.evidence).toMatchObject({ url: pageUrl, text: freshEvidence });
  const freshRow = inspector.locator(`[data-testid="finding-row"][data-id="${created.id}"]`);
  await expect(freshRow).toContainText(fresh!.code);
  await expect(freshRow.locator('td.num')).toHaveText('1');
  await freshRow.getByTestId('finding-open').click();
  await expect(dialog.getByRole('heading', { name: 'Các lần thấy (1)' })).toBeVisible();
  await expect(dialog.getByTestId('sighting')).toContainText(`Tiện ích của ${OFFICER}`);
  await expect(dialog.getByTestId('sighting')).toContainText(pageUrl);
  await expect(dialog.getByTestId('sighting-evidence')).toHaveText(freshEvidence);
  await dialog.getByTestId('finding-close').click();

  // 7. The officer revokes the token; the next confirmation is refused and the extension says so.
  await consolePage.bringToFront();
  await consolePage.getByTestId('token-hide').click();
  await consolePage.getByTestId('token-revoke').click();
  await consolePage.getByTestId('token-revoke-confirm').click();
  await expect(consolePage.getByTestId('token-state')).toContainText('Đã thu hồi');

  await panel.bringToFront();
  await confirmInPanel(panel, refused!, 'Báo lại sau');
  const revoked = panel.getByTestId('report-revoked');
  await expect(revoked).toContainText('Mã truy cập đã bị thu hồi.');
  await expect(revoked).toContainText('Đã ngừng gửi.');
  await expect(panel.getByTestId('report-pending')).toHaveText('1 phát hiện chờ gửi');

  // Options, open since connecting, no longer says «Đã kết nối»: it says the token was revoked,
  // under the form a new one goes into — and says so again when opened afresh.
  await options.bringToFront();
  const optionsMessage = options.getByTestId('server-message');
  await expect(optionsMessage).toContainText('Mã truy cập đã bị thu hồi.');
  await expect(optionsMessage).toHaveAttribute('role', 'alert');
  await options.reload();
  await expect(optionsMessage).toHaveText(
    'Mã truy cập đã bị thu hồi. Hãy tạo mã mới trong bảng điều khiển. Dán mã mới vào ô «Mã truy cập» bên trên rồi bấm «Kết nối máy chủ».',
  );

  // The inbox did not move.
  const last = await inbox();
  expect(last.total).toBe(after.total);
  expect(findingOf(last, refused!)).toBeUndefined();
  expect(findingOf(last, alreadyFound)!.sightings).toBe(2);
  await openInbox(inspector, after.total);
});
