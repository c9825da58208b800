import 'fake-indexeddb/auto';
import { makeProcedureFields } from '@niemyet/core';
import { getAudit, getPull, putCurrentSnapshot, savePull } from '@niemyet/db';
import { createPullState, type PullState } from '@niemyet/portal';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { row, testSnapshot } from '../testing/catalogue';
import { PULL_WATCHDOG_ALARM, PullService } from './pull-service';
import { FAST_LIMITS, type TestBackground, testBackground } from './test-background';

const BASE = 'https://dichvucong.gov.vn/p/home/dvc-tthc.html';
const page = (n: number) => (n === 1 ? BASE : `${BASE}?pageIndex=${n}`);

function listing(n: number, rows: ReturnType<typeof row>[], last = false) {
  return JSON.stringify({
    kind: 'listing',
    rows,
    rowSelector: null,
    total: null,
    nextPageUrl: last ? null : page(n + 1),
    scope: {},
  });
}

function detail(code: string, name: string, processingTime: string) {
  return JSON.stringify({
    kind: 'detail',
    procedure: { ...makeProcedureFields({ code, name, processingTime }), rawCode: code, portalId: null },
    fieldsShown: ['code', 'name', 'processingTime'],
  });
}

/** A portal of two listing pages and two detail pages, recording every request. */
function fakePortal(bodies: Record<string, string | (() => Promise<Response>)>) {
  const requests: { url: string; credentials: RequestCredentials | undefined }[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    requests.push({ url, credentials: init?.credentials });
    const body = bodies[url];
    if (typeof body === 'function') return body();
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(body, { status: 200 });
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

const PORTAL = {
  [page(1)]: listing(1, [row('1.000001', 'Đăng ký khai sinh', { detailUrl: `${BASE}/d1` })]),
  [page(2)]: listing(2, [row('1.000003', 'Đăng ký lại khai sinh', { detailUrl: `${BASE}/d3` })], true),
  [`${BASE}/d1`]: detail('1.000001', 'Đăng ký khai sinh', '7 Ngày làm việc'),
  [`${BASE}/d3`]: detail('1.000003', 'Đăng ký lại khai sinh', '3 Ngày'),
};

async function withCatalogue(background: TestBackground) {
  await putCurrentSnapshot(background.db, testSnapshot(), { source: 'file', origin: null, importedAt: 'T' });
}

describe('pulls in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads every page and detail with the user session, then audits with "missing" findings', async () => {
    const portal = fakePortal(PORTAL);
    const background = testBackground({ fetch: portal.fetch });
    await withCatalogue(background);
    const started = await background.pulls.start(BASE, true);
    expect(started.status).toBe('running');
    expect(await fakeBrowser.alarms.get(PULL_WATCHDOG_ALARM)).toBeDefined();
    await background.pulls.idle();

    const summary = (await background.pulls.get(started.id))!;
    expect(summary).toMatchObject({
      status: 'done',
      rows: 2,
      pages: { total: 2, done: 2, failed: 0 },
      details: { total: 2, done: 2, failed: 0 },
      listingComplete: true,
    });
    expect(portal.requests.every((r) => r.credentials === 'include')).toBe(true);
    expect(await fakeBrowser.alarms.get(PULL_WATCHDOG_ALARM)).toBeUndefined();

    const audit = (await getAudit(background.db, summary.auditId!))!;
    expect(audit.pullId).toBe(started.id);
    const byCode = Object.fromEntries(audit.findings.map((f) => [f.code, f.status]));
    // The detail page's processing time (7 days) differs from the catalogue's (5 days).
    expect(byCode).toEqual({ '1.000001': 'changed', '1.000003': 'abolished', '1.000002': 'missing' });
    expect(audit.findings[0]!.evidence?.text).toBe('1.000001 Đăng ký khai sinh');
  });

  it('resumes a pull a stopped worker left running, without fetching done pages again', async () => {
    const portal = fakePortal(PORTAL);
    const background = testBackground({ fetch: portal.fetch });
    await withCatalogue(background);
    const state: PullState = createPullState(BASE, false, 'T0');
    state.pages[0]!.status = 'done';
    state.pages[0]!.rows = [
      { code: '1.000001', rawCode: '1.000001', name: 'Đăng ký khai sinh', text: 'x', url: BASE },
    ];
    state.pages.push({ url: page(2), status: 'pending', attempts: 0, error: null, rows: [] });
    await savePull(background.db, {
      id: 'left-running',
      status: 'running',
      startUrl: BASE,
      startedAt: 'T0',
      updatedAt: 'T0',
      auditId: null,
      error: null,
      state,
    });

    // A new worker: a new service over the same database.
    const restarted = new PullService(background.deps, background.cache, async () => FAST_LIMITS);
    expect(await restarted.resumeInterrupted()).toEqual(['left-running']);
    await restarted.idle();
    expect(portal.requests.map((r) => r.url)).toEqual([page(2)]);
    const summary = (await restarted.get('left-running'))!;
    expect(summary).toMatchObject({ status: 'done', rows: 2, listingComplete: true });
    expect(summary.auditId).not.toBeNull();
  });

  it('cancels a running pull and resumes it later', async () => {
    let blocked = true;
    const portal = fakePortal(PORTAL);
    // Page 2 hangs until the pull is cancelled (a real fetch rejects when its signal aborts).
    const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      if (String(input) === page(2) && blocked) {
        portal.requests.push({ url: page(2), credentials: init?.credentials });
        return new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), {
            once: true,
          }),
        );
      }
      return portal.fetch(input, init);
    }) as typeof globalThis.fetch;
    const background = testBackground({ fetch }, { ...FAST_LIMITS, concurrency: 1 });
    await withCatalogue(background);
    const started = await background.pulls.start(BASE, false);
    while (!portal.requests.some((r) => r.url === page(2))) await new Promise((r) => setTimeout(r, 5));
    const cancelled = await background.pulls.cancel(started.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.pages).toEqual({ total: 2, done: 1, failed: 0, pending: 1 });
    expect((await getPull(background.db, started.id))?.status).toBe('cancelled');

    blocked = false;
    const resumed = await background.pulls.resume(started.id);
    expect(resumed.status).toBe('running');
    await background.pulls.idle();
    expect(await background.pulls.get(started.id)).toMatchObject({ status: 'done', rows: 2 });
  });

  it('records a portal that does not answer as a failed page with a clear error', async () => {
    const hang = (url: string) => async () => new Promise<Response>(() => void url);
    const portal = fakePortal({ [page(1)]: hang(page(1)) });
    // The fetch ignores the abort signal like a stuck connection; the timeout must still win.
    const fetchWithSignal = (async (input: string | URL | Request, init?: RequestInit) =>
      Promise.race([
        portal.fetch(input, init),
        new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true }),
        ),
      ])) as typeof globalThis.fetch;
    const background = testBackground({ fetch: fetchWithSignal }, { ...FAST_LIMITS, retries: 0 });
    const started = await background.pulls.start(BASE, false);
    await background.pulls.idle();
    const summary = (await background.pulls.get(started.id))!;
    expect(summary.status).toBe('done');
    expect(summary.failures).toMatchObject([
      {
        url: BASE,
        error: `No complete answer from the portal within 1 s: ${BASE}`,
        problem: { code: 'pull.timeout' },
      },
    ]);
    expect(summary.listingComplete).toBe(false);
    // No catalogue was imported: the pull says so rather than leaving no audit unexplained.
    expect(summary.error).toMatch(/No catalogue to audit against/);
  });

  it('stays on the portal: a redirect elsewhere and links elsewhere are reported, never fetched', async () => {
    const portal = fakePortal({
      [page(1)]: listing(1, [
        row('1.000001', 'Đăng ký khai sinh', { detailUrl: 'https://evil.example/d1' }),
        row('1.000003', 'Đăng ký lại khai sinh', { detailUrl: `${BASE}/d3` }),
      ]),
      [page(2)]: async () =>
        new Response(null, {
          status: 302,
          headers: { location: 'http://169.254.169.254/latest/meta-data/' },
        }),
      [`${BASE}/d3`]: detail('1.000003', 'Đăng ký lại khai sinh', '3 Ngày'),
    });
    const background = testBackground({ fetch: portal.fetch });
    await withCatalogue(background);
    const started = await background.pulls.start(BASE, true);
    await background.pulls.idle();
    const summary = (await background.pulls.get(started.id))!;
    expect(summary.failures).toMatchObject([
      {
        url: page(2),
        problem: {
          code: 'pull.redirect-off-origin',
          params: { to: 'http://169.254.169.254/latest/meta-data/' },
        },
      },
    ]);
    expect(summary.skippedLinks).toMatchObject([
      { code: 'pull.link-off-origin', params: { url: 'https://evil.example/d1', kind: 'detail' } },
    ]);
    expect(summary.listingComplete).toBe(false);
    expect(portal.requests.map((r) => r.url)).toEqual([page(1), page(2), `${BASE}/d3`]);
  });

  it('keeps the page cap a pull was started with', async () => {
    const endless: Record<string, string> = {};
    for (let n = 1; n <= 50; n++)
      endless[page(n)] = listing(n, [row(`1.${String(n).padStart(6, '0')}`, `Thủ tục ${n}`)]);
    const portal = fakePortal(endless);
    const background = testBackground({ fetch: portal.fetch });
    const started = await background.pulls.start(BASE, false, { maxPages: 4 });
    await background.pulls.idle();
    const summary = (await background.pulls.get(started.id))!;
    expect(portal.requests).toHaveLength(4);
    expect(summary.capped).toMatchObject({ code: 'pull.page-cap', params: { maxPages: 4 } });
    expect(summary.listingComplete).toBe(false);
  });
});
