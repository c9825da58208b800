import { type ServerProcess, startServerProcess } from '@niemyet/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueNewProcedureDecision } from './decision-flow';
import { freshPostgresDatabase } from './postgres-database';
import { setUpUsers, signedIn, USERS } from './users';

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
    const first = await startServerProcess({ databaseUrl: database.url });
    servers = [first, await startServerProcess({ databaseUrl: database.url })];
    await setUpUsers(first);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await dropDatabase();
  }, 60_000);

  it('issues 40 decisions concurrently through both and keeps one chain', async () => {
    const people = await Promise.all(
      servers.map(async (server) => ({
        drafter: await signedIn(server.url, USERS.drafter),
        reviewer: await signedIn(server.url, USERS.reviewer),
      })),
    );
    const issued = await Promise.all(
      Array.from({ length: 40 }, (_, n) => {
        const { drafter, reviewer } = people[n % 2]!;
        return issueNewProcedureDecision(drafter, reviewer, n, '2026-01-15');
      }),
    );
    expect(new Set(issued.map((d) => d.id)).size).toBe(40);

    for (const { drafter } of people) {
      const verify = await drafter.get('/api/changelog/verify');
      expect(verify.status).toBe(200);
      expect(verify.body).toEqual({ ok: true, entries: 40, firstBroken: null });
    }
    const log = await people[1]!.drafter.get('/api/changelog?limit=1000');
    const entries: { seq: number; decisionId: string }[] = log.body.entries;
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(new Set(entries.map((e) => e.decisionId))).toEqual(new Set(issued.map((d) => d.id)));
    // Both instances answer the same catalogue: neither kept a stale fold of its own.
    for (const { drafter } of people) {
      const catalogue = await drafter.get('/api/catalogue?at=2026-01-15&q=thu%20nghiem&limit=100');
      expect(catalogue.body.total).toBe(40);
    }
  }, 180_000);
});
