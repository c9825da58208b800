import { type ServerProcess, startServerProcess } from '@niemyet/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverDatabases } from './server-databases';
import { setUpUsers, signedIn, USERS } from './users';

/**
 * Personal access tokens and the extension's reports (issue 13): a token is shown once and
 * kept hashed, grants reading the catalogue and reporting findings and nothing else, is
 * refused once revoked; a report under the token owner's name lands in the inbox, a resend
 * is harmless, and the same problem reported twice is one finding with two sightings; then
 * the inbox's rules (dismiss needs a reason, fixed is the server's) and its export.
 */

const databases = serverDatabases('tokens');
const PORTAL = 'https://dichvucong.example.gov.vn';

function bearer(token: string, init: RequestInit = {}): RequestInit {
  return {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
  };
}

const report = (clientId: string, code: string) => ({
  url: `${PORTAL}/p/home/dvc-tthc-thu-tuc-hanh-chinh.html`,
  findings: [
    {
      clientId,
      kind: 'abolished-but-listed',
      code,
      name: 'Thủ tục đã bãi bỏ',
      evidence: {
        url: `${PORTAL}/p/home/x.html`,
        at: '2026-01-01T00:00:00.000Z',
        text: `${code} Thủ tục đã bãi bỏ`,
      },
      diffs: [],
    },
  ],
});

describe.each(databases)('access tokens and reported findings on $label', (database) => {
  let server: ServerProcess;
  let remove: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const opened = await database.open();
    remove = opened.remove;
    server = await startServerProcess(opened.options);
    await setUpUsers(server);
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await remove();
  });

  it('grants a token only the catalogue and reports, under its owner, until revoked', async () => {
    const drafter = await signedIn(server.url, USERS.drafter);
    const reviewer = await signedIn(server.url, USERS.reviewer);
    const created = await drafter.post('/api/tokens', { name: 'Tiện ích trình duyệt' });
    expect(created.status).toBe(201);
    const token = created.body.token as string;
    expect(token.length).toBeGreaterThan(30);
    const listed = await drafter.get('/api/tokens');
    expect(listed.body.tokens).toEqual([
      {
        id: created.body.id,
        name: 'Tiện ích trình duyệt',
        createdAt: created.body.createdAt,
        lastUsedAt: null,
        revokedAt: null,
      },
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(token);
    // Another user's list does not show it, nor can they revoke it.
    expect((await reviewer.get('/api/tokens')).body.tokens).toEqual([]);
    expect((await reviewer.request('DELETE', `/api/tokens/${created.body.id}`)).status).toBe(404);

    const snapshot = await fetch(`${server.url}/api/catalogue/snapshot`, bearer(token));
    expect(snapshot.status).toBe(200);
    await snapshot.body?.cancel();
    for (const [method, path] of [
      ['GET', '/api/decisions'],
      ['GET', '/api/findings'],
      ['GET', '/api/tokens'],
      ['POST', '/api/tokens'],
    ] as const) {
      const refused = await fetch(
        `${server.url}${path}`,
        bearer(token, { method, body: method === 'POST' ? '{}' : undefined }),
      );
      expect(refused.status, `${method} ${path}`).toBe(403);
      expect((await refused.json()).code).toBe('forbidden');
    }

    // The report, sent twice (a queue resent after the server answered late): one sighting.
    for (let i = 0; i < 2; i++) {
      const sent = await fetch(
        `${server.url}/api/findings`,
        bearer(token, { method: 'POST', body: JSON.stringify(report('c-1', '1.000001')) }),
      );
      expect(sent.status).toBe(200);
      expect((await sent.json()).findings).toEqual([{ id: expect.any(String), created: i === 0 }]);
    }
    // Another officer confirms the same problem: a second sighting, not a second finding.
    const other = await reviewer.post('/api/findings', report('r-1', '1.000001'));
    expect(other.body.findings[0].created).toBe(false);
    const inbox = await drafter.get('/api/findings');
    expect(inbox.body.total).toBe(1);
    const finding = inbox.body.findings[0];
    expect(finding).toMatchObject({
      code: '1.000001',
      kind: 'abolished-but-listed',
      state: 'open',
      sightings: 2,
      portal: PORTAL,
    });
    const detail = await drafter.get(`/api/findings/${finding.id}`);
    expect(detail.body.sightings.map((s: { reportedBy: string }) => s.reportedBy).sort()).toEqual(
      [USERS.drafter, USERS.reviewer].sort(),
    );
    expect(detail.body.sightings[0].evidence.text).toContain('1.000001');
    expect((await drafter.get('/api/tokens')).body.tokens[0].lastUsedAt).not.toBeNull();

    // Revoked: 401 token-revoked, so the extension can say so.
    expect((await drafter.request('DELETE', `/api/tokens/${created.body.id}`)).status).toBe(204);
    const revoked = await fetch(
      `${server.url}/api/findings`,
      bearer(token, { method: 'POST', body: JSON.stringify(report('c-2', '1.000002')) }),
    );
    expect(revoked.status).toBe(401);
    expect((await revoked.json()).code).toBe('token-revoked');
    const unknown = await fetch(`${server.url}/api/catalogue/snapshot`, bearer('not-a-token'));
    expect(unknown.status).toBe(401);
  });

  it('triages findings by the rules and exports the inbox', async () => {
    const drafter = await signedIn(server.url, USERS.drafter);
    const admin = await signedIn(server.url, USERS.admin);
    const sent = await drafter.post('/api/findings', report('t-1', '2.000001'));
    const id = sent.body.findings[0].id as string;
    const noReason = await drafter.patch(`/api/findings/${id}`, { state: 'dismissed' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.code).toBe('reason-required');
    // The admin reads the inbox but does not triage it.
    expect((await admin.patch(`/api/findings/${id}`, { state: 'reported' })).status).toBe(403);
    const reported = await drafter.patch(`/api/findings/${id}`, {
      state: 'reported',
      assignee: USERS.reviewer,
    });
    expect(reported.body).toMatchObject({
      state: 'reported',
      assignee: USERS.reviewer,
      stateChangedBy: USERS.drafter,
    });
    const dismissed = await drafter.patch(`/api/findings/${id}`, {
      state: 'dismissed',
      reason: 'Cổng đã gỡ',
    });
    expect(dismissed.body).toMatchObject({ state: 'dismissed', reason: 'Cổng đã gỡ' });
    expect((await drafter.patch(`/api/findings/${id}`, { state: 'reported' })).body.code).toBe(
      'invalid-transition',
    );
    expect((await drafter.patch(`/api/findings/${id}`, { state: 'open' })).body).toMatchObject({
      state: 'open',
      reason: null,
    });
    expect((await drafter.patch(`/api/findings/${id}`, { assignee: 'khong-co' })).status).toBe(404);

    const filtered = await drafter.get(
      `/api/findings?state=open&assignee=${USERS.reviewer}&kind=abolished-but-listed`,
    );
    expect(filtered.body.findings.map((f: { id: string }) => f.id)).toEqual([id]);
    // `me` is the caller, `none` the unassigned: the inbox's "Của tôi" and "Chưa giao".
    const reviewerOwn = await (await signedIn(server.url, USERS.reviewer)).get('/api/findings?assignee=me');
    expect(reviewerOwn.body.findings.map((f: { id: string }) => f.id)).toEqual([id]);
    expect((await drafter.get('/api/findings?assignee=me')).body.total).toBe(0);
    const unassigned = await drafter.get('/api/findings?assignee=none');
    expect(unassigned.body.findings.map((f: { id: string }) => f.id)).not.toContain(id);
    expect(unassigned.body.total).toBeGreaterThan(0);
    const digest = await drafter.get('/api/findings/digest');
    const forReviewer = digest.body.byAssignee.find(
      (g: { assignee: string | null }) => g.assignee === USERS.reviewer,
    );
    expect(forReviewer.opened.map((f: { id: string }) => f.id)).toEqual([id]);
    expect(forReviewer).toMatchObject({ openedCount: 1, reopenedCount: 0 });
    const trend = await drafter.get(`/api/findings/trend?weeks=4&portal=${encodeURIComponent(PORTAL)}`);
    expect(trend.body.weeks).toHaveLength(4);
    expect(trend.body.portals).toEqual([{ portal: PORTAL, open: [0, 0, 0, 2] }]);

    const csv = await drafter.request('GET', '/api/findings/export?format=csv&state=open');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = typeof csv.body === 'string' ? csv.body : new TextDecoder().decode(csv.body);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(text).toContain('Đã bãi bỏ nhưng còn niêm yết');
    const xlsx = await drafter.request('GET', '/api/findings/export?format=xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
  });

  it('files an abolished procedure an officer saw listed under its field and agency, from the catalogue’s history', async () => {
    const drafter = await signedIn(server.url, USERS.drafter);
    const csv = [
      'decision_number,signed_on,effective_on,action,code,name,level,field,agency,legal_basis',
      '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,3.000001,Cấp phép khai thác nước,Cấp tỉnh,Tài nguyên nước,Sở Tài nguyên và Môi trường,',
      '11/QĐ-UBND,01/03/2021,05/03/2021,Bãi bỏ,3.000001,Cấp phép khai thác nước,Cấp tỉnh,Tài nguyên nước,Sở Tài nguyên và Môi trường,',
    ].join('\n');
    expect((await drafter.request('POST', '/api/imports/decisions', { text: csv })).status).toBe(200);
    const sent = await drafter.post('/api/findings', report('h-1', '3.000001'));
    const detail = await drafter.get(`/api/findings/${sent.body.findings[0].id}`);
    expect(detail.body.finding).toMatchObject({
      code: '3.000001',
      field: 'Tài nguyên nước',
      agency: 'Sở Tài nguyên và Môi trường',
      level: 'province',
    });
    const byField = await drafter.get(`/api/findings?field=${encodeURIComponent('Tài nguyên nước')}`);
    expect(byField.body.findings.map((f: { code: string }) => f.code)).toEqual(['3.000001']);
  });
});
