import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCatalogueSnapshot } from '@niemyet/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCliAsync } from './run-cli';

/**
 * `niemyet pull` against hostile portals on local servers: the real CLI process must stop in
 * bounded time, say why in Vietnamese then English, and never reach a second origin.
 */

interface Local {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

const servers: Local[] = [];

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Local> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const local: Local = {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(local);
  return local;
}

function listingHtml(
  rows: number[],
  next: string | null,
  detail = (i: number) => `chi-tiet?id=${i}`,
): string {
  const body = rows
    .map(
      (i) =>
        `<tr><td>1.${String(i).padStart(6, '0')}</td><td><a href="${detail(i)}">Thủ tục số ${i}</a></td><td>Hộ tịch</td></tr>`,
    )
    .join('');
  const pager = next ? `<div class="pagination"><a rel="next" href="${next}">Sau</a></div>` : '';
  return `<html><body><table><thead><tr><th>Mã thủ tục</th><th>Tên thủ tục</th><th>Lĩnh vực</th></tr></thead><tbody>${body}</tbody></table>${pager}</body></html>`;
}

let dir: string;
let catalogue: string;
let runs = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'niemyet-pull-hostile-'));
  catalogue = join(dir, 'catalogue.json');
  const empty = buildCatalogueSnapshot(
    { asOf: '2025-06-01', active: new Map(), upcoming: [], abolished: [] },
    '2025-06-01T00:00:00.000Z',
  );
  writeFileSync(catalogue, JSON.stringify(empty));
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pull(url: string, ...extra: string[]) {
  const out = join(dir, `run-${++runs}`);
  const args = ['pull', url, '--catalogue', catalogue, '--out', out, '--delay', '0', '--retries', '0'];
  return { out, run: runCliAsync([...args, '--timeout', '300', ...extra]) };
}

/** Vietnamese first, then the English in brackets. */
function expectViThenEn(stderr: string, vi: string, en: string) {
  expect(stderr).toContain(vi);
  expect(stderr).toContain(en);
  expect(stderr.indexOf(vi)).toBeLessThan(stderr.indexOf(en));
}

describe('niemyet pull against hostile portals', () => {
  it('stops at a redirect to another origin, which receives nothing', async () => {
    const other = await serve((_, res) => res.end(listingHtml([1], null)));
    const portal = await serve((_, res) => res.writeHead(302, { location: `${other.origin}/list` }).end());
    const { run } = pull(`${portal.origin}/list`);
    const result = await run;
    expect(result.status).toBe(1);
    expectViThenEn(result.stderr, 'chuyển hướng sang máy chủ khác', 'redirected to another origin');
    expect(result.stderr).toContain(`${other.origin}/list`);
    expect(other.requests).toEqual([]);
  });

  it('reports next and detail links to another origin, fetching none of them', async () => {
    const other = await serve((_, res) => res.end(listingHtml([9], null)));
    const portal = await serve((_, res) =>
      res.end(listingHtml([1, 2], `${other.origin}/list?page=2`, (i) => `${other.origin}/chi-tiet?id=${i}`)),
    );
    const result = await pull(`${portal.origin}/list`, '--details').run;
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('3 liên kết không được tải (links not followed)');
    expectViThenEn(
      result.stderr,
      'Không tải liên kết sang máy chủ khác',
      'link to another origin was not fetched',
    );
    expect(other.requests).toEqual([]);
    expect(portal.requests).toEqual(['GET /list']);
  });

  it('stops endless paging at --max-pages and says the listing is incomplete', async () => {
    const portal = await serve((req, res) => {
      const n = Number(new URL(req.url ?? '/', portal.origin).searchParams.get('page') ?? '1');
      res.end(listingHtml([n * 10, n * 10 + 1], `?page=${n + 1}`));
    });
    const result = await pull(`${portal.origin}/list`, '--max-pages', '5').run;
    expect(result.status).toBe(1);
    expectViThenEn(result.stderr, 'Đã đạt giới hạn 5 trang', 'Stopped at the 5-page cap');
    expect(portal.requests).toHaveLength(5);
  });

  it('times out a silent portal and cuts an oversized page, naming both', async () => {
    const silent = await serve(() => {});
    const began = Date.now();
    const timedOut = await pull(`${silent.origin}/list`).run;
    expect(timedOut.status).toBe(1);
    expectViThenEn(timedOut.stderr, 'không trả lời xong trong 0.3 giây', 'within 0.3 s');
    expect(Date.now() - began).toBeLessThan(15_000);

    const huge = await serve((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body>');
      const filler = Buffer.alloc(64 * 1024, 'a');
      const timer = setInterval(() => res.write(filler), 1);
      res.on('close', () => clearInterval(timer));
    });
    const cut = await pull(`${huge.origin}/list`, '--max-bytes', '100000', '--timeout', '5000').run;
    expect(cut.status).toBe(1);
    expectViThenEn(cut.stderr, 'lớn hơn giới hạn', 'larger than the');
  });

  it('refuses a start URL that is not http(s)', async () => {
    const result = await pull('file:///etc/passwd').run;
    expect(result.status).toBe(2);
    expectViThenEn(
      result.stderr,
      'Chỉ tải địa chỉ http hoặc https',
      'Only http and https addresses are fetched',
    );
  });

  it('names a corrupt state file and the way out, and --restart starts over', async () => {
    const portal = await serve((_, res) => res.end(listingHtml([1, 2], null)));
    const out = join(dir, 'corrupt');
    mkdirSync(out);
    writeFileSync(join(out, 'pull-state.json'), '{"format":"niemyet.pull","ver');
    const args = ['pull', `${portal.origin}/list`, '--catalogue', catalogue, '--out', out, '--delay', '0'];
    const refused = await runCliAsync(args);
    expect(refused.status).toBe(1);
    expectViThenEn(refused.stderr, 'bị hỏng', 'is corrupt');
    expect(refused.stderr).toContain(join(out, 'pull-state.json'));
    expect(refused.stderr).toContain('--restart');
    expect(refused.stderr).not.toMatch(/\n\s+at /);

    const restarted = await runCliAsync([...args, '--restart']);
    expect(restarted.stderr).toBe('');
    expect(restarted.status).toBe(0);
  });
});
