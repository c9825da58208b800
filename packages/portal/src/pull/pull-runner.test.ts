import { describe, expect, it } from 'vitest';
import type { ListingPage, PageReading } from '../types';
import { enumerateOtherPageUrls, pageKey } from './page-enumeration';
import { type FetchedPage, type PullOptions, runPull } from './pull-runner';
import { createPullState, listingComplete } from './pull-state';

/**
 * A fake portal: `pages` listing pages of `perPage` rows announcing `total`, bodies are JSON
 * so the fake reader needs no DOM. Records every request and the peak of concurrent ones.
 */
function fakePortal(
  total: number,
  perPage: number,
  opts: { failures?: Record<string, number>; missing?: string[] } = {},
) {
  const pages = Math.ceil(total / perPage);
  const requests: string[] = [];
  let inFlight = 0;
  let peak = 0;
  const failures = { ...opts.failures };
  const fetchPage = async (url: string): Promise<FetchedPage> => {
    requests.push(url);
    inFlight++;
    peak = Math.max(peak, inFlight);
    await new Promise((r) => setTimeout(r, 1));
    inFlight--;
    if ((failures[url] ?? 0) > 0) {
      failures[url]!--;
      return { url, status: 503, body: '' };
    }
    if (opts.missing?.includes(url)) return { url, status: 404, body: '' };
    const u = new URL(url);
    if (u.pathname === '/detail')
      return { url, status: 200, body: JSON.stringify({ detail: u.searchParams.get('code') }) };
    const n = Number(u.searchParams.get('page') ?? '1');
    const rows = Array.from({ length: Math.min(perPage, total - (n - 1) * perPage) }, (_, i) => {
      const code = `1.${String((n - 1) * perPage + i).padStart(6, '0')}`;
      return {
        code,
        rawCode: code,
        name: `Thủ tục ${code}`,
        text: code,
        detailUrl: `http://portal.test/detail?code=${code}`,
      };
    });
    const next = n < pages ? `http://portal.test/list?page=${n + 1}` : null;
    return { url, status: 200, body: JSON.stringify({ rows, total, next }) };
  };
  const readPage: PullOptions['readPage'] = (body) => {
    const data = JSON.parse(body);
    if (data.detail) {
      const reading = {
        kind: 'detail',
        procedure: { name: data.detail },
        fieldsShown: [],
      } as unknown as PageReading;
      return { adapterId: 'fake', reading };
    }
    const reading: ListingPage = {
      kind: 'listing',
      rows: data.rows,
      rowSelector: null,
      total: data.total,
      nextPageUrl: data.next,
      scope: {},
    };
    return { adapterId: 'fake', reading };
  };
  return { fetchPage, readPage, requests, peak: () => peak };
}

const noSleep = async () => {};
const START = 'http://portal.test/list';

describe('enumerateOtherPageUrls', () => {
  it('lists every other page from a first page without a page parameter', () => {
    expect(enumerateOtherPageUrls(START, `${START}?page=2`, 120, 50)).toEqual([
      `${START}?page=2`,
      `${START}?page=3`,
    ]);
  });
  it('keeps other parameters and handles 0-based paging', () => {
    const urls = enumerateOtherPageUrls(`${START}?q=x&p=0`, `${START}?q=x&p=1`, 30, 10);
    expect(urls).toEqual([`${START}?q=x&p=1`, `${START}?q=x&p=2`]);
  });
  it('spells one page one way whatever the query encoding and order', () => {
    expect(pageKey(`${START}?field=H%E1%BB%99%20t%E1%BB%8Bch&page=2`)).toBe(
      pageKey(`${START}?page=2&field=H%E1%BB%99+t%E1%BB%8Bch`),
    );
    expect(pageKey(`${START}?page=2`)).not.toBe(pageKey(`${START}?page=3`));
  });

  it('refuses links it cannot count (different path, no numeric step)', () => {
    expect(enumerateOtherPageUrls(START, 'http://portal.test/other?page=2', 100, 10)).toBeNull();
    expect(enumerateOtherPageUrls(`${START}?page=1`, `${START}?page=3`, 100, 10)).toBeNull();
  });
});

describe('runPull', () => {
  it('reads every page exactly once, within the concurrency limit', async () => {
    const portal = fakePortal(430, 50);
    const state = await runPull(createPullState(START, false, '2026-01-01T00:00:00Z'), {
      ...portal,
      concurrency: 3,
      delayMs: 0,
      sleep: noSleep,
    });
    expect(state.status).toBe('done');
    expect(state.pages).toHaveLength(9);
    expect(new Set(portal.requests).size).toBe(portal.requests.length);
    expect(portal.peak()).toBeLessThanOrEqual(3);
    expect(portal.peak()).toBeGreaterThan(1);
    expect(state.pages.flatMap((p) => p.rows)).toHaveLength(430);
    expect(state.total).toBe(430);
    expect(listingComplete(state)).toBe(true);
  });

  it('retries busy answers with back-off and gives up after the retries', async () => {
    const waits: number[] = [];
    const portal = fakePortal(100, 50, { failures: { [`${START}?page=2`]: 2 } });
    const state = await runPull(createPullState(START, false, 'now'), {
      ...portal,
      delayMs: 0,
      retries: 3,
      backoffMs: 100,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(state.pages.every((p) => p.status === 'done')).toBe(true);
    expect(waits).toEqual([100, 200]);

    const hopeless = fakePortal(100, 50, { failures: { [`${START}?page=2`]: 10 } });
    const failed = await runPull(createPullState(START, false, 'now'), {
      ...hopeless,
      retries: 2,
      sleep: noSleep,
      delayMs: 0,
    });
    const page2 = failed.pages.find((p) => p.url.endsWith('page=2'))!;
    expect(page2).toMatchObject({ status: 'failed', attempts: 3, error: 'HTTP 503' });
    expect(listingComplete(failed)).toBe(false);
  });

  it('does not retry a page that does not exist', async () => {
    const portal = fakePortal(100, 50, { missing: [`${START}?page=2`] });
    const state = await runPull(createPullState(START, false, 'now'), {
      ...portal,
      sleep: noSleep,
      delayMs: 0,
    });
    expect(state.pages[1]).toMatchObject({ status: 'failed', attempts: 1, error: 'HTTP 404' });
  });

  it('stops when cancelled and resumes without fetching a done page again', async () => {
    const portal = fakePortal(500, 50);
    const controller = new AbortController();
    const saved: string[] = [];
    const first = await runPull(createPullState(START, true, 'now'), {
      ...portal,
      concurrency: 1,
      delayMs: 0,
      sleep: noSleep,
      signal: controller.signal,
      saveState: (s) => {
        saved.push(JSON.stringify(s));
      },
      onProgress: (p) => {
        if (p.done === 4) controller.abort();
      },
    });
    expect(first.status).toBe('cancelled');
    const done = first.pages.filter((p) => p.status === 'done').map((p) => p.url);
    expect(done).toHaveLength(4);
    // The persisted state is what resumes: a fresh process would load it from disk.
    const restored = JSON.parse(saved.at(-1)!);
    const before = portal.requests.length;
    const resumed = await runPull(restored, { ...portal, concurrency: 2, delayMs: 0, sleep: noSleep });
    expect(resumed.status).toBe('done');
    const refetched = portal.requests.slice(before).filter((u) => done.includes(u));
    expect(refetched).toEqual([]);
    expect(resumed.details).toHaveLength(500);
    expect(resumed.details.every((d) => d.status === 'done')).toBe(true);
  });
});
