import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, TEST_PASSWORD } from './api-session';
import { issueNewProcedureDecision } from './decision-flow';
import { freshPostgresDatabase } from './postgres-database';
import { type ServerProcess, startServer } from './server-process';

/**
 * Two stateless server processes on one PostgreSQL, as a province runs them behind a proxy:
 * 40 decisions issued at once, half through each, must leave one unbroken change-log chain
 * holding exactly their entries.
 */

const baseUrl = process.env.NIEMYET_TEST_DATABASE_URL;

describe.skipIf(!baseUrl)('two servers on one PostgreSQL', () => {
  let servers: ServerProcess[] = [];
  let dropDatabase: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const database = await freshPostgresDatabase(baseUrl!, 'two_servers');
    dropDatabase = database.drop;
    const first = await startServer({ databaseUrl: database.url });
    servers = [first, await startServer({ databaseUrl: database.url })];
    const admin = new ApiSession(first.url);
    await admin.setUp(first.setupToken!, 'quantri', TEST_PASSWORD);
    await admin.addUser('soanthao', TEST_PASSWORD, ['drafter']);
    await admin.addUser('thamdinh', TEST_PASSWORD, ['reviewer']);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await dropDatabase();
  });

  it('issues 40 decisions concurrently through both and keeps one chain', async () => {
    const sessions = await Promise.all(
      servers.map(async (server) => {
        const drafter = new ApiSession(server.url);
        const reviewer = new ApiSession(server.url);
        await drafter.signIn('soanthao', TEST_PASSWORD);
        await reviewer.signIn('thamdinh', TEST_PASSWORD);
        return { drafter, reviewer };
      }),
    );
    const issued = await Promise.all(
      Array.from({ length: 40 }, (_, n) => {
        const { drafter, reviewer } = sessions[n % 2]!;
        return issueNewProcedureDecision(drafter, reviewer, n, '2026-01-15');
      }),
    );
    expect(new Set(issued.map((d) => d.id)).size).toBe(40);

    for (const server of servers) {
      const verify = await sessions[0]!.drafter.request('GET', `${server.url}/api/changelog/verify`);
      expect(verify.status).toBe(200);
      expect(verify.json).toMatchObject({ ok: true, entries: 40, firstBroken: null });
    }
    const log = await sessions[1]!.drafter.request('GET', '/api/changelog?limit=1000');
    const entries: { seq: number; decisionId: string }[] = log.json.entries;
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(new Set(entries.map((e) => e.decisionId))).toEqual(new Set(issued.map((d) => d.id)));
  }, 180_000);
});
