import { Client, type ServerProcess, startServerProcess } from '@niemyet/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueNewProcedureDecision } from './decision-flow';
import { freshPostgresDatabase, psql } from './postgres-database';
import { setUpUsers, signedIn, USERS } from './users';

/**
 * The read memo on PostgreSQL (`cache/read-memo.ts`, `cache/memo-notifications.ts`): each
 * instance remembers sessions and the catalogue key between requests, and forgets what another
 * instance — or anyone with SQL — changed when PostgreSQL's notification arrives. Each case
 * first makes instance B remember, then changes the thing elsewhere, then asks B: a memo that
 * did not forget would answer from what it remembered. Notifications arrive a moment after the
 * commit, so B is asked until it answers right (`expect.poll`, a second at most). With its
 * listener gone, B must not trust its memo at all: asked once, at once, it must be right.
 */

const baseUrl = process.env.NIEMYET_TEST_DATABASE_URL;
const PROBE_MS = 300;

describe.skipIf(!baseUrl)('the read memo on PostgreSQL, across instances', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let databaseUrl = '';
  let dropDatabase: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const database = await freshPostgresDatabase(baseUrl!, 'memo');
    databaseUrl = database.url;
    dropDatabase = database.drop;
    const env = { NIEMYET_MEMO_PROBE_MS: String(PROBE_MS) };
    a = await startServerProcess({ databaseUrl, env });
    b = await startServerProcess({ databaseUrl, env });
    await setUpUsers(a);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await dropDatabase();
  }, 60_000);

  /** `/api/me` on B with another client's session cookie. */
  const meOnB = async (cookie: string) => (await new Client(b.url).get('/api/me', { cookie })).status;

  it('refuses on one instance a session ended on the other', async () => {
    const drafter = await signedIn(a.url, USERS.drafter);
    const cookie = drafter.sessionCookie!;
    expect(await meOnB(cookie)).toBe(200);
    expect(await meOnB(cookie)).toBe(200); // remembered now
    expect((await drafter.request('DELETE', '/api/session')).status).toBe(204);
    await expect.poll(() => meOnB(cookie), { timeout: 1_000, interval: 20 }).toBe(401);
  });

  it('refuses a user disabled by SQL, with no server involved', async () => {
    const reviewer = await signedIn(a.url, USERS.reviewer);
    const cookie = reviewer.sessionCookie!;
    expect(await meOnB(cookie)).toBe(200);
    await psql(databaseUrl, `update users set disabled = true where username = '${USERS.reviewer}'`);
    await expect.poll(() => meOnB(cookie), { timeout: 1_000, interval: 20 }).toBe(401);
    await psql(databaseUrl, `update users set disabled = false where username = '${USERS.reviewer}'`);
  });

  it('shows on one instance a decision issued on the other', async () => {
    const drafter = await signedIn(a.url, USERS.drafter);
    const reviewer = await signedIn(a.url, USERS.reviewer);
    const readerOnB = await signedIn(b.url, USERS.reviewer);
    const total = async () =>
      (await readerOnB.get('/api/catalogue?at=2026-01-15&q=thu%20nghiem&limit=1')).body.total as number;
    expect(await total()).toBe(0);
    await issueNewProcedureDecision(drafter, reviewer, 1, '2026-01-15');
    await expect.poll(total, { timeout: 1_000, interval: 20 }).toBe(1);
  });

  it('asks the database on every request while its listener is gone, and trusts again once it hears', async () => {
    const drafter = await signedIn(a.url, USERS.drafter);
    const cookie = drafter.sessionCookie!;
    expect(await meOnB(cookie)).toBe(200); // remembered by B
    const lostBefore = b.output().split('read memo: notifications lost').length;
    await psql(
      databaseUrl,
      `select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'niemyet-memo ${b.child.pid}'`,
    );
    await expect
      .poll(() => b.output().split('read memo: notifications lost').length, { timeout: 2_000, interval: 10 })
      .toBe(lostBefore + 1);
    // Its notification goes nowhere: only a memo B no longer trusts can refuse the session now.
    await psql(databaseUrl, `update users set disabled = true where username = '${USERS.drafter}'`);
    expect(await meOnB(cookie)).toBe(401);
    await psql(databaseUrl, `update users set disabled = false where username = '${USERS.drafter}'`);
    expect(await meOnB(cookie)).toBe(200);

    // Back (after 1 s), B remembers again and forgets again when told.
    await expect
      .poll(() => b.output().includes('read memo: notifications back'), { timeout: 5_000 })
      .toBe(true);
    expect(await meOnB(cookie)).toBe(200);
    expect((await drafter.request('DELETE', '/api/session')).status).toBe(204);
    await expect.poll(() => meOnB(cookie), { timeout: 1_000, interval: 20 }).toBe(401);
  });
});
