import { todayInVietnam } from '@niemyet/core';
import { type Client, type ServerProcess, startServerProcess } from '@niemyet/server/testing';
import { type PortalSimulator, startPortalSimulator } from '../../portal-sim/server';
import { type ServerDatabase, serverDatabases } from '../../server/server-databases';
import { loadSimCatalogue } from '../../server/sim-catalogue';
import { setUpUsers, signedIn, USERS } from '../../server/users';
import { defineBenchCases } from '../harness';
import { peakMemoryMb } from '../peak-memory';

/**
 * A portal watch with details over the portal simulator's national listing (2,342 rows over
 * 47 pages, and each row's detail page), run now on a real server process started with
 * `--allow-private-hosts`, on both databases (PostgreSQL when NIEMYET_TEST_DATABASE_URL names
 * one): the time from "run now" until the run reads `done`, and the server's peak resident
 * memory before and after. No pause between the watch's requests (NIEMYET_WATCH_DELAY_MS=0),
 * so the figure is the server's own work, not its politeness towards a real portal. Two runs:
 * the first opens every finding, the second sees them again (the nightly case), and each is a
 * whole pull of thousands of pages, so a median of more is not worth the machine's time.
 */

const ENV = { NIEMYET_WATCH_TICK_MS: '50', NIEMYET_WATCH_DELAY_MS: '0' };
const POLL_MS = 50;
const RUN_TIMEOUT_MS = 600_000;

interface Context {
  sim: PortalSimulator;
  server: ServerProcess;
  admin: Client;
  watchId: string;
  peakBeforeMb: number;
  remove(): Promise<void>;
}

interface RunResult {
  ms: number;
  /** The server's own account of the run, from its start to its end (queueing left out). */
  serverMs: number;
  pages: number;
  rows: number;
  findings: { opened: number; seen: number; fixed: number };
  peakMb: number;
}

function watchRunCase(database: ServerDatabase) {
  let runs = 0;
  const results: RunResult[] = [];
  return {
    name: `watch run (${database.label}): national listing of the portal simulator with details, run now until done`,
    warmups: 0,
    iterations: 2,
    async setup(): Promise<Context> {
      const sim = await startPortalSimulator({ port: 0, seed: 1, asOf: todayInVietnam() });
      const opened = await database.open();
      const server = await startServerProcess({ ...opened.options, env: ENV });
      const admin = await setUpUsers(server);
      await loadSimCatalogue(sim, await signedIn(server.url, USERS.drafter));
      const created = await admin.post('/api/watches', {
        url: `${sim.url}${sim.manifest.listings.national.url}`,
        name: 'Cổng Dịch vụ công quốc gia (mô phỏng)',
        details: true,
      });
      if (created.status !== 201)
        throw new Error(`watch: HTTP ${created.status} ${JSON.stringify(created.body)}`);
      return {
        sim,
        server,
        admin,
        watchId: created.body.id,
        peakBeforeMb: peakMemoryMb(server.child.pid!),
        async remove() {
          await server.stop();
          await opened.remove();
          await sim.close();
        },
      };
    },
    async run(ctx: Context): Promise<RunResult> {
      const t0 = performance.now();
      const queued = await ctx.admin.post(`/api/watches/${ctx.watchId}/runs`);
      if (queued.status !== 202)
        throw new Error(`run now: HTTP ${queued.status} ${JSON.stringify(queued.body)}`);
      for (;;) {
        const reply = await ctx.admin.get(`/api/watches/${ctx.watchId}/runs/${queued.body.runId}`);
        if (reply.status !== 200) throw new Error(`run: HTTP ${reply.status}`);
        const run = reply.body;
        if (run.state === 'failed') throw new Error(`run failed: ${JSON.stringify(run.problem)}`);
        if (run.state === 'done') {
          const result: RunResult = {
            ms: performance.now() - t0,
            serverMs: Date.parse(run.finishedAt) - Date.parse(run.startedAt),
            pages: run.progress.pages,
            rows: run.progress.rows,
            findings: run.findings,
            peakMb: peakMemoryMb(ctx.server.child.pid!),
          };
          runs++;
          results.push(result);
          return result;
        }
        if (performance.now() - t0 > RUN_TIMEOUT_MS) throw new Error(`run still ${run.state}`);
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    },
    sample: (result: unknown) => (result as RunResult).ms,
    describe(_result: unknown, ctx: Context) {
      const each = results
        .map(
          (r, i) =>
            `run ${i + 1}: ${r.ms.toFixed(0)} ms (server ${r.serverMs} ms), ${r.pages.toLocaleString('en')} pages, ` +
            `${r.rows.toLocaleString('en')} rows, findings opened ${r.findings.opened} / seen ${r.findings.seen} / fixed ${r.findings.fixed}`,
        )
        .join('; ');
      const peak = results.at(-1)?.peakMb ?? 0;
      return `${runs} runs — ${each}; server peak memory ${ctx.peakBeforeMb.toFixed(0)} MB before the runs, ${peak.toFixed(0)} MB after`;
    },
    teardown: (ctx: Context) => ctx.remove(),
  };
}

export default defineBenchCases(serverDatabases('watchrun').map(watchRunCase));
