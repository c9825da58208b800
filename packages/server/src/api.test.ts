import {
  API_ROUTES,
  bilingualApiErrorMessage,
  can,
  PERMISSIONS,
  type Permission,
  ROLES,
  type Role,
  TRANSITION_PERMISSIONS,
  TRANSITION_TARGETS,
  WORKSPACE_VERSION,
} from '@niemyet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './db/test-databases';
import { Client, type ServerProcess, startServerProcess } from './testing/server-process';

/**
 * The API against a real server process (`niemyet serve --port 0`), on PGlite and, when
 * NIEMYET_TEST_DATABASE_URL is set, on PostgreSQL: the whole decision path, concurrent edits,
 * the role × route matrix from core's route table, CSRF, throttling, imports, publications.
 */

const PASSWORD = 'mật khẩu đủ dài';
const USERS: Record<Role, string> = { drafter: 'lan', reviewer: 'minh', supervisor: 'hoa', admin: 'admin' };

const CSV = [
  'decision_number,signed_on,effective_on,action,code,name,level,field,agency,legal_basis',
  '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.004227,Đăng ký khai sinh,Cấp xã,Hộ tịch,UBND cấp xã,123/2015/NĐ-CP',
  '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.001193,Đăng ký kết hôn,Cấp xã,Hộ tịch,UBND cấp xã,123/2015/NĐ-CP',
  '11/QĐ-UBND,01/06/2020,10/06/2020,Bãi bỏ,1.000001,Thủ tục cũ,Cấp tỉnh,Tư pháp,Sở Tư pháp,1/2020/QĐ-UBND',
].join('\n');

describe.each(testDatabases())('team server API on $kind', (database) => {
  let server: ServerProcess;
  let drop: (() => Promise<void>) | undefined;
  const as: Record<Role, Client> = {} as Record<Role, Client>;
  let anonymous: Client;

  beforeAll(async () => {
    const fresh = database.freshUrl ? await database.freshUrl() : undefined;
    drop = fresh?.drop;
    server = await startServerProcess({ databaseUrl: fresh?.url });
    anonymous = new Client(server.url);
    for (const role of ROLES) as[role] = new Client(server.url);
    expect(server.setupToken).toBeTruthy();
    expect((await anonymous.get('/api/setup')).body).toEqual({ needed: true });
    const setup = await as.admin.post('/api/setup', {
      token: server.setupToken,
      username: 'admin',
      password: PASSWORD,
    });
    expect(setup.status).toBe(204);
    // Single use.
    expect(
      (await anonymous.post('/api/setup', { token: server.setupToken, username: 'x2', password: PASSWORD }))
        .status,
    ).toBe(409);
    for (const role of ['drafter', 'reviewer', 'supervisor'] as const) {
      const created = await as.admin.post('/api/users', {
        username: USERS[role],
        password: PASSWORD,
        roles: [role],
      });
      expect(created.status).toBe(201);
      expect((await as[role].signIn(USERS[role], PASSWORD)).status).toBe(204);
    }
    const other = await as.admin.post('/api/users', {
      username: 'tuan',
      password: PASSWORD,
      roles: ['reviewer', 'drafter'],
    });
    expect(other.status).toBe(201);
  });

  afterAll(async () => {
    await server?.stop();
    await drop?.();
  });

  it("answers errors with core's sentence for the code, also where a route writes its own answer", async () => {
    const none = await anonymous.get('/api/catalogue/published');
    expect(none.status).toBe(404);
    expect(none.headers.get('access-control-allow-origin')).toBe('*');
    expect(none.body).toEqual({
      code: 'not-found',
      params: { resource: 'publication' },
      message: bilingualApiErrorMessage('not-found', {}),
    });
    expect((await anonymous.get('/api/decisions')).body.message).toBe(
      'Phiên đăng nhập đã hết. Hãy đăng nhập lại. (Your session has ended. Please sign in again.)',
    );
  });

  it('imports a decision-list CSV: figures, harmless twice, 422 with rows and nothing written', async () => {
    const first = await as.drafter.request('POST', '/api/imports/decisions', { text: CSV });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      decisions: 2,
      items: 3,
      new: 2,
      abolished: 1,
      decisionsAdded: 2,
      decisionsAlreadyPresent: 0,
      baseline: 1,
      changeLog: 3,
    });
    const again = await as.admin.request('POST', '/api/imports/decisions', { text: CSV });
    expect(again.body).toMatchObject({ decisionsAdded: 0, decisionsAlreadyPresent: 2, changeLog: 0 });
    // The same list as Excel saves "Unicode Text": UTF-16 LE with a BOM, tab-separated.
    const unicodeText = `\uFEFF${CSV.replaceAll(',', '\t')}`;
    const utf16 = new Uint8Array(unicodeText.length * 2);
    for (let i = 0; i < unicodeText.length; i++) {
      utf16[2 * i] = unicodeText.charCodeAt(i) & 0xff;
      utf16[2 * i + 1] = unicodeText.charCodeAt(i) >> 8;
    }
    const fromExcel = await as.drafter.request('POST', '/api/imports/decisions', { bytes: utf16 });
    expect(fromExcel.status).toBe(200);
    expect(fromExcel.body).toMatchObject({
      decisions: 2,
      items: 3,
      decisionsAlreadyPresent: 2,
      encoding: 'utf-16le',
    });
    const bad = await as.drafter.request('POST', '/api/imports/decisions', {
      text: `${CSV}\n12/QĐ-UBND,31/02/2021,01/03/2021,Mới ban hành,1.002222,Thủ tục mới,Cấp xã,,,`,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('import-invalid');
    expect(bad.body.errors[0]).toMatchObject({ row: 5 });
    const log = await as.reviewer.get('/api/changelog');
    expect(log.body.total).toBe(3);
    expect((await as.reviewer.get('/api/decisions')).body.total).toBe(2);
  });

  it('walks a decision from draft to issued, with every rule of core enforced', async () => {
    const before = await as.reviewer.get('/api/catalogue?at=2031-01-01&q=ket hon');
    expect(before.body).toMatchObject({ asOf: '2031-01-01', total: 1 });
    expect(before.body.procedures[0].name).toBe('Đăng ký kết hôn');

    const created = await as.drafter.post('/api/decisions', {
      title: 'Công bố thủ tục mới',
      effectiveOn: '2030-12-01',
      legalBasis: [{ number: '45/2020/NĐ-CP' }],
      items: [
        {
          action: 'new',
          code: '1.009999',
          name: 'Cấp giấy phép thử nghiệm',
          changes: { name: 'Cấp giấy phép thử nghiệm', levels: ['province'] },
        },
        { action: 'amended', code: '1.004227', changes: { processingTime: 'Trong ngày' } },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ revision: 0, state: 'draft' });
    const id = created.body.id as string;
    const path = `/api/decisions/${id}`;
    const detail = await as.drafter.get(path);
    expect(detail.body.decision.items[1].name).toBe('Đăng ký khai sinh'); // filled from the catalogue
    expect(detail.body.transitions).toEqual(['in_review', 'withdrawn']);

    const move = (client: Client, body: Record<string, unknown>) => client.post(`${path}/transitions`, body);
    expect((await move(as.drafter, { to: 'in_review', revision: 0 })).status).toBe(200);

    // A reviewer who also drafts wrote nothing here, but "tuan" edits below: then may not approve.
    const approvedFirst = await move(as.reviewer, { to: 'approved', revision: 0 });
    expect(approvedFirst.body.decision.state).toBe('approved');

    const edit = await as.drafter.patch(path, { revision: 0, title: 'Công bố thủ tục mới (sửa)' });
    expect(edit.status).toBe(200);
    expect(edit.body.decision).toMatchObject({ revision: 1, state: 'in_review', author: 'lan' });
    // The earlier approval is stale: nobody may issue, the reviewer must look again.
    expect(
      (await move(as.supervisor, { to: 'issued', revision: 1, number: '99/QĐ-UBND', signedOn: '2030-11-20' }))
        .body.code,
    ).toBe('invalid-transition');

    const tuan = new Client(server.url);
    await tuan.signIn('tuan', PASSWORD);
    await tuan.patch(path, { revision: 1, signer: 'Nguyễn Văn A' });
    const self = await move(tuan, { to: 'approved', revision: 2 });
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('self-approval');

    const changes = await move(as.reviewer, {
      to: 'changes_requested',
      revision: 2,
      comment: 'Bổ sung căn cứ',
    });
    expect(changes.body.decision.state).toBe('changes_requested');
    expect((await move(as.reviewer, { to: 'changes_requested', revision: 2 })).status).toBe(409);
    expect(
      (await as.drafter.patch(path, { revision: 2, scope: { agency: 'Sở Tư pháp', fields: [], levels: [] } }))
        .status,
    ).toBe(200);
    expect((await move(as.drafter, { to: 'in_review', revision: 3 })).status).toBe(200);
    const approved = await move(as.reviewer, { to: 'approved', revision: 3, comment: 'Đồng ý' });
    expect(approved.body.decision.state).toBe('approved');
    expect(approved.body.transitions).toEqual([]); // a reviewer neither issues nor withdraws

    expect((await move(as.supervisor, { to: 'issued', revision: 3 })).body).toMatchObject({
      code: 'bad-request',
      params: { field: 'number' },
    });
    const issued = await move(as.supervisor, {
      to: 'issued',
      revision: 3,
      number: '99/QĐ-UBND',
      signedOn: '2030-11-20',
      effectiveOn: '2031-01-01',
    });
    expect(issued.status).toBe(200);
    expect(issued.body.decision).toMatchObject({
      state: 'issued',
      number: '99/QĐ-UBND',
      effectiveOn: '2031-01-01',
      revision: 4,
    });
    expect((await as.drafter.patch(path, { revision: 4, title: 'x' })).body.code).toBe('immutable');

    const dayBefore = await as.reviewer.get('/api/catalogue?at=2030-12-31&q=thu nghiem');
    expect(dayBefore.body.total).toBe(0);
    const onTheDay = await as.reviewer.get('/api/catalogue?at=2031-01-01&q=thu nghiem');
    expect(onTheDay.body.total).toBe(1);
    const birth = await as.reviewer.get('/api/catalogue?at=2031-01-01&q=1.004227');
    expect(birth.body.procedures[0].processingTime).toBe('Trong ngày');

    const verify = await as.reviewer.get('/api/changelog/verify');
    expect(verify.body).toEqual({ ok: true, entries: 5, firstBroken: null });
  });

  it('refuses an issue that core validation does not allow (422 with named issues), writing nothing', async () => {
    const created = await as.drafter.post('/api/decisions', {
      title: 'Trùng mã',
      effectiveOn: '2030-01-01',
      items: [{ action: 'new', code: '1.009998', name: 'Thủ tục A' }],
    });
    const id = created.body.id;
    await as.drafter.post(`/api/decisions/${id}/transitions`, { to: 'in_review', revision: 0 });
    await as.reviewer.post(`/api/decisions/${id}/transitions`, { to: 'approved', revision: 0 });
    const refused = await as.supervisor.post(`/api/decisions/${id}/transitions`, {
      to: 'issued',
      revision: 0,
      number: '100/QĐ-UBND',
      signedOn: '2029-12-20',
      effectiveOn: '2031-01-01',
    });
    expect(refused.status).toBe(200); // a new code, valid
    const dup = await as.drafter.post('/api/decisions', {
      title: 'Trùng mã',
      effectiveOn: '2031-02-01',
      items: [{ action: 'new', code: '1.009998', name: 'Thủ tục A' }],
    });
    const submitted = await as.drafter.post(`/api/decisions/${dup.body.id}/transitions`, {
      to: 'in_review',
      revision: 0,
    });
    expect(submitted.status).toBe(422);
    expect(submitted.body.code).toBe('validation-failed');
    expect(submitted.body.issues[0]).toMatchObject({ severity: 'error', code: 'code-already-active' });
  });

  it('lets exactly one of two concurrent edits of one revision win', async () => {
    const created = await as.drafter.post('/api/decisions', { title: 'Đua', items: [] });
    const path = `/api/decisions/${created.body.id}`;
    const [a, b] = await Promise.all([
      as.drafter.patch(path, { revision: 0, title: 'A' }),
      as.drafter.patch(path, { revision: 0, title: 'B' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body).toMatchObject({ code: 'stale-revision', params: { currentRevision: 1 } });
  });

  it('refuses each route to each role the permission table leaves out, and 401 when signed out', async () => {
    const created = await as.drafter.post('/api/decisions', { title: 'Ma trận', items: [] });
    const id = created.body.id as string;
    const bodies: Record<string, unknown> = {
      'POST /api/users': { username: 'ghost1', password: PASSWORD, roles: ['drafter'] },
      'PATCH /api/users/:username': { roles: ['drafter'] },
      'POST /api/decisions': { title: 't', items: [] },
      'PATCH /api/decisions/:id': { revision: 0, title: 't' },
      'POST /api/publications': { asOf: '2030-01-01' },
      'POST /api/restore': {},
    };
    let checked = 0;
    for (const route of API_ROUTES) {
      const path = route.path.replace(':id', id).replace(':username', 'lan').replace(':revision', '0');
      const key = `${route.method} ${route.path}`;
      const send = (client: Client, json?: unknown) =>
        route.path === '/api/imports/decisions'
          ? client.request(route.method, path, { text: CSV })
          : client.request(route.method, path, {
              json: json ?? (route.method === 'GET' || route.method === 'DELETE' ? undefined : bodies[key]),
            });
      if (route.access === 'public') continue;
      const signedOut = await send(
        anonymous,
        route.access === 'transition' ? { to: 'in_review', revision: 0 } : undefined,
      );
      expect(signedOut.status, key).toBe(401);
      expect(signedOut.body.code).toBe('unauthenticated');
      if (route.access === 'signed-in') continue;
      const cases: [Permission, unknown][] =
        route.access === 'transition'
          ? TRANSITION_TARGETS.map((to) => [
              TRANSITION_PERMISSIONS[to],
              {
                to,
                revision: 0,
                comment: 'x',
                ...(to === 'issued' ? { number: '1', signedOn: '2030-01-01' } : {}),
              },
            ])
          : [[route.access, undefined]];
      for (const [permission, json] of cases)
        for (const role of ROLES) {
          if (can([role], permission)) continue;
          const reply = await send(as[role], json);
          expect(reply.status, `${key} as ${role}`).toBe(403);
          expect(reply.body).toMatchObject({ code: 'forbidden', params: { permission } });
          checked++;
        }
    }
    expect(checked).toBeGreaterThan(20);
    expect(Object.keys(PERMISSIONS).length).toBe(24);
  });

  it('refuses a cross-origin POST even with a session, and takes one from its own origin', async () => {
    const cross = await as.drafter.post(
      '/api/decisions',
      { title: 'x', items: [] },
      { origin: 'http://evil.example' },
    );
    expect(cross.status).toBe(403);
    expect(cross.body.code).toBe('origin-refused');
    const same = await as.drafter.post('/api/decisions', { title: 'x', items: [] }, { origin: server.url });
    expect(same.status).toBe(201);
  });

  it('throttles sign-in per account with 429 and Retry-After, also for the right password', async () => {
    const client = new Client(server.url);
    for (let i = 0; i < 5; i++) expect((await client.signIn('hoa', 'sai mật khẩu rồi')).status).toBe(401);
    const locked = await client.signIn('hoa', PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    const activity = await as.admin.get('/api/activity?action=sign-in-failed');
    expect(activity.body.total).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(activity.body)).not.toContain('sai mật khẩu');
  });

  it('publishes the catalogue: public, CORS-open, ETag and 304', async () => {
    const published = await as.supervisor.post('/api/publications', { asOf: '2031-01-01' });
    expect(published.status).toBe(201);
    const latest = await anonymous.get('/api/catalogue/published');
    expect(latest.status).toBe(200);
    expect(latest.headers.get('etag')).toBe(`"${published.body.hash}"`);
    expect(latest.headers.get('access-control-allow-origin')).toBe('*');
    expect(latest.body).toMatchObject({ format: 'niemyet.catalogue', hash: published.body.hash });
    const again = await anonymous.get('/api/catalogue/published', {
      'if-none-match': `"${published.body.hash}"`,
    });
    expect(again.status).toBe(304);
    const snapshot = await as.reviewer.get('/api/catalogue/snapshot?at=2031-01-01');
    expect(snapshot.headers.get('etag')).toBe(`"${snapshot.body.hash}"`);
  });

  it('answers 400 naming the field, 413 over the body limit', async () => {
    const bad = await as.reviewer.get('/api/catalogue?limit=501');
    expect(bad.body).toMatchObject({ code: 'bad-request', params: { field: 'limit' } });
    const big = await as.drafter.request('POST', '/api/decisions', {
      text: JSON.stringify({ title: 'x'.repeat(1_100_000), items: [] }),
      type: 'application/json',
    });
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ code: 'payload-too-large', params: { limit: 1048576 } });
  });

  it('backs up and restores all or nothing, refusing a broken chain', async () => {
    await as.admin.request('POST', '/api/imports/decisions', { text: CSV }); // harmless when already there
    const backup = await as.supervisor.get('/api/backup');
    expect(backup.body.format).toBe('niemyet.workspace');
    const broken = structuredClone(backup.body);
    broken.changeLog[0].name = 'sửa lén';
    const refused = await as.admin.post('/api/restore', broken);
    expect(refused.body).toMatchObject({ code: 'restore-refused', params: { reason: 'chain-broken' } });
    // An issued decision edited behind the log's back: the entries still chain, the item does not.
    const edited = structuredClone(backup.body);
    const issued = edited.decisions.find((d: { state: string }) => d.state === 'issued');
    issued.items[0].name = 'sửa lén';
    const refusedEdit = await as.admin.post('/api/restore', edited);
    expect(refusedEdit.body).toMatchObject({ code: 'restore-refused', params: { reason: 'chain-broken' } });
    const newer = await as.admin.post('/api/restore', { ...backup.body, version: WORKSPACE_VERSION + 1 });
    expect(newer.body.params.reason).toBe('newer-version');
    const restored = await as.admin.post('/api/restore', backup.body);
    expect(restored.status).toBe(200);
    expect(restored.body.decisions).toBe(backup.body.decisions.length);
    expect((await as.reviewer.get('/api/changelog/verify')).body.ok).toBe(true);
  });

  it('ends the sessions of a disabled user', async () => {
    expect((await as.reviewer.get('/api/me')).status).toBe(200);
    await as.admin.patch('/api/users/minh', { disabled: true });
    expect((await as.reviewer.get('/api/me')).status).toBe(401);
  });
});
