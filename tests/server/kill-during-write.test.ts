import {
  type Client,
  type ServerProcess,
  type ServerProcessOptions,
  startServerProcess,
} from '@niemyet/server/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { largeDecisionList } from '../../console/src/testing/large-decision-list';
import { approvedDecision, newProcedureItem } from './decision-flow';
import { serverDatabases } from './server-databases';
import { setUpUsers, signedIn, USERS } from './users';

/**
 * `kill -9` of the server in the middle of a 20,000-row import and in the middle of an issue:
 * after a restart on the same database nothing is half-written and the chain verifies. On the
 * embedded database (PGlite in a folder) always, and on a real PostgreSQL when one is given.
 */

const databases = serverDatabases('kill');

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe.each(databases)('kill -9 during writes: $label', (database) => {
  let server: ServerProcess | null = null;
  let remove: () => Promise<void> = async () => {};

  afterEach(async () => {
    await server?.kill();
    server = null;
    await remove();
  });

  async function firstRun(options: ServerProcessOptions): Promise<{ drafter: Client; reviewer: Client }> {
    server = await startServerProcess(options);
    await setUpUsers(server);
    return {
      drafter: await signedIn(server.url, USERS.drafter),
      reviewer: await signedIn(server.url, USERS.reviewer),
    };
  }

  /** The same database again, as an operator restarts the service after a crash. */
  async function restart(options: ServerProcessOptions): Promise<Client> {
    server = await startServerProcess(options);
    expect(server.setupToken, 'the users survived: no setup link again').toBeNull();
    return signedIn(server.url, USERS.drafter);
  }

  it('an import killed midway leaves all or nothing', async () => {
    const opened = await database.open();
    remove = opened.remove;
    const { drafter } = await firstRun(opened.options);
    const list = largeDecisionList(200, 100);
    const importing = drafter
      .request('POST', '/api/imports/decisions', { text: list.csv })
      .catch(() => ({ status: 0, body: null }));
    await wait(1_500);
    await server!.kill();
    const answered = await importing;

    const after = await restart(opened.options);
    const verify = await after.get('/api/changelog/verify');
    expect(verify.status).toBe(200);
    expect(verify.body.ok).toBe(true);
    const catalogue = await after.get('/api/catalogue?at=2100-01-01&limit=1');
    expect(catalogue.status).toBe(200);
    const complete = await after.request('POST', '/api/imports/decisions', { text: list.csv });
    expect(complete.status).toBe(200);
    if (answered.status === 200) {
      // The import had committed before the kill: all of it is there, and again is harmless.
      expect(complete.body.decisionsAlreadyPresent).toBe(list.decisions);
      expect(verify.body.entries).toBeGreaterThanOrEqual(list.rows);
    } else {
      // Killed before the commit: nothing of it is there, so it imports whole now.
      expect(verify.body.entries).toBe(0);
      expect(catalogue.body.total).toBe(0);
      expect(complete.body.decisionsAlreadyPresent).toBe(0);
    }
    const verifyAgain = await after.get('/api/changelog/verify');
    expect(verifyAgain.body).toMatchObject({ ok: true, firstBroken: null });
  }, 240_000);

  it('an issue killed midway is either whole or not at all', async () => {
    const opened = await database.open();
    remove = opened.remove;
    const { drafter, reviewer } = await firstRun(opened.options);

    // Ten decisions of 200 new procedures each, approved and then issued all at once, the kill
    // landing while the issues write their change-log entries.
    const ids: { id: string; revision: number }[] = [];
    for (let d = 0; d < 10; d++) {
      const items = Array.from({ length: 200 }, (_, i) => newProcedureItem(d * 200 + i));
      ids.push(await approvedDecision(drafter, reviewer, `Quyết định ${d}`, items, '2026-03-01'));
    }
    const issuing = ids.map(({ id, revision }, d) =>
      drafter
        .post(`/api/decisions/${id}/transitions`, {
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
    const verify = await after.get('/api/changelog/verify');
    expect(verify.body).toMatchObject({ ok: true, firstBroken: null });
    let issuedCount = 0;
    for (const { id } of ids) {
      const decision = await after.get(`/api/decisions/${id}`);
      expect(decision.status).toBe(200);
      const state: string = decision.body.decision.state;
      expect(['approved', 'issued']).toContain(state);
      if (state === 'issued') issuedCount++;
    }
    // Every issued decision has its 200 entries, and no entry belongs to one that is not.
    expect(verify.body.entries).toBe(issuedCount * 200);
  }, 240_000);
});
