import { readDocx, readQrCode } from '@niemyet/exports/testing';
import { Client, type ServerProcess, startServerProcess } from '@niemyet/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedDecision } from './decision-flow';
import { CALENDAR, CATALOGUE_CSV, ok, todayThere } from './legal-workspace';
import { serverDatabases } from './server-databases';
import { setUpUsers, signedIn, USERS } from './users';

/**
 * Posting at the counter (issue 14) through the API, on each database: offices and their
 * scope, the first posting, the checklist after a decision that abolishes one procedure of an
 * office and amends another, who marked what and when, stale and concurrent marks, who may
 * mark, the public list and page without sign-in (escaped, cached by ETag), and backups.
 */

const databases = serverDatabases('posting');

// The legal suites' catalogue, plus a commune procedure whose name carries markup (imported
// lists and portals are not trusted text).
const HOSTILE_NAME = 'Chứng thực <script>alert("x")</script> bản sao';
const CSV = `${CATALOGUE_CSV}\n10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.009999,"${HOSTILE_NAME.replaceAll('"', '""')}",Cấp xã,Chứng thực,UBND cấp xã,43/2014/NĐ-CP`;
const COMMUNE = ['1.001193', '1.002000', '1.004227', '1.009999'];
const PROVINCE = ['1.000894', '1.000895'];

interface Item {
  action: string;
  procedureId: string;
  diffs: { field: string; expected: unknown; actual: unknown }[];
}

describe.each(databases)('posting: $label', (database) => {
  let server: ServerProcess;
  let remove: () => Promise<void> = async () => {};
  let admin: Client;
  let drafter: Client;
  let reviewer: Client;
  let commune = '';
  let province = '';
  const today = todayThere();
  // The decision took effect 7 working days ago: past the 5-working-day default.
  const effectiveOn = CALENDAR.addWorkingDays(today, -7);

  beforeAll(async () => {
    const opened = await database.open();
    remove = opened.remove;
    server = await startServerProcess(opened.options);
    admin = await setUpUsers(server);
    drafter = await signedIn(server.url, USERS.drafter);
    reviewer = await signedIn(server.url, USERS.reviewer);
    ok('catalogue import', await drafter.request('POST', '/api/imports/decisions', { text: CSV }));
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await remove();
  }, 60_000);

  const checklist = async (id: string) =>
    ok('checklist', await drafter.get(`/api/offices/${id}/checklist`)).body;

  it('creates offices by agency (written any way) and by level; only supervisors and admins may', async () => {
    expect(
      (await drafter.post('/api/offices', { name: 'x', scope: { agencies: ['UBND cấp xã'] } })).status,
    ).toBe(403);
    const bad = await admin.post('/api/offices', { name: 'Một cửa', scope: { agencies: [], levels: [] } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'bad-request', params: { field: 'scope.agencies' } });

    commune = ok(
      'commune office',
      await admin.post('/api/offices', {
        name: 'Bộ phận Một cửa xã Tân Phú',
        area: 'Xã Tân Phú, huyện Đồng Phú',
        address: 'Ấp 1, xã Tân Phú',
        scope: { agencies: ['ubnd cap xa'] },
      }),
      201,
    ).body.id;
    province = ok(
      'province office',
      await admin.post('/api/offices', {
        name: 'Trung tâm Phục vụ hành chính công tỉnh',
        scope: { levels: ['province'] },
      }),
      201,
    ).body.id;

    const first = await checklist(commune);
    expect(first.neverPosted).toBe(true);
    expect(first.office).toMatchObject({ id: commune, name: 'Bộ phận Một cửa xã Tân Phú' });
    expect(first.items.map((i: Item) => [i.action, i.procedureId]).sort()).toEqual(
      COMMUNE.map((id) => ['add', id]),
    );
    expect((await checklist(province)).items.map((i: Item) => i.procedureId).sort()).toEqual(PROVINCE);

    const sheet = ok('sheet', await drafter.get(`/api/offices/${commune}/sheet`)).body;
    expect(sheet).toMatchObject({ validFrom: today, total: 4 });
    expect(sheet.groups.map((g: { field: string }) => g.field)).toEqual(['Chứng thực', 'Hộ tịch']);
    // The same sheet as an A4 DOCX: every procedure of the office in it, each QR code its portal page.
    const docx = await fetch(`${server.url}/api/offices/${commune}/sheet.docx?at=${today}`, {
      headers: { cookie: drafter.sessionCookie ?? '' },
    });
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    expect(docx.headers.get('content-disposition')).toContain(
      `niem-yet-bo-phan-mot-cua-xa-tan-phu-${today}.docx`,
    );
    const document = readDocx(new Uint8Array(await docx.arrayBuffer()));
    const entries = sheet.groups.flatMap(
      (g: { entries: { code: string; portalUrl: string }[] }) => g.entries,
    );
    for (const entry of entries) {
      const row = document.rows.find((r) => r.cells.includes(entry.code));
      expect(row, entry.code).toBeDefined();
      expect(row!.images).toHaveLength(1);
      expect(readQrCode(document.media.get(row!.images[0]!)!)).toBe(entry.portalUrl);
    }
    expect((await new Client(server.url).get(`/api/offices/${commune}/sheet.docx`)).status).toBe(401);

    const patched = ok(
      'patch',
      await admin.patch(`/api/offices/${province}`, { address: 'Số 1 đường Lê Duẩn' }),
    );
    expect(patched.body).toMatchObject({
      id: province,
      address: 'Số 1 đường Lê Duẩn',
      scope: { levels: ['province'] },
    });
    for (const path of [`/api/offices/nope`, `/api/offices/nope/checklist`, `/api/offices/nope/sheet`]) {
      const missing = await drafter.get(path);
      expect(missing.status, path).toBe(404);
      expect(missing.body).toMatchObject({ code: 'not-found', params: { resource: 'office', id: 'nope' } });
    }
  });

  it('first posting: all added, marked done, the checklist is empty and records who and when', async () => {
    const before = Date.now();
    const done = ok(
      'first posting',
      await drafter.post(`/api/offices/${commune}/checklist/done`, {
        items: COMMUNE.map((procedureId) => ({ procedureId, action: 'add' })),
      }),
    ).body;
    expect(done.items).toEqual([]);
    expect(done.neverPosted).toBe(false);
    expect(done.done).toHaveLength(4);
    for (const record of done.done) {
      expect(record).toMatchObject({ action: 'add', doneBy: USERS.drafter, postedOn: today });
      expect(Date.parse(record.doneAt)).toBeGreaterThanOrEqual(before - 1000);
    }
  });

  it('two people marking the same items at once: one records them, the other is told the list changed', async () => {
    const body = { items: PROVINCE.map((procedureId) => ({ procedureId, action: 'add' })) };
    const replies = await Promise.all([
      drafter.post(`/api/offices/${province}/checklist/done`, body),
      admin.post(`/api/offices/${province}/checklist/done`, body),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(replies.find((r) => r.status === 409)!.body).toMatchObject({
      code: 'checklist-changed',
      params: { procedureIds: PROVINCE },
    });
    const after = await checklist(province);
    expect(after.items).toEqual([]);
    expect(after.done).toHaveLength(2);
  });

  it('a decision abolishing one procedure and amending another: one take-down, one replace with the diff', async () => {
    const { id, revision } = await approvedDecision(
      drafter,
      reviewer,
      'Bãi bỏ và sửa đổi thủ tục hộ tịch cấp xã',
      [
        { action: 'abolished', code: '1.002000', reason: 'Không còn phù hợp' },
        { action: 'amended', code: '1.001193', changes: { processingTime: '03 ngày làm việc' } },
      ],
      effectiveOn,
    );
    ok(
      'issue',
      await drafter.post(`/api/decisions/${id}/transitions`, {
        to: 'issued',
        revision,
        number: '77/QĐ-UBND',
        signedOn: effectiveOn,
        effectiveOn,
      }),
    );

    const list = await checklist(commune);
    expect(list.items.map((i: Item) => [i.action, i.procedureId])).toEqual([
      ['take-down', '1.002000'],
      ['replace', '1.001193'],
    ]);
    expect(list.items[0]).toMatchObject({ since: effectiveOn, decisionNumber: '77/QĐ-UBND' });
    expect(list.items[1].diffs).toEqual([
      expect.objectContaining({ field: 'processingTime', expected: null, actual: '03 ngày làm việc' }),
    ]);
    expect(list.counts).toEqual({ 'take-down': 1, replace: 1, add: 0 });
    expect(list.pendingSince).toBe(effectiveOn);
    expect(list.workingDaysOpen).toBe(7);
    expect(list.deadline).toMatchObject({
      ruleId: 'office-reposted-after-change',
      workingDays: 5,
      dueOn: CALENDAR.addWorkingDays(effectiveOn, 5),
      overdue: true,
    });

    // Supervisors' list: the commune office is overdue and first, the province office is up to date.
    const offices = ok('offices', await reviewer.get('/api/offices')).body;
    expect(offices.at).toBe(today);
    expect(offices.offices.map((o: { id: string }) => o.id)).toEqual([commune, province]);
    expect(offices.offices[0]).toMatchObject({
      postedOn: today,
      postedCount: 4,
      counts: { 'take-down': 1, replace: 1, add: 0 },
      neverPosted: false,
      pendingSince: effectiveOn,
      workingDaysOpen: 7,
      deadline: { overdue: true },
    });
    expect(offices.offices[1]).toMatchObject({
      postedCount: 2,
      counts: { 'take-down': 0, replace: 0, add: 0 },
      workingDaysOpen: 0,
      deadline: null,
    });
  });

  it('a stale mark is refused whole; a reviewer may not mark; the drafter re-posts and it is recorded', async () => {
    const stale = await drafter.post(`/api/offices/${commune}/checklist/done`, {
      items: [
        { procedureId: '1.001193', action: 'replace' },
        { procedureId: '1.002000', action: 'replace' },
        { procedureId: '1.004227', action: 'take-down' },
      ],
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: 'checklist-changed',
      params: { procedureIds: ['1.002000', '1.004227'] },
    });
    // Nothing of it was written: the replace that was still pending is pending still.
    const unchanged = await checklist(commune);
    expect(unchanged.items).toHaveLength(2);
    expect(unchanged.done).toHaveLength(4);

    const refused = await reviewer.post(`/api/offices/${commune}/checklist/done`, {
      items: [{ procedureId: '1.002000', action: 'take-down' }],
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'forbidden', params: { permission: 'posting.record' } });

    const before = Date.now();
    const done = ok(
      're-posting',
      await drafter.post(`/api/offices/${commune}/checklist/done`, {
        items: [
          { procedureId: '1.002000', action: 'take-down' },
          { procedureId: '1.001193', action: 'replace' },
        ],
      }),
    ).body;
    expect(done.items).toEqual([]);
    expect(done.pendingSince).toBeNull();
    expect(done.done).toHaveLength(6);
    expect(
      done.done
        .slice(0, 2)
        .map((r: { procedureId: string }) => r.procedureId)
        .sort(),
    ).toEqual(['1.001193', '1.002000']);
    for (const record of done.done.slice(0, 2)) {
      expect(record).toMatchObject({ doneBy: USERS.drafter, decisionNumber: '77/QĐ-UBND', postedOn: today });
      expect(Date.parse(record.doneAt)).toBeGreaterThanOrEqual(before - 1000);
    }
    const activity = ok('activity', await admin.get('/api/activity?action=reposting')).body;
    expect(activity.entries[0]).toMatchObject({
      actor: USERS.drafter,
      action: 'reposting',
      target: commune,
      details: { 'take-down': 1, replace: 1, add: 0 },
    });
  });

  it('the public list and page show the new list without signing in, escaped and cached', async () => {
    const anonymous = new Client(server.url);
    const offices = ok('public offices', await anonymous.get('/api/public/offices'));
    expect(offices.headers.get('access-control-allow-origin')).toBe('*');
    expect(offices.body.offices.find((o: { id: string }) => o.id === commune)).toMatchObject({
      postedOn: today,
      total: 3,
    });

    const reply = ok('public office', await anonymous.get(`/api/public/offices/${commune}`));
    expect(reply.headers.get('access-control-allow-origin')).toBe('*');
    expect(reply.headers.get('cache-control')).toBe('public, max-age=60');
    const entries = reply.body.groups.flatMap((g: { entries: unknown[] }) => g.entries);
    expect(entries.map((e: { procedureId: string }) => e.procedureId).sort()).toEqual([
      '1.001193',
      '1.004227',
      '1.009999',
    ]);
    expect(entries.find((e: { procedureId: string }) => e.procedureId === '1.001193')).toMatchObject({
      processingTime: '03 ngày làm việc',
      portalUrl: expect.stringContaining('dichvucong.gov.vn'),
    });
    const etag = reply.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    expect((await anonymous.get(`/api/public/offices/${commune}`, { 'if-none-match': etag })).status).toBe(
      304,
    );

    const page = await fetch(`${server.url}/public/offices/${commune}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain('frame-ancestors *');
    expect(csp).toContain("default-src 'none'");
    expect(page.headers.get('x-frame-options')).toBeNull();
    const html = await page.text();
    expect(html).toContain('Bộ phận Một cửa xã Tân Phú');
    expect(html).toContain('Xã Tân Phú, huyện Đồng Phú');
    expect(html).toContain(
      `Danh mục thủ tục hành chính niêm yết từ ngày ${today.split('-').reverse().join('/')}`,
    );
    expect(html).toContain('Đăng ký kết hôn');
    expect(html).not.toContain('Cấp bản sao trích lục');
    expect(html).toContain('03 ngày làm việc');
    expect(html).toContain('Chứng thực &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; bản sao');
    expect(html).not.toMatch(/<script/i);
    expect(html.match(/<svg /g)).toHaveLength(3);
    expect(html).toContain('@page{size:A4');
    const pageTag = page.headers.get('etag')!;
    const again = await fetch(`${server.url}/public/offices/${commune}`, {
      headers: { 'if-none-match': pageTag },
    });
    expect(again.status).toBe(304);

    const missing = await fetch(`${server.url}/public/offices/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Không tìm thấy bộ phận niêm yết');
    expect((await anonymous.get('/api/public/offices/nope')).body).toMatchObject({ code: 'not-found' });

    const fresh = ok(
      'unposted office',
      await admin.post('/api/offices', { name: 'Một cửa Sở Tư pháp', scope: { agencies: ['Sở Tư pháp'] } }),
      201,
    ).body.id;
    const empty = await (await fetch(`${server.url}/public/offices/${fresh}`)).text();
    expect(empty).toContain('chưa niêm yết danh mục thủ tục hành chính');
  });

  it('backup and restore keep offices, posted lists and records', async () => {
    const bundle = ok('backup', await admin.get('/api/backup')).body;
    expect(bundle.offices.map((o: { id: string }) => o.id)).toContain(commune);
    expect(bundle.officePostings.filter((p: { officeId: string }) => p.officeId === commune)).toHaveLength(3);
    const extra = ok(
      'extra office',
      await admin.post('/api/offices', { name: 'Tạm', scope: { levels: ['commune'] } }),
      201,
    ).body.id;
    ok('restore', await admin.request('POST', '/api/restore', { json: bundle }));
    const offices = ok('offices', await drafter.get('/api/offices')).body.offices.map(
      (o: { id: string }) => o.id,
    );
    expect(offices).toContain(commune);
    expect(offices).not.toContain(extra);
    const after = await checklist(commune);
    expect(after.items).toEqual([]);
    expect(after.done).toHaveLength(6);
    expect((await drafter.get(`/api/public/offices/${commune}`)).body.total).toBe(3);

    // A bundle written before offices restores, and leaves them as they are.
    const { offices: _o, officePostings: _p, postingRecords: _r, ...older } = bundle;
    ok('older restore', await admin.request('POST', '/api/restore', { json: older }));
    expect((await drafter.get(`/api/public/offices/${commune}`)).body.total).toBe(3);

    // A bundle merged in: an office the workspace lacks joins with its list; one it holds keeps its own.
    const joining = { ...bundle.offices[0], id: 'office-from-bundle', name: 'Một cửa từ gói dữ liệu' };
    const renamed = bundle.offices.map((o: { id: string }) =>
      o.id === commune ? { ...o, name: 'Đổi tên' } : o,
    );
    const postings = bundle.officePostings.filter((p: { officeId: string }) => p.officeId === commune);
    ok(
      'workspace import',
      await drafter.post('/api/imports/workspace', {
        ...bundle,
        offices: [...renamed, joining],
        officePostings: [
          ...bundle.officePostings,
          ...postings.map((p: object) => ({ ...p, officeId: 'office-from-bundle' })),
        ],
      }),
    );
    expect((await drafter.get(`/api/offices/${commune}`)).body.name).toBe('Bộ phận Một cửa xã Tân Phú');
    expect((await drafter.get('/api/public/offices/office-from-bundle')).body).toMatchObject({
      office: { name: 'Một cửa từ gói dữ liệu' },
      total: 3,
    });
  });
});
