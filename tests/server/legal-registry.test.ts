import { Client, type ServerProcess, startServerProcess } from '@niemyet/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALENDAR, decree, importCatalogue, ok, provinceDueDate, put, todayThere } from './legal-workspace';
import { serverDatabases } from './server-databases';
import { setUpUsers, signedIn, USERS } from './users';

/**
 * The legal-document registry through the API, on each database: registering an amending
 * Decree and the review tasks it makes, impact and the document page across number
 * spellings, the CSV import (all or nothing), documents only cited, the legal basis of a
 * procedure and the catalogue-wide flags, and who may write.
 */

const databases = serverDatabases('legal_registry');

describe.each(databases)('legal registry: $label', (database) => {
  let server: ServerProcess;
  let remove: () => Promise<void> = async () => {};
  let admin: Client;
  let drafter: Client;
  let reviewer: Client;
  const today = todayThere();
  const effectiveOn = CALENDAR.addWorkingDays(today, 10);

  beforeAll(async () => {
    const opened = await database.open();
    remove = opened.remove;
    server = await startServerProcess(opened.options);
    admin = await setUpUsers(server);
    drafter = await signedIn(server.url, USERS.drafter);
    reviewer = await signedIn(server.url, USERS.reviewer);
    await importCatalogue(drafter);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await remove();
  }, 60_000);

  it('lists the documents the catalogue cites before any is registered', async () => {
    const list = ok('list', await drafter.get('/api/documents')).body;
    expect(list.at).toBe(today);
    expect(list.counts).toEqual({ registered: 0, citedOnly: 4 });
    // Most cited first; each spelling of one document is one row.
    expect(list.documents.map((d: { number: string; citedBy: number }) => [d.number, d.citedBy])).toEqual([
      ['01/2018/TT-VPCP', 2],
      ['123/2015/NĐ-CP', 2],
      ['43/2014/NĐ-CP', 2],
      ['59/2020/QH14', 1],
    ]);
    expect(list.documents[0]).toMatchObject({ document: null, status: 'cited_only', since: null, by: null });
    expect(list.documents[0].citation.number).toMatch(/01 ?\/2018\/TT-VPCP/);
  });

  it('registers an amending Decree effective in 10 working days: a task per citing procedure, due 5 working days before', async () => {
    const written = ok(
      'register',
      await reviewer.post(
        '/api/documents',
        decree('Nghị định số 99/2026/NĐCP', effectiveOn, [{ kind: 'amends', target: '43/2014/NĐCP' }]),
      ),
      201,
    ).body;
    expect(written.documents).toHaveLength(1);
    expect(written.documents[0]).toMatchObject({
      id: 'vb:99/2026/NĐ-CP',
      number: '99/2026/NĐ-CP',
      rawNumber: 'Nghị định số 99/2026/NĐCP',
      status: 'not_yet_effective',
      relations: [{ kind: 'amends', target: '43/2014/NĐ-CP' }],
    });
    const due = provinceDueDate(effectiveOn);
    expect(CALENDAR.workingDaysBetween(due, effectiveOn)).toBe(5);
    expect(written.tasks.map((t: { procedureIds: string[] }) => t.procedureIds[0]).sort()).toEqual([
      '1.001193',
      '1.004227',
    ]);
    for (const task of written.tasks)
      expect(task).toMatchObject({
        kind: 'event',
        state: 'open',
        dueOn: due,
        documentNumber: '43/2014/NĐ-CP',
        triggeredBy: '99/2026/NĐ-CP',
        relation: 'amends',
        campaignId: null,
      });

    // The same number in another spelling is the same document.
    const again = await reviewer.post('/api/documents', decree('99/2026/NĐ-CP', effectiveOn));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'document-exists', params: { number: '99/2026/NĐ-CP' } });
  });

  it('refuses a document whose relations give no date, an unknown issuer kind, a number that is none', async () => {
    const undated = await reviewer.post('/api/documents', {
      ...decree('77/2026/NĐ-CP', effectiveOn, [{ kind: 'replaces', target: '123/2015/NĐ-CP' }]),
      issuedOn: null,
      effectiveOn: null,
    });
    expect(undated.status).toBe(422);
    expect(undated.body).toMatchObject({
      code: 'document-without-date',
      params: { number: '77/2026/NĐ-CP' },
    });
    const noRule = await reviewer.post(
      '/api/documents?issuerKind=commune',
      decree('78/2026/NĐ-CP', effectiveOn, [{ kind: 'replaces', target: '123/2015/NĐ-CP' }]),
    );
    expect(noRule.status).toBe(422);
    expect(noRule.body).toMatchObject({ code: 'no-deadline-rule', params: { issuerKind: 'commune' } });
    const notANumber = await reviewer.post('/api/documents', decree('không có số', effectiveOn));
    expect(notANumber.status).toBe(422);
    expect(notANumber.body).toMatchObject({ code: 'bad-request', params: { field: 'number' } });
    const list = ok('list', await reviewer.get('/api/documents?source=registered')).body;
    expect(list.counts.registered).toBe(1);
  });

  it('lets drafters read but not write, and no one signed out read', async () => {
    const refused = await drafter.post('/api/documents', decree('80/2026/NĐ-CP', effectiveOn));
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'forbidden', params: { permission: 'legal.write' } });
    expect((await drafter.request('POST', '/api/documents/import', { text: 'x' })).status).toBe(403);
    expect(
      (await put(drafter, '/api/documents/99%2F2026%2FN%C4%90-CP', decree('99/2026/NĐ-CP', effectiveOn)))
        .status,
    ).toBe(403);
    ok('drafter reads', await drafter.get('/api/documents'));
    ok('drafter reads impact', await drafter.get('/api/impact?number=43/2014/NĐ-CP'));
    expect((await new Client(server.url).get('/api/documents')).status).toBe(401);
  });

  it('finds the procedures citing a document however either side spelled it', async () => {
    for (const spelling of ['43/2014/NĐ-CP', 'Nghị định số 43/2014/NĐ-CP', '43/2014/NĐCP', '43/2014/nđ-cp']) {
      const impact = ok(
        spelling,
        await drafter.get(`/api/impact?number=${encodeURIComponent(spelling)}`),
      ).body;
      expect(impact.document).toBe('43/2014/NĐ-CP');
      expect(impact.at).toBe(today);
      expect(impact.procedures.map((p: { code: string }) => p.code)).toEqual(['1.001193', '1.004227']);
    }
    const circular = ok('circular', await drafter.get('/api/impact?number=01%2F2018%2FTT-VPCP')).body;
    expect(circular.procedures.map((p: { code: string }) => p.code)).toEqual(['1.000895', '1.004227']);
    expect(circular.procedures[0]).toMatchObject({ name: 'Gia hạn giấy phép xây dựng', field: 'Xây dựng' });
    // Before the catalogue's procedures took effect, nothing cited it.
    expect(
      ok('2019', await drafter.get('/api/impact?number=43/2014/NĐ-CP&at=2019-01-01')).body.procedures,
    ).toEqual([]);
    expect((await drafter.get('/api/impact')).status).toBe(400);
  });

  it("opens a document's page by its number in any spelling: status, incoming relations, procedures, tasks", async () => {
    const cited = ok(
      'cited',
      await reviewer.get(`/api/documents/${encodeURIComponent('43/2014/NĐCP')}`),
    ).body;
    expect(cited.row).toMatchObject({
      number: '43/2014/NĐ-CP',
      document: null,
      status: 'cited_only',
      citedBy: 2,
    });
    expect(cited.incoming).toEqual([
      {
        kind: 'amends',
        by: '99/2026/NĐ-CP',
        byTitle: 'Nghị định Nghị định số 99/2026/NĐCP thử nghiệm',
        on: effectiveOn,
      },
    ]);
    expect(cited.procedures.map((p: { code: string }) => p.code)).toEqual(['1.001193', '1.004227']);
    expect(cited.tasks).toHaveLength(2);
    expect(cited.tasks[0]).toMatchObject({ overdue: false, campaignTitle: null, documentTitle: '' });
    expect(cited.tasks[0].procedures[0].name).toMatch(/^Đăng ký/);

    const registered = ok(
      'registered',
      await reviewer.get(`/api/documents/${encodeURIComponent('Nghị định 99/2026/NĐ-CP')}`),
    ).body;
    expect(registered.row).toMatchObject({
      number: '99/2026/NĐ-CP',
      status: 'not_yet_effective',
      citedBy: 0,
    });
    // The tasks it caused are on its page too.
    expect(registered.tasks).toHaveLength(2);
    const later = ok(
      'after it takes effect',
      await reviewer.get(`/api/documents/${encodeURIComponent('43/2014/NĐ-CP')}?at=${effectiveOn}`),
    ).body;
    expect(later.at).toBe(effectiveOn);
    const missing = await reviewer.get(`/api/documents/${encodeURIComponent('1/2001/NĐ-CP')}`);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('not-found');
  });

  it('edits a registered document by its number; the number itself cannot change', async () => {
    const path = `/api/documents/${encodeURIComponent('99/2026/NĐCP')}`;
    const edited = ok(
      'edit',
      await put(reviewer, path, {
        ...decree('99/2026/NĐ-CP', effectiveOn, [{ kind: 'amends', target: '43/2014/NĐ-CP' }]),
        title: 'Sửa đổi, bổ sung Nghị định 43/2014/NĐ-CP',
      }),
    ).body;
    expect(edited.documents[0]).toMatchObject({
      id: 'vb:99/2026/NĐ-CP',
      title: 'Sửa đổi, bổ sung Nghị định 43/2014/NĐ-CP',
    });
    // Its tasks exist already: none made twice.
    expect(edited.tasks).toEqual([]);
    const renamed = await put(reviewer, path, decree('98/2026/NĐ-CP', effectiveOn));
    expect(renamed.status).toBe(422);
    expect(renamed.body.params.field).toBe('number');
    expect(
      (await put(reviewer, '/api/documents/5%2F2001%2FN%C4%90-CP', decree('5/2001/NĐ-CP', effectiveOn)))
        .status,
    ).toBe(404);
  });

  it('imports a CSV all or nothing: 422 with every error by row and column, nothing written', async () => {
    const header =
      'Số ký hiệu,Loại văn bản,Cơ quan ban hành,Trích yếu,Ngày ban hành,Ngày hiệu lực,Ngày hết hiệu lực,Quan hệ';
    const bad = [
      header,
      '123/2015/NĐ-CP,Nghị định,Chính phủ,Quy định về xây dựng,01/06/2015,01/07/2015,01/01/2021,',
      'không phải số,Nghị định,Chính phủ,Sai,01/06/2015,31/02/2016,,',
      '05/2021/TT-VPCP,Thông tư,Văn phòng Chính phủ,Thay thế,01/01/2021,15/02/2021,,làm lại 01/2018/TT-VPCP',
    ].join('\n');
    const refused = await reviewer.request('POST', '/api/documents/import', { text: bad });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('import-invalid');
    const rows = refused.body.errors.map((e: { row: number; column: string | null }) => [e.row, e.column]);
    expect(rows).toContainEqual([3, 'Số ký hiệu']);
    expect(rows).toContainEqual([3, 'Ngày hiệu lực']);
    expect(rows).toContainEqual([4, 'Quan hệ']);
    expect(
      ok('after refusal', await reviewer.get('/api/documents?source=registered')).body.counts.registered,
    ).toBe(1);

    const good = [
      header,
      '123/2015/NĐ-CP,Nghị định,Chính phủ,Quy định về xây dựng,01/06/2015,01/07/2015,01/01/2021,',
      '05/2021/TT-VPCP,Thông tư,Văn phòng Chính phủ,Thay thế Thông tư 01,01/01/2021,15/02/2021,,thay thế 01 /2018/TT-VPCP',
    ].join('\n');
    const imported = ok(
      'import',
      await reviewer.request('POST', '/api/documents/import', {
        text: good,
        headers: { 'x-file-name': 'van-ban.csv' },
      }),
    ).body;
    expect(imported.documents.map((d: { number: string; status: string }) => [d.number, d.status])).toEqual([
      ['123/2015/NĐ-CP', 'expired'],
      ['05/2021/TT-VPCP', 'in_force'],
    ]);
    // The replacing Circular took effect in 2021: the procedures citing the old one then get tasks.
    expect(imported.tasks.map((t: { procedureIds: string[] }) => t.procedureIds[0]).sort()).toEqual([
      '1.000895',
      '1.004227',
    ]);
    expect(imported.tasks[0]).toMatchObject({ relation: 'replaces', dueOn: provinceDueDate('2021-02-15') });
    const again = await reviewer.request('POST', '/api/documents/import', { text: good });
    expect(again.status).toBe(422);
    expect(again.body.errors[0]).toMatchObject({ row: 2, code: 'document-registered' });
    const activity = ok('activity', await admin.get('/api/activity?action=import')).body;
    expect(activity.entries[0]).toMatchObject({
      actor: USERS.reviewer,
      target: 'van-ban.csv',
      details: { legalDocuments: 2, reviewTasks: 2 },
    });
  });

  it("shows a procedure's legal basis with each document's status, and flags those resting on ended ones", async () => {
    const basis = ok('basis', await drafter.get('/api/procedures/1.000895/legal-basis')).body;
    expect(
      basis.entries.map((e: { number: string; status: string; by: string | null }) => [
        e.number,
        e.status,
        e.by,
      ]),
    ).toEqual([
      ['123/2015/NĐ-CP', 'expired', null],
      ['01/2018/TT-VPCP', 'cited_only', null],
    ]);
    expect(basis.flagged).toBe(true);
    const fine = ok('fine', await drafter.get('/api/procedures/1.002000/legal-basis')).body;
    expect(fine).toMatchObject({
      flagged: false,
      entries: [{ number: '59/2020/QH14', status: 'cited_only' }],
    });
    expect((await drafter.get('/api/procedures/1.999999/legal-basis')).status).toBe(404);

    const flags = ok('flags', await drafter.get('/api/legal-basis/flags')).body;
    expect(flags.total).toBe(2);
    expect(flags.procedures.map((f: { procedure: { code: string } }) => f.procedure.code)).toEqual([
      '1.000894',
      '1.000895',
    ]);
    expect(flags.byField).toEqual([{ name: 'Xây dựng', count: 2 }]);
    expect(flags.byAgency).toEqual([{ name: 'Sở Xây dựng', count: 2 }]);
    expect(flags.byDocument).toEqual([{ name: '123/2015/NĐ-CP', count: 2 }]);
    const filtered = ok(
      'filtered',
      await drafter.get('/api/legal-basis/flags?field=H%E1%BB%99%20t%E1%BB%8Bch&limit=1'),
    ).body;
    expect(filtered.total).toBe(0);
    expect(filtered.byField).toEqual(flags.byField);
    // Before the Decree expired nothing was flagged.
    expect(ok('2020', await drafter.get('/api/legal-basis/flags?at=2020-06-01')).body.total).toBe(0);
  });

  it('filters and searches the registry', async () => {
    const all = ok('all', await drafter.get('/api/documents')).body;
    expect(all.counts).toEqual({ registered: 3, citedOnly: 3 });
    expect(all.total).toBe(6);
    // Registered by issue date, newest first, then the cited-only.
    expect(all.documents.map((d: { number: string }) => d.number)).toEqual([
      '99/2026/NĐ-CP',
      '05/2021/TT-VPCP',
      '123/2015/NĐ-CP',
      '01/2018/TT-VPCP',
      '43/2014/NĐ-CP',
      '59/2020/QH14',
    ]);
    const replaced = all.documents.find((d: { number: string }) => d.number === '01/2018/TT-VPCP');
    expect(replaced).toMatchObject({ status: 'cited_only', citedBy: 2 });
    const expired = ok('expired', await drafter.get('/api/documents?status=expired')).body;
    expect(expired.documents.map((d: { number: string }) => d.number)).toEqual(['123/2015/NĐ-CP']);
    expect(expired.documents[0].since).toBe('2021-01-01');
    const search = ok(
      'search',
      await drafter.get(`/api/documents?q=${encodeURIComponent('thay the thong tu')}`),
    ).body;
    expect(search.documents.map((d: { number: string }) => d.number)).toEqual(['05/2021/TT-VPCP']);
    const byNumber = ok(
      'by number',
      await drafter.get(`/api/documents?q=${encodeURIComponent('43/2014/NĐCP')}`),
    ).body;
    expect(byNumber.documents.map((d: { number: string }) => d.number)).toEqual(['43/2014/NĐ-CP']);
    const cited = ok('cited', await drafter.get('/api/documents?source=cited&limit=1&offset=1')).body;
    expect(cited).toMatchObject({ total: 3, documents: [{ number: '43/2014/NĐ-CP' }] });
    expect((await drafter.get('/api/documents?limit=0')).status).toBe(400);
  });
});
