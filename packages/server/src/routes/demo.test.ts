import { DecisionStateSchema, DemoResponseSchema, todayInVietnam } from '@niemyet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../db/test-databases';
import { Client, type ServerProcess, startServerProcess } from '../testing/server-process';

/**
 * `POST /api/demo` against a real server process, on PGlite and (NIEMYET_TEST_DATABASE_URL)
 * PostgreSQL: an admin loads the demo into the empty server, the catalogue, the decisions and
 * the change log are then what the generator promises; a second load and a drafter are refused.
 */

const PASSWORD = 'mật khẩu đủ dài';

describe.each(testDatabases())('the demo workspace on $kind', (database) => {
  let server: ServerProcess;
  let drop: (() => Promise<void>) | undefined;
  let asAdmin: Client;
  let asDrafter: Client;

  beforeAll(async () => {
    const fresh = database.freshUrl ? await database.freshUrl() : undefined;
    drop = fresh?.drop;
    server = await startServerProcess({ databaseUrl: fresh?.url });
    asAdmin = new Client(server.url);
    asDrafter = new Client(server.url);
    const setup = await asAdmin.post('/api/setup', {
      token: server.setupToken,
      username: 'admin',
      password: PASSWORD,
    });
    expect(setup.status).toBe(204);
    expect(
      (await asAdmin.post('/api/users', { username: 'lan', password: PASSWORD, roles: ['drafter'] })).status,
    ).toBe(201);
    expect((await asDrafter.signIn('lan', PASSWORD)).status).toBe(204);
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await drop?.();
  });

  it('refuses the signed-out (401) and a drafter (403), and writes nothing', async () => {
    const anonymous = await new Client(server.url).post('/api/demo');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('unauthenticated');
    const reply = await asDrafter.post('/api/demo');
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ code: 'forbidden', params: { permission: 'workspace.demo' } });
    expect((await asAdmin.get('/api/decisions')).body.total).toBe(0);
  });

  it('loads the demo for an admin: figures, catalogue, every state, a verified change log', async () => {
    const started = performance.now();
    const reply = await asAdmin.post('/api/demo');
    const took = performance.now() - started;
    console.log(`[demo] POST /api/demo on ${database.kind}: ${Math.round(took)} ms`);
    expect(reply.status).toBe(200);
    const loaded = DemoResponseSchema.parse(reply.body);
    expect(loaded.procedures).toBeGreaterThan(2300);
    expect(loaded.decisions).toBeGreaterThanOrEqual(45);
    for (const state of DecisionStateSchema.options) expect(loaded.byState[state], state).toBeGreaterThan(0);

    const today = todayInVietnam(new Date());
    const catalogue = await asAdmin.get(`/api/catalogue?at=${today}&limit=1`);
    expect(catalogue.status).toBe(200);
    expect(catalogue.body.total).toBeGreaterThan(2300);
    expect(catalogue.body.total).toBeLessThanOrEqual(loaded.procedures);

    const decisions = await asAdmin.get('/api/decisions?limit=500');
    expect(decisions.body.total).toBe(loaded.decisions);
    const states = new Set(decisions.body.decisions.map((d: { state: string }) => d.state));
    expect(states).toEqual(new Set(DecisionStateSchema.options));

    const verify = await asAdmin.get('/api/changelog/verify');
    expect(verify.body).toMatchObject({ ok: true, firstBroken: null });
    expect(verify.body.entries).toBeGreaterThan(loaded.byState.issued);

    const activity = await asAdmin.get('/api/activity?action=import');
    expect(activity.body.entries[0]).toMatchObject({ actor: 'admin', action: 'import', target: 'demo' });
  }, 120_000);

  it('refuses a second load (409 workspace-not-empty) and writes nothing', async () => {
    const before = (await asAdmin.get('/api/changelog')).body.total;
    const reply = await asAdmin.post('/api/demo');
    expect(reply.status).toBe(409);
    expect(reply.body.code).toBe('workspace-not-empty');
    expect(reply.body.message).toBeTruthy();
    expect((await asAdmin.get('/api/changelog')).body.total).toBe(before);
  });
});
