import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { todayInVietnam } from '@niemyet/core';
import { type ServerProcess, startServerProcess } from '@niemyet/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PortalSimulator, startPortalSimulator } from '../portal-sim/server';
import { serverDatabases } from './server-databases';
import { setUpUsers, signedIn, USERS } from './users';

/**
 * `kill -9` of a server in the middle of a watch's pull (issue 13): after a restart on the same
 * database the run is taken over once its lease lapses and resumes from its saved pull state —
 * the pages read before the kill are not fetched again — and ends with the same findings.
 * A counting proxy in front of the simulator tells how many pages each server fetched.
 */

const databases = serverDatabases('resume');
// Saved by pages only (no interval): the kill comes after 10 pages, and the assertions below
// count on a save at most 5 pages before it.
const ENV = {
  NIEMYET_WATCH_TICK_MS: '200',
  NIEMYET_WATCH_DELAY_MS: '250',
  NIEMYET_WATCH_LEASE_MS: '2000',
  NIEMYET_WATCH_SAVE_MS: '0',
};

function countingProxy(
  target: string,
): Promise<{ url: string; count: () => number; reset: () => void; server: Server }> {
  let requests = 0;
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    requests++;
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        count: () => requests,
        reset: () => {
          requests = 0;
        },
        server,
      }),
    ),
  );
}

describe.each(databases)('a watch run killed mid-pull on $label', (database) => {
  let sim: PortalSimulator;
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  let server: ServerProcess | null = null;
  let remove: () => Promise<void> = async () => {};

  beforeAll(async () => {
    sim = await startPortalSimulator({ port: 0, seed: 1, asOf: todayInVietnam() });
    proxy = await countingProxy(sim.url);
  });

  afterAll(async () => {
    await server?.kill();
    await remove();
    await new Promise((r) => proxy?.server.close(r));
    await sim?.close();
  });

  it('resumes from the saved pull state after a restart', async () => {
    const opened = await database.open();
    remove = opened.remove;
    server = await startServerProcess({ ...opened.options, env: ENV });
    await setUpUsers(server);
    const admin = await signedIn(server.url, USERS.admin);
    const watch = await admin.post('/api/watches', {
      url: `${proxy.url}/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=1&pageSize=50`,
    });
    expect(watch.status).toBe(201);
    const queued = await admin.post(`/api/watches/${watch.body.id}/runs`);
    const runPath = `/api/watches/${watch.body.id}/runs/${queued.body.runId}`;
    // Wait for a saved state with some pages in it, then kill the server outright.
    const until = Date.now() + 60_000;
    for (;;) {
      const run = await admin.get(runPath);
      expect(run.body.state).not.toBe('done');
      if (run.body.progress.pages >= 10) break;
      if (Date.now() > until) throw new Error('the run made no progress');
      await new Promise((r) => setTimeout(r, 100));
    }
    await server.kill();
    const total = Math.ceil(sim.manifest.listings.national.total / 50);
    expect(proxy.count()).toBeLessThan(total);
    proxy.reset();

    server = await startServerProcess({ ...opened.options, env: ENV });
    expect(server.setupToken).toBeNull();
    const again = await signedIn(server.url, USERS.admin);
    const finishBy = Date.now() + 120_000;
    let run: { state: string; findings: { opened: number }; progress: { pages: number } };
    for (;;) {
      const reply = await again.get(runPath).catch((error) => {
        // A poll racing the server's keep-alive close is asked again; a server that died is not.
        const child = server!.child;
        if (child.exitCode === null && child.signalCode === null) return null;
        throw new Error(
          `the restarted server stopped (exit ${child.exitCode}, ${child.signalCode}): ${String(error)}\n${server!.output()}`,
        );
      });
      if (reply === null) {
        if (Date.now() > finishBy) throw new Error('the restarted server stopped answering');
        continue;
      }
      run = reply.body;
      if (run.state === 'done' || run.state === 'failed') break;
      if (Date.now() > finishBy) throw new Error(`run still ${run.state}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(run.state).toBe('done');
    // Only the pages not saved before the kill were fetched again (at most the last save's gap).
    expect(proxy.count()).toBeGreaterThan(0);
    expect(proxy.count()).toBeLessThanOrEqual(total - 10 + 5);
    // The whole listing was read once over both servers, and what it found was recorded once:
    // the catalogue is empty here, so every procedure listed is a finding with one sighting.
    expect(run.progress.pages).toBe(total);
    const found = await again.get(`/api/findings?watch=${watch.body.id}&limit=1000`);
    expect(found.body.total).toBe(run.findings.opened);
    expect(found.body.total).toBeGreaterThan(2_000);
    expect(found.body.findings.every((f: { sightings: number }) => f.sightings === 1)).toBe(true);
  }, 240_000);
});
