import { afterEach, describe, expect, it } from 'vitest';
import { largeDecisionList } from '../../console/src/testing/large-decision-list';
import { ApiSession, TEST_PASSWORD } from './api-session';
import { testProcedureCode } from './decision-flow';
import { freshPostgresDatabase } from './postgres-database';
import { type ServerOptions, type ServerProcess, startServer, tempFolder } from './server-process';

/**
 * `kill -9` of the server in the middle of a 20,000-row import and in the middle of an issue:
 * after a restart on the same database nothing is half-written and the chain verifies. On the
 * embedded database (PGlite in a folder) always, and on a real PostgreSQL when one is given.
 */

interface Database {
  label: string;
  open(): Promise<{ options: ServerOptions; remove: () => Promise<void> }>;
}

const databases: Database[] = [
  {
    label: 'embedded (PGlite)',
    async open() {
      const folder = tempFolder('niemyet-kill-');
      return { options: { dataDir: folder.path }, remove: async () => folder.remove() };
    },
  },
];
const postgresUrl = process.env.NIEMYET_TEST_DATABASE_URL;
if (postgresUrl)
  databases.push({
    label: 'PostgreSQL',
    async open() {
      const database = await freshPostgresDatabase(postgresUrl, 'kill');
      return { options: { databaseUrl: database.url }, remove: database.drop };
    },
  });

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe.each(databases)('kill -9 during writes: $label', (database) => {
  let server: ServerProcess | null = null;
  let remove: () => Promise<void> = async () => {};

  afterEach(async () => {
    await server?.kill();
    server = null;
    await remove();
  });

  async function firstRun(options: ServerOptions): Promise<{ admin: ApiSession; drafter: ApiSession }> {
    server = await startServer(options);
    const admin = new ApiSession(server.url);
    await admin.setUp(server.setupToken!, 'quantri', TEST_PASSWORD);
    await admin.addUser('soanthao', TEST_PASSWORD, ['drafter']);
    await admin.addUser('thamdinh', TEST_PASSWORD, ['reviewer']);
    const drafter = new ApiSession(server.url);
    await drafter.signIn('soanthao', TEST_PASSWORD);
    return { admin, drafter };
  }

  async function restart(options: ServerOptions): Promise<ApiSession> {
    server = await startServer(options);
    expect(server.setupToken, 'the users survived: no setup link again').toBeNull();
    const drafter = new ApiSession(server.url);
    await drafter.signIn('soanthao', TEST_PASSWORD);
    return drafter;
  }

  it('an import killed midway leaves all or nothing', async () => {
    const opened = await database.open();
    remove = opened.remove;
    const { drafter } = await firstRun(opened.options);
    const list = largeDecisionList(200, 100);
    const importing = drafter
      .request('POST', '/api/imports/decisions', list.csv, 'text/csv')
      .catch((error: unknown) => ({ status: 0, error }));
    await wait(1_500);
    await server!.kill();
    const answered = await importing;

    const after = await restart(opened.options);
    const verify = await after.request('GET', '/api/changelog/verify');
    expect(verify.status).toBe(200);
    expect(verify.json.ok).toBe(true);
    const catalogue = await after.request('GET', '/api/catalogue?at=2100-01-01&limit=1');
    expect(catalogue.status).toBe(200);
    const complete = await after.request('POST', '/api/imports/decisions', list.csv, 'text/csv');
    expect(complete.status).toBe(200);
    if (answered.status === 200) {
      // The import had committed before the kill: all of it is there, and again is harmless.
      expect(complete.json.decisionsAlreadyPresent).toBe(list.decisions);
      expect(verify.json.entries).toBeGreaterThanOrEqual(list.rows);
    } else {
      // Killed before the commit: nothing of it is there, so it imports whole now.
      expect(verify.json.entries).toBe(0);
      expect(catalogue.json.total).toBe(0);
      expect(complete.json.decisionsAlreadyPresent).toBe(0);
    }
    const verifyAgain = await after.request('GET', '/api/changelog/verify');
    expect(verifyAgain.json).toMatchObject({ ok: true, firstBroken: null });
  }, 240_000);

  it('an issue killed midway is either whole or not at all', async () => {
    const opened = await database.open();
    remove = opened.remove;
    const { drafter } = await firstRun(opened.options);
    const reviewer = new ApiSession(server!.url);
    await reviewer.signIn('thamdinh', TEST_PASSWORD);

    // Ten decisions of 200 new procedures each, approved and then issued all at once, the kill
    // landing while the issues write their change-log entries.
    const ids: { id: string; revision: number }[] = [];
    for (let d = 0; d < 10; d++) {
      const items = Array.from({ length: 200 }, (_, i) => ({
        action: 'new',
        code: testProcedureCode(d * 200 + i),
        name: `Thủ tục thử nghiệm ${d}-${i}`,
        changes: { levels: ['province'], field: 'Hộ tịch', agency: 'Sở Tư pháp' },
      }));
      const created = await drafter.request('POST', '/api/decisions', { title: `Quyết định ${d}`, items });
      expect(created.status).toBe(201);
      const dated = await drafter.request('PATCH', `/api/decisions/${created.json.id}`, {
        revision: created.json.revision,
        effectiveOn: '2026-03-01',
      });
      expect(dated.status).toBe(200);
      const submitted = await drafter.request('POST', `/api/decisions/${created.json.id}/transitions`, {
        to: 'in_review',
        revision: dated.json.revision,
      });
      expect(submitted.status).toBe(200);
      const approved = await reviewer.request('POST', `/api/decisions/${created.json.id}/transitions`, {
        to: 'approved',
        revision: submitted.json.revision,
      });
      expect(approved.status).toBe(200);
      ids.push({ id: created.json.id, revision: approved.json.revision });
    }
    const issuing = ids.map(({ id, revision }, d) =>
      drafter
        .request('POST', `/api/decisions/${id}/transitions`, {
          to: 'issued',
          revision,
          number: `${500 + d}/QĐ-UBND`,
          signedOn: '2026-02-20',
          effectiveOn: '2026-03-01',
        })
        .catch(() => ({ status: 0 })),
    );
    await wait(150);
    await server!.kill();
    await Promise.all(issuing);

    const after = await restart(opened.options);
    const verify = await after.request('GET', '/api/changelog/verify');
    expect(verify.json).toMatchObject({ ok: true, firstBroken: null });
    let issuedCount = 0;
    for (const { id } of ids) {
      const decision = await after.request('GET', `/api/decisions/${id}`);
      expect(decision.status).toBe(200);
      const state: string = decision.json.state ?? decision.json.decision?.state;
      expect(['approved', 'issued']).toContain(state);
      if (state === 'issued') issuedCount++;
    }
    // Every issued decision has its 200 entries, and no entry belongs to one that is not.
    expect(verify.json.entries).toBe(issuedCount * 200);
  }, 240_000);
});
