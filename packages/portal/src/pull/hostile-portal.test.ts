import { afterEach, describe, expect, it } from 'vitest';
import { linkedomDocument } from '../dom/test-documents';
import { readPage } from '../read-page';
import { type LocalServer, startLocalServer } from '../testing/local-http';
import { createPullFetcher } from './pull-fetcher';
import { runPull } from './pull-runner';
import { createPullState, listingComplete, type PullState } from './pull-state';

/**
 * Whole pulls against lying, endless and hostile portals on real local servers, read by the
 * real generic reader: each must end in bounded time, say why, and never leave its origin.
 */

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function portal(page: (n: number, url: URL) => string | null) {
  const started = await startLocalServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const body = page(Number(url.searchParams.get('page') ?? '1'), url);
    if (body === null) res.writeHead(404).end('not found');
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  servers.push(started);
  return started;
}

const code = (i: number) => `1.${String(i).padStart(6, '0')}`;

/** A provincial listing page the generic reader understands. */
function listingHtml(options: {
  rows: number[];
  detail?: (i: number) => string;
  next?: string | null;
  total?: string;
}): string {
  const rows = options.rows
    .map(
      (i) =>
        `<tr><td>${code(i)}</td><td><a href="${options.detail?.(i) ?? `chi-tiet?id=${i}`}">Thủ tục số ${i}</a></td><td>Hộ tịch</td></tr>`,
    )
    .join('');
  const total = options.total ? `<p>Tìm thấy ${options.total} thủ tục</p>` : '';
  const next = options.next ? `<a rel="next" href="${options.next}">Sau</a>` : '';
  return `<html><body><div>${total}<table><thead><tr><th>Mã thủ tục</th><th>Tên thủ tục</th><th>Lĩnh vực</th></tr></thead><tbody>${rows}</tbody></table></div><div class="pagination">${next}</div></body></html>`;
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

function pull(
  startUrl: string,
  options: { maxPages?: number; withDetails?: boolean; allowHosts?: string[] } = {},
) {
  const state = createPullState(startUrl, options.withDetails ?? false, '2026-01-01T00:00:00Z');
  return runPull(state, {
    fetchPage: createPullFetcher({
      fetch,
      startUrl,
      timeoutMs: 300,
      maxBytes: 1024 * 1024,
      allowHosts: options.allowHosts,
    }),
    readPage: (body, url) => readPage(linkedomDocument(body), url),
    maxPages: options.maxPages,
    allowHosts: options.allowHosts,
    concurrency: 2,
    delayMs: 0,
    retries: 0,
    sleep: async () => {},
  });
}

const rowCount = (state: PullState) => state.pages.reduce((n, p) => n + p.rows.length, 0);

describe('a pull stays on the portal it was given', () => {
  it('reports next and detail links to another origin instead of fetching them', async () => {
    const other = await portal(() => listingHtml({ rows: [99] }));
    const start = await portal(() =>
      listingHtml({
        rows: range(1, 3),
        detail: (i) => `${other.origin}/chi-tiet?id=${i}`,
        next: `${other.origin}/list?page=2`,
      }),
    );
    const state = await pull(`${start.origin}/list`, { withDetails: true });
    expect(state.status).toBe('done');
    expect(state.pages).toHaveLength(1);
    expect(state.details).toHaveLength(0);
    expect(state.skipped!.map((s) => [s.code, s.params.kind, s.params.url])).toEqual([
      ['pull.link-off-origin', 'next', `${other.origin}/list?page=2`],
      ...range(1, 3).map((i) => ['pull.link-off-origin', 'detail', `${other.origin}/chi-tiet?id=${i}`]),
    ]);
    expect(other.requests).toEqual([]);
  });

  it('follows them when their host is allowed', async () => {
    const other = await portal(() => listingHtml({ rows: [99] }));
    const start = await portal(() => listingHtml({ rows: range(1, 3), next: `${other.origin}/list?page=2` }));
    const state = await pull(`${start.origin}/list`, { allowHosts: [new URL(other.origin).host] });
    expect(state.pages.map((p) => p.status)).toEqual(['done', 'done']);
    expect(other.requests).toHaveLength(1);
  });

  it('never fetches javascript: or file: links, however they are spelt', async () => {
    const start = await portal(() =>
      listingHtml({
        rows: range(1, 3),
        detail: (i) => (i % 2 ? 'java&#9;script:open(1)' : '&#1;file:///etc/passwd'),
        next: ' javascript:__go(2)',
      }),
    );
    const state = await pull(`${start.origin}/list`, { withDetails: true });
    expect(state.status).toBe('done');
    expect(state.pages).toHaveLength(1);
    expect(state.details).toHaveLength(0);
    expect(start.requests.map((r) => r.url)).toEqual(['/list']);
  });

  it('refuses a start URL that is not http(s)', async () => {
    const state = await pull('file:///etc/passwd');
    expect(state.pages[0]).toMatchObject({ status: 'failed', problem: { code: 'pull.scheme-refused' } });
  });
});

describe('a lying or endless portal cannot hang a pull', () => {
  it('a billion-result claim: pages that end end the listing', async () => {
    const start = await portal((n) =>
      n <= 3
        ? listingHtml({ rows: range(n * 10, 10), total: '1.000.000.000', next: `?page=${n + 1}` })
        : listingHtml({ rows: [], total: '1.000.000.000' }),
    );
    const began = Date.now();
    const state = await pull(`${start.origin}/list`);
    expect(Date.now() - began).toBeLessThan(5_000);
    expect(state.total).toBe(1_000_000_000);
    expect(rowCount(state)).toBe(30);
    expect(state.ended).toMatchObject({ code: 'pull.no-new-rows' });
    // Page 4 ends it; at most one more was already on its way.
    expect(start.requests.length).toBeLessThanOrEqual(5);
    expect(state.pages.length).toBeLessThanOrEqual(2_000);
    expect(state.capped).toBeNull();
  });

  it('endless paging stops at the page cap, and the listing is not complete', async () => {
    const start = await portal((n) => listingHtml({ rows: range(n * 10, 10), next: `?page=${n + 1}` }));
    const state = await pull(`${start.origin}/list`, { maxPages: 15 });
    expect(start.requests).toHaveLength(15);
    expect(state.capped).toMatchObject({ code: 'pull.page-cap', params: { maxPages: 15 } });
    expect(listingComplete(state)).toBe(false);
  });

  it('endless paging with a huge total is capped without planning a billion pages', async () => {
    const start = await portal((n) =>
      listingHtml({ rows: range(n * 10, 10), total: '1.000.000.000', next: `?page=${n + 1}` }),
    );
    const state = await pull(`${start.origin}/list`, { maxPages: 25 });
    expect(state.pages).toHaveLength(25);
    expect(start.requests).toHaveLength(25);
    expect(state.capped).toMatchObject({ code: 'pull.page-cap' });
  });

  it('repeating pages end the listing', async () => {
    const start = await portal((n) => listingHtml({ rows: range(1, 10), next: `?page=${n + 1}` }));
    const state = await pull(`${start.origin}/list`);
    expect(start.requests).toHaveLength(2);
    expect(state.ended).toMatchObject({
      code: 'pull.page-repeated',
      params: { url: `${start.origin}/list?page=2`, sameAs: `${start.origin}/list` },
    });
    expect(rowCount(state)).toBe(10);
  });

  it('a silent page fails with a timeout, the pull still ends', async () => {
    const start = await startLocalServer((req, res) => {
      if (req.url === '/list') res.writeHead(200).end(listingHtml({ rows: range(1, 3), next: '?page=2' }));
      // page 2: accepted, never answered
    });
    servers.push(start);
    const began = Date.now();
    const state = await pull(`${start.origin}/list`);
    expect(Date.now() - began).toBeLessThan(3_000);
    expect(state.pages[1]).toMatchObject({ status: 'failed', problem: { code: 'pull.timeout' } });
    expect(listingComplete(state)).toBe(false);
  });
});
