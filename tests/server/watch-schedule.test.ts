import { todayInVietnam } from '@niemyet/core';
import { type Client, type ServerProcess, startServerProcess } from '@niemyet/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PortalSimulator, startPortalSimulator } from '../portal-sim/server';
import { serverDatabases } from './server-databases';
import { loadSimCatalogue } from './sim-catalogue';
import { setUpUsers, signedIn, USERS } from './users';
import { expectedFindings, findingsOf, finishedRun, keysOf } from './watch-expectations';

/**
 * The scheduler end to end (issue 13): nobody presses «Chạy ngay». A watch "every minute", on a
 * server whose minute is shortened to a second for the test, is queued by the scheduler, runs,
 * finds exactly the planted discrepancies of its scope, and runs again on its own; each later run
 * is a new sighting of the same findings, not new findings.
 */

const databases = serverDatabases('schedule');
const SHORT_MINUTE = {
  NIEMYET_WATCH_TICK_MS: '100',
  NIEMYET_WATCH_DELAY_MS: '0',
  NIEMYET_WATCH_MINUTE_MS: '1000',
};

interface WatchView {
  nextRunAt: string | null;
  lastRun: { id: string; state: string; trigger: string } | null;
}

/** The watch once its latest run is a finished scheduled one other than `after`. */
async function nextScheduledRun(client: Client, watchId: string, after: string | null) {
  const until = Date.now() + 150_000;
  for (;;) {
    const reply = await client.get('/api/watches');
    const watch = (reply.body.watches as (WatchView & { id: string })[]).find((w) => w.id === watchId)!;
    const run = watch.lastRun;
    if (run && run.id !== after && run.trigger === 'schedule')
      return finishedRun(client, watchId, run.id) as Promise<{ id: string; state: string; trigger: string }>;
    if (Date.now() > until) throw new Error(`no scheduled run of ${watchId} after ${after}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.each(databases)('the watch scheduler on $label', (database) => {
  let sim: PortalSimulator;
  let server: ServerProcess;
  let remove: () => Promise<void> = async () => {};
  let admin: Client;

  beforeAll(async () => {
    sim = await startPortalSimulator({ port: 0, seed: 1, asOf: todayInVietnam() });
    const opened = await database.open();
    remove = opened.remove;
    server = await startServerProcess({ ...opened.options, env: SHORT_MINUTE });
    admin = await setUpUsers(server);
    await loadSimCatalogue(sim, await signedIn(server.url, USERS.drafter));
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await remove();
    await sim?.close();
  });

  it('queues a watch on its schedule, finds the planted discrepancies, and sees them again on the next run', async () => {
    const field = sim.manifest.listings.provincial.scopeFields![0]!;
    const created = await admin.post('/api/watches', {
      url: `${sim.url}${sim.manifest.listings.provincial.url}`,
      name: 'Cổng tỉnh, mỗi phút',
      scope: { field },
      schedule: { kind: 'every', minutes: 1 },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;

    const first = await nextScheduledRun(admin, id, null);
    expect(first).toMatchObject({ state: 'done', trigger: 'schedule' });
    const found = await findingsOf(admin, `watch=${id}`);
    expect(keysOf(found.findings)).toEqual(expectedFindings(sim, 'provincial', field));
    expect(found.total).toBeGreaterThan(0);

    const second = await nextScheduledRun(admin, id, first.id);
    expect(second).toMatchObject({ state: 'done', trigger: 'schedule' });
    const again = await findingsOf(admin, `watch=${id}`);
    expect(again.total).toBe(found.total);
    const detail = await admin.get(`/api/findings/${again.findings[0]!.id}`);
    expect(detail.body.sightings.length).toBeGreaterThanOrEqual(2);

    // Paused, the scheduler leaves it alone.
    const paused = await admin.patch(`/api/watches/${id}`, { paused: true });
    expect(paused.body).toMatchObject({ paused: true, nextRunAt: null });
  }, 300_000);
});
