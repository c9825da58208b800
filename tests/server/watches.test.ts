import { createHmac } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { type AddressInfo, createServer } from 'node:net';
import { todayInVietnam } from '@niemyet/core';
import { type Client, type ServerProcess, startServerProcess } from '@niemyet/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PortalSimulator, startPortalSimulator } from '../portal-sim/server';
import { serverDatabases } from './server-databases';
import { loadSimCatalogue } from './sim-catalogue';
import { setUpUsers, signedIn, USERS } from './users';
import { expectedFindings, findingsOf, finishedRun, keysOf } from './watch-expectations';

/**
 * Portal watches end to end (issue 13): real server processes (PGlite, and PostgreSQL when
 * given) watch the portal simulator. The inbox must hold exactly the planted discrepancies a
 * listing shows (no false alarm); after the simulator "fixes" half of them a later run marks
 * exactly those fixed; a portal that does not answer gives one run-failed finding; a server
 * without `--allow-private-hosts` refuses the loopback portal.
 */

const databases = serverDatabases('watches');
const FAST = { NIEMYET_WATCH_TICK_MS: '200', NIEMYET_WATCH_DELAY_MS: '0' };

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

describe.each(databases)('portal watches on $label', (database) => {
  let sim: PortalSimulator;
  let server: ServerProcess;
  let remove: () => Promise<void> = async () => {};
  let admin: Client;
  let drafter: Client;

  beforeAll(async () => {
    sim = await startPortalSimulator({ port: 0, seed: 1, asOf: todayInVietnam() });
    const opened = await database.open();
    remove = opened.remove;
    server = await startServerProcess({ ...opened.options, env: FAST });
    admin = await setUpUsers(server);
    drafter = await signedIn(server.url, USERS.drafter);
    await loadSimCatalogue(sim, drafter);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await remove();
    await sim?.close();
  });

  it('finds exactly the planted discrepancies of both listings, then exactly the ones fixed', async () => {
    const nationalUrl = `${sim.url}/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=1&pageSize=100`;
    // An office's webhook receiver: it gets each run's new findings, signed with the watch's secret.
    const deliveries: { body: string; signature: string | undefined }[] = [];
    const receiver = createHttpServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += String(chunk);
      });
      req.on('end', () => {
        deliveries.push({ body, signature: req.headers['x-niemyet-signature'] as string | undefined });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    const webhook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const national = await admin.post('/api/watches', { url: nationalUrl, name: 'Cổng quốc gia', webhook });
    expect(national.status, JSON.stringify(national.body)).toBe(201);
    expect(national.body.webhookSecret).toEqual(expect.any(String));
    const field = sim.manifest.listings.provincial.scopeFields![0]!;
    const provincial = await admin.post('/api/watches', {
      url: `${sim.url}${sim.manifest.listings.provincial.url}`,
      name: 'Cổng tỉnh',
      scope: { field },
      // A one-minute schedule: the scheduler queues it; run-now makes the test not wait a minute.
      schedule: { kind: 'every', minutes: 1 },
    });
    expect(provincial.status).toBe(201);
    // A drafter reads watches but does not make them.
    expect((await drafter.post('/api/watches', { url: nationalUrl })).status).toBe(403);
    expect((await drafter.post(`/api/watches/${national.body.id}/runs`)).status).toBe(403);

    const runs = await Promise.all(
      [national.body.id, provincial.body.id].map(async (id: string) => {
        const queued = await admin.post(`/api/watches/${id}/runs`);
        expect(queued.status).toBe(202);
        // One live run per watch: asking again answers the same run.
        expect((await admin.post(`/api/watches/${id}/runs`)).body.runId).toBe(queued.body.runId);
        return finishedRun(drafter, id, queued.body.runId);
      }),
    );
    for (const run of runs)
      expect(run).toMatchObject({ state: 'done', auditedOn: todayInVietnam(), problem: null });

    const nationalFound = await findingsOf(drafter, `watch=${national.body.id}`);
    expect(keysOf(nationalFound.findings)).toEqual(expectedFindings(sim, 'national'));
    const provincialFound = await findingsOf(drafter, `watch=${provincial.body.id}`);
    expect(keysOf(provincialFound.findings)).toEqual(expectedFindings(sim, 'provincial', field));
    expect(nationalFound.findings.every((f) => f.state === 'open')).toBe(true);
    for (let i = 0; i < 100 && deliveries.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(deliveries).toHaveLength(1);
    const delivered = deliveries[0]!;
    expect(delivered.signature).toBe(
      `sha256=${createHmac('sha256', national.body.webhookSecret).update(delivered.body).digest('hex')}`,
    );
    expect(JSON.parse(delivered.body).opened).toHaveLength(nationalFound.total);
    receiver.close();

    // The portal's owner fixes every other one of the discrepancies a fix can show.
    const fixable = nationalFound.findings.filter((f) =>
      ['changed', 'abolished-but-listed', 'not-in-catalogue', 'missing'].includes(f.kind),
    );
    const toFix = fixable.filter((_, i) => i % 2 === 0);
    expect(toFix.length).toBeGreaterThan(5);
    expect(
      sim
        .fix(
          'national',
          toFix.map((f) => f.code!),
        )
        .sort(),
    ).toEqual(toFix.map((f) => f.code!).sort());

    const again = await admin.post(`/api/watches/${national.body.id}/runs`);
    const second = await finishedRun(admin, national.body.id, again.body.runId);
    expect(second.state).toBe('done');
    expect(second.findings.fixed).toBe(toFix.length);
    const fixed = await findingsOf(drafter, `watch=${national.body.id}&state=fixed`);
    expect(fixed.findings.map((f) => f.id).sort()).toEqual(toFix.map((f) => f.id).sort());
    const open = await findingsOf(drafter, `watch=${national.body.id}&state=open`);
    expect(open.total).toBe(nationalFound.total - toFix.length);

    // Sightings: the ones still wrong were seen twice.
    const still = open.findings[0]!;
    const detail = await drafter.get(`/api/findings/${still.id}`);
    expect(detail.body.sightings).toHaveLength(2);
    expect(detail.body.sightings[0]).toMatchObject({ source: 'watch', watchId: national.body.id });

    // The watch list says what it knows.
    const list = await drafter.get('/api/watches');
    const listed = list.body.watches.find((w: { id: string }) => w.id === national.body.id);
    expect(listed).toMatchObject({
      name: 'Cổng quốc gia',
      openFindings: open.total,
      lastRun: { state: 'done' },
    });
    // Paused, a watch has no next run; a drafter cannot change it.
    expect((await drafter.patch(`/api/watches/${provincial.body.id}`, { paused: true })).status).toBe(403);
    const paused = await admin.patch(`/api/watches/${provincial.body.id}`, {
      paused: true,
      name: 'Cổng tỉnh (tạm dừng)',
    });
    expect(paused.body).toMatchObject({
      paused: true,
      nextRunAt: null,
      name: 'Cổng tỉnh (tạm dừng)',
      scope: { field },
    });
  }, 300_000);

  it('records a portal that does not answer as one run-failed finding', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/p/home/dvc-tthc-thu-tuc-hanh-chinh.html`;
    const created = await admin.post('/api/watches', { url, name: 'Cổng tắt' });
    expect(created.status).toBe(201);
    for (let i = 0; i < 2; i++) {
      const queued = await admin.post(`/api/watches/${created.body.id}/runs`);
      const run = await finishedRun(admin, created.body.id, queued.body.runId);
      expect(run.state).toBe('failed');
      expect(run.problem.code).toBe('pull.network');
    }
    const found = await findingsOf(admin, `watch=${created.body.id}`);
    expect(found.findings).toHaveLength(1);
    expect(found.findings[0]).toMatchObject({ kind: 'run-failed', state: 'open', name: 'Cổng tắt' });
    expect((await admin.get(`/api/findings/${found.findings[0]!.id}`)).body.sightings).toHaveLength(2);
  }, 120_000);

  it('refuses loopback and private hosts unless started with --allow-private-hosts', async () => {
    const strict = await startServerProcess({ allowPrivateHosts: false });
    try {
      const strictAdmin = await setUpUsers(strict);
      for (const url of [
        `${sim.url}/p/home/x.html`,
        'http://10.0.0.1/',
        'http://[::1]:8080/',
        'http://169.254.169.254/',
      ]) {
        const refused = await strictAdmin.post('/api/watches', { url });
        expect(refused.status, url).toBe(422);
        expect(refused.body.code).toBe('host-not-allowed');
      }
    } finally {
      await strict.stop();
    }
  }, 60_000);
});
