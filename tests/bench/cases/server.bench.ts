import {
  type Client,
  type ServerProcess,
  type ServerProcessOptions,
  startServerProcess,
} from '@niemyet/server/testing';
import { largeDecisionList } from '../../../console/src/testing/large-decision-list';
import { type ServerDatabase, serverDatabases } from '../../server/server-databases';
import { setUpUsers, signedIn, USERS } from '../../server/users';
import { defineBenchCases } from '../harness';
import { LoadClient } from '../load-client';
import { peakMemoryMb } from '../peak-memory';

/**
 * The team server on loopback, on both databases (PostgreSQL when NIEMYET_TEST_DATABASE_URL
 * names one, e.g. under scripts/with-postgres.sh):
 * - 50 signed-in clients for 30 s — 70% catalogue pages, 20% searches, 10% edits of their own
 *   draft — with requests per second, p50/p95/p99 by kind, errors and lost updates (DESIGN §9:
 *   p95 of reads ≤ 50 ms, no error, no lost update);
 * - a 20,000-row decision-list import through the API (≤ 5 s), with the server's peak memory.
 */

const CLIENTS = 50;
const LOAD_SECONDS = Number(process.env.NIEMYET_LOAD_SECONDS ?? 30);
const SEARCHES = ['khai sinh', 'giay phep', 'ho tich', 'dat dai', 'chung thuc', 'xay dung', 'y te'];

async function firstRun(options: ServerProcessOptions): Promise<{ server: ServerProcess; admin: Client }> {
  const server = await startServerProcess(options);
  return { server, admin: await setUpUsers(server) };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : Number.NaN;

interface LoadResult {
  requests: number;
  perSecond: number;
  byKind: Record<string, number[]>;
  errors: number;
  lostUpdates: number;
  readP95: number;
}

interface LoadContext {
  server: ServerProcess;
  clients: { session: LoadClient; draftId: string; revision: number; lastTitle: string }[];
  close: () => Promise<void>;
}

function loadCase(database: ServerDatabase) {
  return {
    name: `server (${database.label}): ${CLIENTS} clients for ${LOAD_SECONDS} s, p95 of reads`,
    budgetMs: 50,
    warmups: 0,
    iterations: 1,
    async setup(): Promise<LoadContext> {
      const opened = await database.open();
      const { server, admin } = await firstRun(opened.options);
      const list = largeDecisionList(200, 100);
      const imported = await admin.request('POST', '/api/imports/decisions', { text: list.csv });
      if (imported.status !== 200) throw new Error(`import: ${imported.status}`);
      const clients: LoadContext['clients'] = [];
      for (let i = 0; i < CLIENTS; i++) {
        const signed = await signedIn(server.url, USERS.drafter);
        const draft = await signed.post('/api/decisions', { title: `Dự thảo ${i}`, items: [] });
        clients.push({
          session: new LoadClient(server.url, signed.sessionCookie!),
          draftId: draft.body.id,
          revision: draft.body.revision,
          lastTitle: `Dự thảo ${i}`,
        });
      }
      return {
        server,
        clients,
        close: async () => {
          await server.stop();
          await opened.remove();
        },
      };
    },
    async run(context: LoadContext): Promise<LoadResult> {
      const byKind: Record<string, number[]> = { page: [], search: [], edit: [] };
      let errors = 0;
      let random = 1;
      const next = () => {
        random = (random * 48271) % 2147483647; // a seeded stream: the same mix every run
        return random / 2147483647;
      };
      const deadline = performance.now() + LOAD_SECONDS * 1000;
      const started = performance.now();
      await Promise.all(
        context.clients.map(async (client, i) => {
          let edits = 0;
          while (performance.now() < deadline) {
            const roll = next();
            const t0 = performance.now();
            if (roll < 0.7) {
              const offset = Math.floor(next() * 19_950);
              const r = await client.session.send(
                'GET',
                `/api/catalogue?at=2100-01-01&limit=50&offset=${offset}`,
              );
              if (r.status !== 200) errors++;
              byKind.page!.push(performance.now() - t0);
            } else if (roll < 0.9) {
              const q = SEARCHES[Math.floor(next() * SEARCHES.length)]!;
              const r = await client.session.send(
                'GET',
                `/api/catalogue?at=2100-01-01&q=${encodeURIComponent(q)}&limit=50`,
              );
              if (r.status !== 200) errors++;
              byKind.search!.push(performance.now() - t0);
            } else {
              const title = `Dự thảo ${i} — sửa lần ${++edits}`;
              const r = await client.session.send('PATCH', `/api/decisions/${client.draftId}`, {
                revision: client.revision,
                title,
              });
              if (r.status === 200) {
                client.revision = (r.body as { decision: { revision: number } }).decision.revision;
                client.lastTitle = title;
              } else errors++;
              byKind.edit!.push(performance.now() - t0);
            }
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      // A lost update: a draft whose stored title is not the last one its only editor saved.
      let lostUpdates = 0;
      for (const client of context.clients) {
        const stored = (await client.session.send('GET', `/api/decisions/${client.draftId}`)).body as {
          decision: { title: string; revision: number };
        };
        if (stored.decision.title !== client.lastTitle || stored.decision.revision !== client.revision)
          lostUpdates++;
        client.session.close();
      }
      for (const samples of Object.values(byKind)) samples.sort((a, b) => a - b);
      const reads = [...byKind.page!, ...byKind.search!].sort((a, b) => a - b);
      const requests = Object.values(byKind).reduce((n, s) => n + s.length, 0);
      return {
        requests,
        perSecond: requests / seconds,
        byKind,
        errors,
        lostUpdates,
        readP95: percentile(reads, 95),
      };
    },
    sample: (result: unknown) => (result as LoadResult).readP95,
    describe(result: unknown) {
      const r = result as LoadResult;
      const kinds = Object.entries(r.byKind)
        .map(
          ([kind, s]) =>
            `${kind} ${s.length}: p50 ${percentile(s, 50).toFixed(1)} / p95 ${percentile(s, 95).toFixed(1)} / p99 ${percentile(s, 99).toFixed(1)} ms`,
        )
        .join('; ');
      return `${r.requests} requests, ${r.perSecond.toFixed(0)}/s; ${kinds}; errors ${r.errors}, lost updates ${r.lostUpdates}`;
    },
    teardown: (context: LoadContext) => context.close(),
  };
}

interface ImportRun {
  ms: number;
  peakMb: number;
}

function importCase(database: ServerDatabase) {
  const list = largeDecisionList(200, 100);
  let last: ImportRun = { ms: 0, peakMb: 0 };
  return {
    name: `server (${database.label}): import a 20,000-row decision list through the API`,
    budgetMs: 5_000,
    warmups: 0,
    iterations: 3,
    setup: () => null,
    async run(): Promise<ImportRun> {
      // A fresh workspace each time: importing into one that holds the list already is other work.
      const opened = await database.open();
      const { server, admin } = await firstRun(opened.options);
      try {
        const t0 = performance.now();
        const imported = await admin.request('POST', '/api/imports/decisions', { text: list.csv });
        const ms = performance.now() - t0;
        if (imported.status !== 200)
          throw new Error(`import: ${imported.status} ${JSON.stringify(imported.body)}`);
        last = { ms, peakMb: peakMemoryMb(server.child.pid!) };
        return last;
      } finally {
        await server.stop();
        await opened.remove();
      }
    },
    sample: (result: unknown) => (result as ImportRun).ms,
    describe: () =>
      `${list.rows.toLocaleString('en')} rows; server peak memory ${last.peakMb.toFixed(0)} MB (last run)`,
  };
}

export default defineBenchCases(
  serverDatabases('bench').flatMap((database) => [importCase(database), loadCase(database)]),
);
