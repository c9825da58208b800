import { afterEach, describe, expect, it } from 'vitest';
import { type LocalServer, startLocalServer, streamFiller } from '../testing/local-http';
import { guardedFetch } from './guarded-fetch';
import { createOriginPolicy } from './origin-policy';
import { PullError } from './pull-problem';

/**
 * The guarded fetch against real sockets: two local servers on two ports are two origins,
 * and the second one must never be reached unless allowed.
 */

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(handler: Parameters<typeof startLocalServer>[0]) {
  const started = await startLocalServer(handler);
  servers.push(started);
  return started;
}

const ok = () =>
  server((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`${req.method} ${req.url} ${req.body}`);
  });

/** Runs `action` and returns the PullError it rejects with, and how long that took. */
async function refusal(action: () => Promise<unknown>): Promise<{ error: PullError; ms: number }> {
  const started = Date.now();
  try {
    await action();
  } catch (error) {
    if (error instanceof PullError) return { error, ms: Date.now() - started };
    throw error;
  }
  throw new Error('expected a PullError');
}

const FAST = { fetch, timeoutMs: 300, maxBytes: 1024 * 1024 };

describe('guardedFetch: redirects', () => {
  it('stops at a redirect to another origin, which receives nothing', async () => {
    const other = await ok();
    const portal = await server((_, res) => {
      res.writeHead(302, { location: `${other.origin}/steal` });
      res.end();
    });
    const { error } = await refusal(() => guardedFetch(`${portal.origin}/list`, {}, FAST));
    expect(error.problem).toMatchObject({
      code: 'pull.redirect-off-origin',
      params: { from: `${portal.origin}/list`, to: `${other.origin}/steal` },
    });
    expect(error.retryable).toBe(false);
    expect(other.requests).toEqual([]);
  });

  it.each(['http://169.254.169.254/latest/meta-data/', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'refuses a redirect to %s',
    async (location) => {
      const portal = await server((_, res) => {
        res.writeHead(301, { location });
        res.end();
      });
      const { error } = await refusal(() => guardedFetch(`${portal.origin}/`, {}, FAST));
      expect(error.code).toBe('pull.redirect-off-origin');
    },
  );

  it('follows same-origin redirects; 303 (and 302 after POST) become GET without the body', async () => {
    const portal = await server((req, res) => {
      if (req.url === '/a') res.writeHead(303, { location: '/b' }).end();
      else if (req.url === '/c') res.writeHead(302, { location: '/b' }).end();
      else
        res.writeHead(200).end(`${req.method} ${req.url} [${req.body}] ${req.headers['content-type'] ?? ''}`);
    });
    for (const path of ['/a', '/c']) {
      const answer = await guardedFetch(
        `${portal.origin}${path}`,
        { method: 'POST', body: 'x=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
        FAST,
      );
      expect(answer).toMatchObject({ status: 200, url: `${portal.origin}/b`, body: 'GET /b [] ' });
    }
  });

  it('307 keeps method and body on the same origin, and refuses to resend them elsewhere', async () => {
    const other = await ok();
    const portal = await server((req, res) => {
      if (req.url === '/same') res.writeHead(307, { location: '/echo' }).end();
      else if (req.url === '/away') res.writeHead(308, { location: `${other.origin}/echo` }).end();
      else res.writeHead(200).end(`${req.method} ${req.body}`);
    });
    const same = await guardedFetch(`${portal.origin}/same`, { method: 'POST', body: 'k=v' }, FAST);
    expect(same.body).toBe('POST k=v');
    // Even with the other host allowed, a POST body is not sent to it.
    const policy = createOriginPolicy(portal.origin, ['127.0.0.1']);
    const { error } = await refusal(() =>
      guardedFetch(`${portal.origin}/away`, { method: 'POST', body: 'k=v' }, { ...FAST, policy }),
    );
    expect(error.code).toBe('pull.redirect-body-off-origin');
    expect(other.requests).toEqual([]);
  });

  it('follows a GET redirect to an allowed host', async () => {
    const other = await ok();
    const portal = await server((_, res) => {
      res.writeHead(302, { location: `${other.origin}/page` }).end();
    });
    const policy = createOriginPolicy(portal.origin, [new URL(other.origin).host]);
    const answer = await guardedFetch(`${portal.origin}/`, {}, { ...FAST, policy });
    expect(answer.body).toBe('GET /page ');
    expect(answer.redirects).toEqual([`${other.origin}/page`]);
  });

  it('bounds the number of redirects', async () => {
    const portal = await server((req, res) => {
      const n = Number(req.url?.slice(1)) || 0;
      res.writeHead(302, { location: `/${n + 1}` }).end();
    });
    const { error } = await refusal(() =>
      guardedFetch(`${portal.origin}/0`, {}, { ...FAST, maxRedirects: 3 }),
    );
    expect(error.problem).toMatchObject({ code: 'pull.too-many-redirects', params: { max: 3 } });
    expect(portal.requests).toHaveLength(4);
  });

  it('refuses a start URL that is not http(s) without fetching', async () => {
    let called = 0;
    const counting = async () => {
      called++;
      return new Response('');
    };
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'ftp://x.vn/']) {
      const { error } = await refusal(() => guardedFetch(url, {}, { ...FAST, fetch: counting }));
      expect(error.code).toBe('pull.scheme-refused');
    }
    expect(called).toBe(0);
  });
});

describe('guardedFetch: time and size', () => {
  it('times out on a server that accepts and never answers', async () => {
    const silent = await server(() => {
      // Never answers.
    });
    const { error, ms } = await refusal(() => guardedFetch(`${silent.origin}/`, {}, FAST));
    expect(error.problem).toMatchObject({ code: 'pull.timeout', params: { ms: 300 } });
    expect(error.retryable).toBe(true);
    expect(ms).toBeLessThan(2_000);
  });

  it('times out on a server that drips its body, headers already sent', async () => {
    const drip = await server((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('a'), 50);
      res.on('close', () => clearInterval(timer));
    });
    const { error, ms } = await refusal(() => guardedFetch(`${drip.origin}/`, {}, FAST));
    expect(error.code).toBe('pull.timeout');
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(2_000);
  });

  it('cuts a 200 MB answer at the cap while it streams, without reading it all', async () => {
    const huge = await server((_, res, self) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      streamFiller(res, self, 200 * 1024 * 1024);
    });
    const before = process.memoryUsage().rss;
    const { error, ms } = await refusal(() =>
      guardedFetch(`${huge.origin}/`, {}, { ...FAST, timeoutMs: 5_000, maxBytes: 1024 * 1024 }),
    );
    expect(error.problem).toMatchObject({ code: 'pull.too-large', params: { maxBytes: 1024 * 1024 } });
    expect(ms).toBeLessThan(5_000);
    // Give the server a moment to notice the closed socket, then count what it got out.
    await new Promise((r) => setTimeout(r, 100));
    expect(huge.written.bytes).toBeLessThan(32 * 1024 * 1024);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses a declared Content-Length over the cap before reading', async () => {
    const declared = await server((_, res, self) => {
      res.writeHead(200, { 'content-length': String(200 * 1024 * 1024) });
      streamFiller(res, self, 200 * 1024 * 1024);
    });
    const { error } = await refusal(() => guardedFetch(`${declared.origin}/`, {}, FAST));
    expect(error.code).toBe('pull.too-large');
  });

  it('reads an answer within the limits, multi-byte text intact across chunks', async () => {
    const text = 'Thủ tục hành chính — Đăng ký khai sinh. '.repeat(5_000);
    const portal = await server((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const bytes = Buffer.from(text, 'utf8');
      // Odd-sized pieces split UTF-8 sequences between chunks.
      for (let i = 0; i < bytes.length; i += 1_001) res.write(bytes.subarray(i, i + 1_001));
      res.end();
    });
    const answer = await guardedFetch(`${portal.origin}/`, {}, FAST);
    expect(answer.body).toBe(text);
    expect(answer.bytes).toBe(Buffer.byteLength(text));
  });

  it('rejects with the caller’s reason when the pull is cancelled', async () => {
    const silent = await server(() => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stopped by the user')), 50);
    await expect(
      guardedFetch(`${silent.origin}/`, {}, { ...FAST, timeoutMs: 5_000, signal: controller.signal }),
    ).rejects.toThrow('stopped by the user');
  });
});
