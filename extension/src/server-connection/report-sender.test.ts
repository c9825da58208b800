import 'fake-indexeddb/auto';
import { countQueuedFindingReports, type QueuedFindingReport, queueFindingReports } from '@niemyet/db';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { testBackground } from '../background/test-background';
import { readSetting } from '../settings/setting';
import { findingReportStateSetting } from '../settings/settings';
import { testSnapshot } from '../testing/catalogue';
import { FakeTeamServer } from '../testing/fake-team-server';
import { REPORT_RETRY_ALARM, ReportSender, retryDelayMinutes } from './report-sender';
import { auditWithFindings, confirm, EXTENSION_PAGE, handlersOf, PAGE } from './test-support';

/** When the retry alarm rings, in seconds from now; null without one. */
async function retryInSeconds(): Promise<number | null> {
  const alarm = await fakeBrowser.alarms.get(REPORT_RETRY_ALARM);
  return alarm ? Math.round((alarm.scheduledTime - Date.now()) / 1000) : null;
}

const CHANGED_KEY = 'https://dichvucong.gov.vn|1.000002|changed';

describe('sending confirmed findings to the shared inbox', () => {
  let server: FakeTeamServer;
  let token: string;
  beforeEach(() => {
    fakeBrowser.reset();
    server = new FakeTeamServer(testSnapshot());
    token = server.issueToken('can-bo-a');
  });

  async function connected(fetch: typeof globalThis.fetch = server.fetch) {
    const background = testBackground({ fetch });
    const handlers = handlersOf(background);
    expect((await handlers['connect-server']({ origin: server.origin, token }, EXTENSION_PAGE)).kind).toBe(
      'connected',
    );
    const audit = await auditWithFindings(background);
    return { background, handlers, audit };
  }

  it('sends a confirmed finding with its row’s evidence and diffs, and says it was sent', async () => {
    const { background, audit } = await connected();
    await confirm(background, audit.id, 1);
    const state = await background.reports.send();

    const [post] = server.findingPosts();
    expect(post).toMatchObject({
      url: PAGE,
      findings: [
        {
          kind: 'changed',
          code: '1.000002',
          name: 'Đăng ký kết hôn',
          evidence: audit.findings[1]!.evidence,
          diffs: audit.findings[1]!.diffs,
        },
      ],
    });
    expect(server.requests.at(-1)?.headers.get('Authorization')).toBe(`Bearer ${token}`);
    expect(server.inbox.get(CHANGED_KEY)).toMatchObject({ sightings: 1, reportedBy: ['can-bo-a'] });
    expect(state).toMatchObject({ pending: 0, lastSent: { sent: 1, alreadyThere: 0 }, lastError: null });
    expect(await countQueuedFindingReports(background.db)).toBe(0);
  });

  it('names the inbox’s kinds: abolished but listed; a matching row is nothing to send', async () => {
    const { background, audit } = await connected();
    await confirm(background, audit.id, 2);
    await confirm(background, audit.id, 0);
    await background.reports.send();
    expect(server.findingPosts().flatMap((p) => p.findings)).toMatchObject([
      { kind: 'abolished-but-listed', code: '1.000003' },
    ]);
  });

  it('counts a finding the inbox already had as a new sighting, not a new finding', async () => {
    server.seed(CHANGED_KEY);
    const { background, audit } = await connected();
    await confirm(background, audit.id, 1);
    const state = await background.reports.send();
    expect(state.lastSent).toEqual({ sent: 1, alreadyThere: 1 });
    expect(server.inbox.get(CHANGED_KEY)).toMatchObject({ sightings: 2, reportedBy: ['watch', 'can-bo-a'] });
  });

  it('without a server, a confirmation stays a local note: nothing is queued', async () => {
    const background = testBackground({ fetch: server.fetch });
    const audit = await auditWithFindings(background);
    const note = await confirm(background, audit.id, 1);
    expect(note).toMatchObject({ action: 'confirm', auditId: audit.id, rowIndex: 1 });
    expect(await countQueuedFindingReports(background.db)).toBe(0);
    expect(server.requests).toEqual([]);
  });

  it('keeps findings queued while the server does not answer, across a worker restart, and sends them when it does', async () => {
    const { background, audit } = await connected();
    server.down = true;
    await confirm(background, audit.id, 1);
    expect(await readSetting(findingReportStateSetting)).toMatchObject({
      pending: 1,
      failures: 1,
      lastError: `${server.origin}: Failed to fetch`,
    });
    expect(await retryInSeconds()).toBe(30);

    // While a retry waits, a new confirmation is queued, not sent: the alarm sends them together.
    await confirm(background, audit.id, 2);
    expect(await readSetting(findingReportStateSetting)).toMatchObject({ pending: 2, failures: 1 });

    // 5xx is "not now" too: kept, and the next retry waits longer.
    server.down = false;
    server.failures = 1;
    expect(await background.reports.send()).toMatchObject({ pending: 2, failures: 2 });
    expect(await retryInSeconds()).toBe(60);
    expect(server.inbox.size).toBe(0);

    // The worker stops; a new one over the same database sends what was queued.
    const restarted = new ReportSender(background.deps);
    const state = await restarted.send();
    expect(state).toMatchObject({
      pending: 0,
      failures: 0,
      lastError: null,
      lastSent: { sent: 2, alreadyThere: 0 },
    });
    expect(await retryInSeconds()).toBeNull();
    expect(server.inbox.size).toBe(2);
  });

  it('sends what was queued when the user connects again', async () => {
    const { background, handlers, audit } = await connected();
    server.down = true;
    await confirm(background, audit.id, 1);
    await background.reports.send();
    await handlers['disconnect-server']({}, EXTENSION_PAGE);
    expect(await countQueuedFindingReports(background.db)).toBe(1);

    server.down = false;
    await handlers['connect-server']({ origin: server.origin, token }, EXTENSION_PAGE);
    expect(await countQueuedFindingReports(background.db)).toBe(0);
    expect(server.inbox.get(CHANGED_KEY)?.sightings).toBe(1);
    expect((await readSetting(findingReportStateSetting)).pending).toBe(0);
  });

  it('makes a resend harmless: the same confirmation is one record, and an answer lost on the way adds no sighting', async () => {
    let loseAnswers = 1;
    const lossy = (async (input: string | URL | Request, init?: RequestInit) => {
      const response = await server.fetch(input, init);
      if (init?.method === 'POST' && loseAnswers-- > 0) throw new TypeError('network changed');
      return response;
    }) as typeof fetch;
    const { background, audit } = await connected(lossy);
    server.down = true;
    await confirm(background, audit.id, 1);
    await confirm(background, audit.id, 1);
    await background.reports.send();
    expect(await countQueuedFindingReports(background.db)).toBe(1);

    server.down = false;
    // The server takes it, the answer never arrives: still queued, sent again.
    expect(await background.reports.send()).toMatchObject({ pending: 1 });
    expect(await background.reports.send()).toMatchObject({
      pending: 0,
      lastSent: { sent: 1, alreadyThere: 0 },
    });
    const [first, second] = server.findingPosts();
    expect(second?.findings[0]?.clientId).toBe(first?.findings[0]?.clientId);
    expect(server.inbox.get(CHANGED_KEY)?.sightings).toBe(1);
  });

  it('stops on a revoked token, keeps the queue and says so; sends nothing more until connected again', async () => {
    const { background, handlers, audit } = await connected();
    server.revoke(token);
    await confirm(background, audit.id, 1);
    const state = await background.reports.send();
    expect(state).toMatchObject({
      pending: 1,
      revoked: true,
      lastRefusal: { code: 'token-revoked', params: {} },
      lastError: `HTTP 401 from ${server.origin}/api/findings`,
    });
    expect(await retryInSeconds()).toBeNull();

    const posts = server.findingPosts().length;
    await confirm(background, audit.id, 2);
    expect(await background.reports.send()).toMatchObject({ pending: 2, revoked: true });
    expect(server.findingPosts()).toHaveLength(posts);

    // A new token starts afresh and the queue goes.
    token = server.issueToken('can-bo-a');
    await handlers['connect-server']({ origin: server.origin, token }, EXTENSION_PAGE);
    expect(await readSetting(findingReportStateSetting)).toMatchObject({ pending: 0, revoked: false });
  });

  it('shows a refusal other than 401 and does not retry it: a retry would be refused the same way', async () => {
    const refusing = (async (input: string | URL | Request, init?: RequestInit) =>
      init?.method === 'POST'
        ? new Response('<html>Unprocessable</html>', { status: 422 })
        : server.fetch(input, init)) as typeof fetch;
    const { background, audit } = await connected(refusing);
    await confirm(background, audit.id, 1);
    expect(await readSetting(findingReportStateSetting)).toMatchObject({
      pending: 1,
      failures: 0,
      revoked: false,
      lastRefusal: null,
      lastError: `HTTP 422 from ${server.origin}/api/findings`,
    });
    expect(await retryInSeconds()).toBeNull();
  });

  it('sends one page’s findings per request, at most 500 a request', async () => {
    const { background } = await connected();
    const item = (n: number, url: string): QueuedFindingReport => {
      const clientId = `c${String(n).padStart(4, '0')}`;
      return {
        clientId,
        url,
        queuedAt: `2025-03-01T08:00:00.${String(n).padStart(3, '0')}Z`.replace(/\.(\d{4})Z/, '.$1Z'),
        report: {
          clientId,
          kind: 'missing',
          code: `1.${n}`,
          name: `Thủ tục ${n}`,
          evidence: null,
          diffs: [],
        },
      };
    };
    const other = 'https://dichvucong.hanoi.gov.vn/tthc';
    await queueFindingReports(background.db, [
      ...Array.from({ length: 501 }, (_, n) => item(n, PAGE)),
      item(9_000, other),
    ]);
    await background.reports.send();
    expect(server.findingPosts().map((p) => [p.url, p.findings.length])).toEqual([
      [PAGE, 500],
      [PAGE, 1],
      [other, 1],
    ]);
    expect(await countQueuedFindingReports(background.db)).toBe(0);
  });

  it('waits longer after each failure, at most an hour', () => {
    expect([1, 2, 3, 4, 8, 20].map(retryDelayMinutes)).toEqual([0.5, 1, 2, 4, 60, 60]);
  });
});
