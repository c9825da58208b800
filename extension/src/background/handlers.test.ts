import 'fake-indexeddb/auto';
import { putCurrentSnapshot } from '@niemyet/db';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COMMAND_CHANNEL } from '../messaging/protocol';
import { routeCommand } from '../messaging/router';
import { rowVerdictsOf } from '../messaging/row-verdict';
import { packRows } from '../messaging/row-wire';
import { sendCommand } from '../messaging/send-command';
import { writeSetting } from '../settings/setting';
import { catalogueSourceSetting } from '../settings/settings';
import { row, testSnapshot, version } from '../testing/catalogue';
import { createHandlers } from './handlers';
import { listen, type TestBackground, testBackground } from './test-background';

const PAGE = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html';
const PORTAL_ORIGIN = 'https://dichvucong.gov.vn';
const CONSOLE_ORIGIN = 'http://127.0.0.1:4183';

async function importTestSnapshot() {
  const result = await sendCommand('import-snapshot', {
    text: JSON.stringify(testSnapshot()),
    source: 'file',
    origin: 'catalogue.json',
  });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** The stored audit of a page: stored just after the page got its answer, so wait for it. */
async function storedAudit(url: string) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const latest = await sendCommand('latest-audit', { url });
    if (latest.ok && latest.value) return latest.value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no audit stored for ${url}`);
}

describe('background handlers', () => {
  let background: TestBackground;

  beforeEach(() => {
    fakeBrowser.reset();
    background = testBackground();
    listen(background);
  });

  it('answers an audit with "no catalogue" before any import', async () => {
    const result = await sendCommand('audit-page', {
      url: PAGE,
      adapterId: 'national',
      rows: packRows([row('1.000001', 'x')]),
    });
    expect(result).toEqual({ ok: true, value: { kind: 'no-catalogue' } });
  });

  it('imports a snapshot and audits a page against it', async () => {
    const meta = await importTestSnapshot();
    expect(meta.hash).toBe(testSnapshot().hash);
    expect(meta.counts).toEqual({ procedures: 2, upcoming: 1, abolished: 1 });

    const result = await sendCommand('audit-page', {
      url: PAGE,
      adapterId: 'national',
      rows: packRows([
        row('1.000001', 'Đăng ký khai sinh', { processingTime: '5 Ngày làm việc' }),
        row('1.000002', 'Đăng ký kết hôn', { processingTime: '10 Ngày làm việc' }),
        row('1.000003', 'Đăng ký lại khai sinh'),
        row('1.000004', 'Cấp phiếu lý lịch tư pháp'),
        row('1.999999', 'Thủ tục lạ'),
      ]),
    });
    if (!result.ok || result.value.kind !== 'audited') throw new Error(JSON.stringify(result));
    const audit = result.value;
    expect(audit.catalogueHash).toBe(meta.hash);
    // The page gets a verdict per row; the full findings are stored for the side panel.
    expect(rowVerdictsOf(audit.verdicts).map((v) => [v.rowIndex, v.status, v.fields])).toEqual([
      [0, 'match', []],
      [1, 'changed', ['processingTime']],
      [2, 'abolished', []],
      [3, 'not-yet-effective', []],
      [4, 'unknown', []],
    ]);
    const stored = await storedAudit(PAGE);
    expect(stored.id).toBe(audit.auditId);
    expect(stored.findings[1]!.diffs.map((d) => [d.field, d.expected, d.actual])).toEqual([
      ['processingTime', '5 Ngày làm việc', '10 Ngày làm việc'],
    ]);
    expect(audit.summary).toEqual({
      match: 1,
      changed: 1,
      abolished: 1,
      unknown: 1,
      notYetEffective: 1,
      missing: 0,
    });
    expect(stored.findings[0]!.evidence).toEqual({
      url: PAGE,
      at: '2025-03-01T08:00:00.000Z',
      text: '1.000001 Đăng ký khai sinh',
    });

    // Stored: the side panel and the popup find it by the page URL.
    const latest = await sendCommand('latest-audit', { url: PAGE });
    expect(latest.ok && latest.value?.id).toBe(audit.auditId);
    const status = await sendCommand('get-status', { url: PAGE });
    expect(status.ok && status.value.page).toMatchObject({
      kind: 'audited',
      audit: { id: audit.auditId, findingCount: 5 },
    });
    expect(status.ok && status.value.catalogue?.hash).toBe(meta.hash);
  });

  it('refuses a malformed snapshot, naming the problem, and keeps the catalogue', async () => {
    const meta = await importTestSnapshot();
    const broken = { ...testSnapshot('2025-02-01'), procedures: [{ ...version('1.1', 'x'), name: 42 }] };
    const result = await sendCommand('import-snapshot', {
      text: JSON.stringify(broken),
      source: 'file',
      origin: null,
    });
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^Invalid catalogue snapshot: procedures\[0\]\.name: /),
    });
    const status = await sendCommand('get-status', { url: null });
    expect(status.ok && status.value.catalogue?.hash).toBe(meta.hash);
  });

  it('previews the audit of a few rows without keeping anything', async () => {
    await importTestSnapshot();
    const preview = await sendCommand('preview-audit', {
      url: PAGE,
      adapterId: 'national',
      rows: packRows([
        row('1.000002', 'Đăng ký kết hôn', { processingTime: '10 Ngày làm việc' }),
        row('1.999999', 'Lạ'),
      ]),
    });
    expect(preview).toEqual({
      ok: true,
      value: { kind: 'audited', verdicts: expect.objectContaining({ statuses: 'cu' }) },
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await sendCommand('list-audits', {})).toEqual({ ok: true, value: [] });
  });

  it('audits against a catalogue replaced behind its back (an options page wrote the database)', async () => {
    await importTestSnapshot();
    const first = await sendCommand('audit-page', {
      url: PAGE,
      adapterId: 'national',
      rows: packRows([row('1.000002', 'Đăng ký kết hôn')]),
    });
    expect(first.ok && first.value.kind === 'audited' && first.value.verdicts.statuses).toBe('m');

    const replaced = testSnapshot('2025-06-01');
    replaced.procedures = replaced.procedures.filter((p) => p.code !== '1.000002');
    const { buildCatalogueSnapshot } = await import('@niemyet/core');
    const rebuilt = buildCatalogueSnapshot(
      {
        asOf: replaced.asOf,
        active: new Map(replaced.procedures.map((p) => [p.procedureId, p])),
        upcoming: replaced.upcoming,
        abolished: replaced.abolished,
      },
      replaced.generatedAt,
    );
    await putCurrentSnapshot(background.db, rebuilt, { source: 'file', origin: null, importedAt: 'T' });

    const second = await sendCommand('audit-page', {
      url: PAGE,
      adapterId: 'national',
      rows: packRows([row('1.000002', 'Đăng ký kết hôn')]),
    });
    expect(second.ok && second.value.kind === 'audited' && second.value.verdicts.statuses).toBe('u');
  });

  it('tells the popup why a page could not be read, until a later audit succeeds', async () => {
    await importTestSnapshot();
    await sendCommand('report-page', { url: PAGE, reason: 'Không nhận ra danh sách thủ tục' });
    const before = await sendCommand('get-status', { url: PAGE });
    expect(before.ok && before.value.page).toEqual({
      kind: 'no-adapter',
      reason: 'Không nhận ra danh sách thủ tục',
    });

    await sendCommand('audit-page', {
      url: PAGE,
      adapterId: 'national',
      rows: packRows([row('1.000001', 'Đăng ký khai sinh')]),
    });
    await storedAudit(PAGE);
    const after = await sendCommand('get-status', { url: PAGE });
    expect(after.ok && after.value.page.kind).toBe('audited');
  });

  it('tells a portal page not read yet from a page that is no portal', async () => {
    const portal = await sendCommand('get-status', { url: PAGE });
    expect(portal.ok && portal.value.page).toEqual({ kind: 'not-read' });
    expect(portal.ok && portal.value.catalogue).toBeNull();
    const other = await sendCommand('get-status', { url: 'https://example.com/' });
    expect(other.ok && other.value.page).toEqual({ kind: 'not-a-portal' });
  });

  it('records notes on findings and lists them per audit', async () => {
    await importTestSnapshot();
    const audit = await sendCommand('audit-page', {
      url: PAGE,
      adapterId: 'national',
      rows: packRows([row('1.000003', 'Đăng ký lại khai sinh')]),
    });
    const auditId = audit.ok && audit.value.kind === 'audited' ? audit.value.auditId : '';
    const refused = await sendCommand('record-finding-note', { auditId, rowIndex: 0, action: 'dismiss' });
    expect(refused).toEqual({
      ok: false,
      error: 'Invalid record-finding-note request: reason: a dismissal needs a reason',
    });
    const saved = await sendCommand('record-finding-note', {
      auditId,
      rowIndex: 0,
      action: 'dismiss',
      reason: 'Đã gỡ hôm qua',
    });
    expect(saved.ok && saved.value.reason).toBe('Đã gỡ hôm qua');
    const notes = await sendCommand('list-finding-notes', { auditId });
    expect(notes.ok && notes.value.map((n) => [n.action, n.at])).toEqual([
      ['dismiss', '2025-03-01T08:00:00.000Z'],
    ]);
  });

  it('opens the side panel where Chrome has one, else a tab', async () => {
    const opened: unknown[] = [];
    (fakeBrowser as unknown as { sidePanel: { open: (o: unknown) => Promise<void> } }).sidePanel.open =
      async (o) => {
        opened.push(o);
      };
    expect(await sendCommand('open-side-panel', { tabId: 7 })).toEqual({
      ok: true,
      value: { openedIn: 'side-panel' },
    });
    expect(opened).toEqual([{ tabId: 7 }]);

    (fakeBrowser as unknown as { sidePanel: { open: unknown } }).sidePanel.open = undefined;
    expect(await sendCommand('open-side-panel', { tabId: 7 })).toEqual({
      ok: true,
      value: { openedIn: 'tab' },
    });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url === 'chrome-extension://test-extension-id/sidepanel.html')).toBe(true);
  });

  it('takes a catalogue from a page only from the connected console', async () => {
    const handlers = createHandlers({ ...background, extraPortalMatches: [] });
    const message = (origin: string | null) => ({
      channel: COMMAND_CHANNEL,
      type: 'import-snapshot',
      payload: { text: JSON.stringify(testSnapshot()), source: 'console', origin },
    });
    const fromTab = (origin: string) => ({ tab: { id: 7 } as never, origin, url: `${origin}/#/` });
    const portal = await routeCommand(handlers, message(PORTAL_ORIGIN), fromTab(PORTAL_ORIGIN));
    expect(portal).toEqual({
      ok: false,
      error: 'Only the connected console can send a catalogue from a page',
    });

    await writeSetting(catalogueSourceSetting, {
      url: null,
      intervalMinutes: 360,
      consoleOrigin: CONSOLE_ORIGIN,
    });
    const spoofed = await routeCommand(handlers, message(CONSOLE_ORIGIN), fromTab(PORTAL_ORIGIN));
    expect(spoofed.ok).toBe(false);
    const fromConsole = await routeCommand(handlers, message(CONSOLE_ORIGIN), fromTab(CONSOLE_ORIGIN));
    expect(fromConsole).toMatchObject({ ok: true, value: { hash: testSnapshot().hash, source: 'console' } });
  });
});
