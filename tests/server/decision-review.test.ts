import { Client, type Reply, type ServerProcess, startServerProcess } from '@niemyet/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newProcedureItem, testProcedureCode } from './decision-flow';
import { serverDatabases } from './server-databases';
import { setUpUsers, signedIn, TEST_PASSWORD, USERS } from './users';

/**
 * The review of a decision through the API, on each database: saved revisions, comments on
 * the decision, an item and a field, reviewers named at submission, the national-database
 * dates after issue (with their change-log entries), a procedure's history, the people to
 * name, and what the decision list says of each decision.
 */

const databases = serverDatabases('review');

/** Accounts besides setUpUsers' admin, drafter and reviewer. */
const MORE = {
  reviewer2: { username: 'thamdinh2', roles: ['reviewer'] },
  onLeave: { username: 'nghiphep', roles: ['reviewer'] },
  drafter2: { username: 'soanthao2', roles: ['drafter'] },
} as const;

function ok(what: string, reply: Reply, status = 200): Reply {
  if (reply.status !== status)
    throw new Error(`${what}: HTTP ${reply.status} (expected ${status}) ${JSON.stringify(reply.body)}`);
  return reply;
}

describe.each(databases)('decision review: $label', (database) => {
  let server: ServerProcess;
  let remove: () => Promise<void> = async () => {};
  let admin: Client;
  let drafter: Client;
  let reviewer: Client;
  let reviewer2: Client;
  let drafter2: Client;

  beforeAll(async () => {
    const opened = await database.open();
    remove = opened.remove;
    server = await startServerProcess(opened.options);
    admin = await setUpUsers(server);
    for (const account of Object.values(MORE))
      ok(
        `adding ${account.username}`,
        await admin.post('/api/users', { ...account, roles: [...account.roles], password: TEST_PASSWORD }),
        201,
      );
    ok('disabling', await admin.patch(`/api/users/${MORE.onLeave.username}`, { disabled: true }));
    drafter = await signedIn(server.url, USERS.drafter);
    reviewer = await signedIn(server.url, USERS.reviewer);
    reviewer2 = await signedIn(server.url, MORE.reviewer2.username);
    drafter2 = await signedIn(server.url, MORE.drafter2.username);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await remove();
  }, 60_000);

  /** A draft of `n` new procedures; returns its id and item ids. */
  async function draft(title: string, first: number, count = 1, by = drafter) {
    const items = Array.from({ length: count }, (_, i) => newProcedureItem(first + i));
    const created = ok(
      'create',
      await by.post('/api/decisions', { title, effectiveOn: '2024-03-01', items }),
      201,
    );
    const id: string = created.body.id;
    const detail = ok('read', await by.get(`/api/decisions/${id}`));
    return { id, itemIds: detail.body.decision.items.map((item: { id: string }) => item.id) as string[] };
  }

  async function summaryOf(client: Client, id: string) {
    const list = ok('list', await client.get('/api/decisions?limit=200'));
    return list.body.decisions.find((d: { id: string }) => d.id === id);
  }

  it('lists the enabled accounts with their roles to any signed-in user', async () => {
    const people = ok('people', await reviewer.get('/api/people')).body.people as {
      username: string;
      roles: string[];
    }[];
    expect(people).toContainEqual({ username: USERS.reviewer, roles: ['reviewer'] });
    expect(people).toContainEqual({ username: MORE.reviewer2.username, roles: ['reviewer'] });
    expect(people.map((p) => p.username)).not.toContain(MORE.onLeave.username);
    expect(Object.keys(people[0]!).sort()).toEqual(['roles', 'username']);
    expect((await new Client(server.url).get('/api/people')).status).toBe(401);
  });

  it('keeps every saved revision: created + two edits = three, each with its own content', async () => {
    const { id, itemIds } = await draft('Bản đầu', 1);
    const path = `/api/decisions/${id}`;
    ok('edit 1', await drafter.patch(path, { revision: 0, title: 'Bản sửa lần một' }));
    ok(
      'edit 2',
      await drafter.patch(path, {
        revision: 1,
        items: [{ ...newProcedureItem(1), id: itemIds[0] }, newProcedureItem(2)],
      }),
    );
    // An edit that changes nothing saves no revision.
    ok('no-op edit', await drafter.patch(path, { revision: 2, title: 'Bản sửa lần một' }));
    const list = ok('revisions', await reviewer.get(`${path}/revisions`)).body.revisions;
    expect(
      list.map((r: { revision: number; items: number; author: string }) => [r.revision, r.items, r.author]),
    ).toEqual([
      [0, 1, USERS.drafter],
      [1, 1, USERS.drafter],
      [2, 2, USERS.drafter],
    ]);
    expect(new Set(list.map((r: { revisionHash: string }) => r.revisionHash)).size).toBe(3);
    const first = ok('revision 0', await reviewer.get(`${path}/revisions/0`)).body;
    expect(first.content.title).toBe('Bản đầu');
    expect(first.content.items.map((i: { code: string }) => i.code)).toEqual([testProcedureCode(1)]);
    const second = ok('revision 1', await reviewer.get(`${path}/revisions/1`)).body;
    expect(second.content.title).toBe('Bản sửa lần một');
    expect(second.revisionHash).toBe(list[1].revisionHash);
    const third = ok('revision 2', await reviewer.get(`${path}/revisions/2`)).body;
    expect(third.content.items.map((i: { code: string }) => i.code)).toEqual([
      testProcedureCode(1),
      testProcedureCode(2),
    ]);
    const current = ok('detail', await reviewer.get(path)).body.decision;
    expect(third.revisionHash).toBe(current.revisionHash);
    expect((await reviewer.get(`${path}/revisions/3`)).body.code).toBe('not-found');
    expect((await reviewer.get(`${path}/revisions/abc`)).status).toBe(404);
    expect((await reviewer.get('/api/decisions/d-none/revisions')).status).toBe(404);
  });

  it('takes comments on the decision, an item and a field, and refuses what does not fit', async () => {
    const { id, itemIds } = await draft('Quyết định để góp ý', 10);
    const path = `/api/decisions/${id}`;
    ok(
      'add an item',
      await drafter.patch(path, {
        revision: 0,
        items: [{ ...newProcedureItem(10), id: itemIds[0] }, newProcedureItem(11)],
      }),
    );
    const second: string = ok('read', await drafter.get(path)).body.decision.items[1].id;

    const onDecision = ok(
      'decision comment',
      await reviewer.post(`${path}/comments`, { revision: 1, text: ' Xem lại tiêu đề ' }),
      201,
    );
    expect(onDecision.body).toMatchObject({
      decisionId: id,
      revision: 1,
      author: USERS.reviewer,
      itemId: null,
      field: null,
      text: 'Xem lại tiêu đề',
    });
    ok(
      'item comment',
      await drafter.post(`${path}/comments`, { revision: 1, itemId: second, text: 'Thêm mới' }),
      201,
    );
    // The first item was there at revision 0: a comment on an older revision is kept as such.
    const onField = ok(
      'field comment',
      await reviewer.post(`${path}/comments`, {
        revision: 0,
        itemId: itemIds[0],
        field: 'agency',
        text: 'Sai cơ quan',
      }),
      201,
    );
    expect(onField.body).toMatchObject({ revision: 0, itemId: itemIds[0], field: 'agency' });

    const refusals: [unknown, number, string, string][] = [
      // The second item did not exist at revision 0.
      [{ revision: 0, itemId: second, text: 'x' }, 422, 'bad-request', 'itemId'],
      [{ revision: 1, itemId: 'không-có', text: 'x' }, 422, 'bad-request', 'itemId'],
      [{ revision: 2, text: 'x' }, 422, 'bad-request', 'revision'],
      [{ revision: 1, field: 'name', text: 'x' }, 400, 'bad-request', 'field'],
      [{ revision: 1, text: '   ' }, 400, 'bad-request', 'text'],
    ];
    for (const [body, status, code, field] of refusals) {
      const reply = await reviewer.post(`${path}/comments`, body);
      expect([reply.status, reply.body.code, reply.body.params.field], JSON.stringify(body)).toEqual([
        status,
        code,
        field,
      ]);
    }
    expect((await admin.post(`${path}/comments`, { revision: 1, text: 'x' })).body).toMatchObject({
      code: 'forbidden',
      params: { permission: 'decisions.comment' },
    });

    const comments = ok('comments', await admin.get(`${path}/comments`)).body.comments;
    expect(comments.map((c: { text: string }) => c.text)).toEqual([
      'Xem lại tiêu đề',
      'Thêm mới',
      'Sai cơ quan',
    ]);

    ok(
      'withdraw',
      await drafter.post(`${path}/transitions`, { to: 'withdrawn', revision: 1, comment: 'Thôi' }),
    );
    const closed = await reviewer.post(`${path}/comments`, { revision: 1, text: 'Muộn rồi' });
    expect([closed.status, closed.body.code]).toEqual([409, 'immutable']);
    expect((await reviewer.get('/api/decisions/d-none/comments')).status).toBe(404);
  });

  it('sends a draft to named reviewers: only they are waited on and may give a verdict', async () => {
    const { id } = await draft('Gửi người thẩm định', 20);
    const path = `/api/decisions/${id}/transitions`;
    for (const [reviewers, username] of [
      [[USERS.drafter], USERS.drafter],
      [[MORE.onLeave.username], MORE.onLeave.username],
      [[MORE.drafter2.username], MORE.drafter2.username],
      [['khong-ton-tai'], 'khong-ton-tai'],
    ] as const) {
      const refused = await drafter.post(path, { to: 'in_review', revision: 0, reviewers });
      expect([refused.status, refused.body.code, refused.body.params], username).toEqual([
        422,
        'bad-request',
        { field: 'reviewers', username },
      ]);
    }
    const sent = ok(
      'submit',
      await drafter.post(path, { to: 'in_review', revision: 0, reviewers: [MORE.reviewer2.username] }),
    );
    expect(sent.body.decision.reviewers).toEqual([MORE.reviewer2.username]);
    // A submission refused by the workflow is refused as such, whoever it names.
    const again = await drafter.post(path, { to: 'in_review', revision: 0, reviewers: [USERS.drafter] });
    expect([again.status, again.body.code]).toEqual([409, 'invalid-transition']);

    const waiting = async (client: Client) =>
      (ok('waiting', await client.get('/api/decisions?waiting=me')).body.decisions as { id: string }[]).map(
        (d) => d.id,
      );
    expect(await waiting(reviewer2)).toContain(id);
    expect(await waiting(reviewer)).not.toContain(id);
    expect(ok('detail', await reviewer.get(`/api/decisions/${id}`)).body.transitions).not.toContain(
      'approved',
    );

    const refused = await reviewer.post(path, { to: 'approved', revision: 0 });
    expect([refused.status, refused.body.code, refused.body.params]).toEqual([
      403,
      'not-assigned-reviewer',
      { reviewers: [MORE.reviewer2.username] },
    ]);
    const changes = await reviewer.post(path, { to: 'changes_requested', revision: 0, comment: 'Sửa' });
    expect(changes.body.code).toBe('not-assigned-reviewer');

    ok('approve', await reviewer2.post(path, { to: 'approved', revision: 0, comment: 'Đồng ý' }));
    const summary = await summaryOf(drafter, id);
    expect(summary).toMatchObject({
      state: 'approved',
      reviewers: [MORE.reviewer2.username],
      approvedBy: [MORE.reviewer2.username],
      deadline: { status: 'none', kind: null, dueOn: null },
    });

    const issued = ok(
      'issue',
      await drafter.post(path, {
        to: 'issued',
        revision: 0,
        number: '20/QĐ-UBND',
        signedOn: '2024-03-01',
        signer: 'Nguyễn Văn Ký',
      }),
    );
    expect(issued.body.decision).toMatchObject({ state: 'issued', signer: 'Nguyễn Văn Ký', revision: 1 });
    // Issuing records number, dates and signer: content, so it is a revision of its own.
    const revisions = ok('revisions', await drafter.get(`/api/decisions/${id}/revisions`)).body.revisions;
    expect(revisions.map((r: { revision: number }) => r.revision)).toEqual([0, 1]);
  });

  it('records national-database dates once per item, with change-log entries that still verify', async () => {
    const { id, itemIds } = await draft('Cập nhật CSDL quốc gia', 30, 2);
    const transitions = `/api/decisions/${id}/transitions`;
    const path = `/api/decisions/${id}/national-db`;
    ok('submit', await drafter.post(transitions, { to: 'in_review', revision: 0 }));
    const early = await drafter.post(path, { on: '2024-03-04' });
    expect([early.status, early.body.code]).toEqual([409, 'invalid-transition']);
    ok('approve', await reviewer.post(transitions, { to: 'approved', revision: 0 }));
    ok(
      'issue',
      await drafter.post(transitions, {
        to: 'issued',
        revision: 0,
        number: '30/QĐ-UBND',
        signedOn: '2024-03-01',
      }),
    );
    const logBefore = ok('log', await reviewer.get('/api/changelog?limit=1000')).body.total as number;
    // Signed Friday 01/03/2024: five working days later, Friday 08/03/2024, entries are due.
    expect((await summaryOf(drafter, id)).deadline).toEqual({
      status: 'overdue',
      kind: 'national-db-entry',
      dueOn: '2024-03-08',
    });

    expect((await reviewer.post(path, { on: '2024-03-04' })).body).toMatchObject({
      code: 'forbidden',
      params: { permission: 'decisions.issue' },
    });
    const unknown = await drafter.post(path, { on: '2024-03-04', itemIds: ['không-có'] });
    expect([unknown.status, unknown.body.code, unknown.body.params.field]).toEqual([
      422,
      'bad-request',
      'itemIds',
    ]);
    const beforeSigning = await drafter.post(path, { on: '2024-02-28', itemIds: [itemIds[0]] });
    expect([beforeSigning.status, beforeSigning.body.params.field]).toEqual([422, 'on']);

    const first = ok('record one', await drafter.post(path, { on: '2024-03-04', itemIds: [itemIds[0]] }));
    expect(first.body.decision.items.map((i: { nationalDbOn: string | null }) => i.nationalDbOn)).toEqual([
      '2024-03-04',
      null,
    ]);
    const twice = await drafter.post(path, { on: '2024-03-05', itemIds: [itemIds[0]] });
    expect([twice.status, twice.body.code, twice.body.params.itemIds]).toEqual([
      409,
      'invalid-transition',
      [itemIds[0]],
    ]);

    // The rest, late: every item entered, one after the due day.
    ok('record the rest', await drafter.post(path, { on: '2024-03-11' }));
    const all = await drafter.post(path, { on: '2024-03-12' });
    expect([all.status, all.body.code]).toEqual([409, 'invalid-transition']);
    expect((await summaryOf(reviewer, id)).deadline).toEqual({
      status: 'late',
      kind: 'national-db-entry',
      dueOn: '2024-03-08',
    });

    const log = ok('log', await reviewer.get('/api/changelog?limit=1000')).body;
    expect(log.total).toBe(logBefore + 2);
    const entries = log.entries.filter((e: { decisionId: string }) => e.decisionId === id);
    expect(
      entries.map((e: { kind: string; occurredOn: string; itemId: string }) => [
        e.kind,
        e.occurredOn,
        e.itemId,
      ]),
    ).toEqual([
      ['published', '2024-03-01', itemIds[0]],
      ['published', '2024-03-01', itemIds[1]],
      ['national-db-entered', '2024-03-04', itemIds[0]],
      ['national-db-entered', '2024-03-11', itemIds[1]],
    ]);
    const verified = ok('verify', await reviewer.get('/api/changelog/verify')).body;
    expect(verified).toMatchObject({ ok: true, firstBroken: null, entries: log.total });
  });

  it("gives a procedure's history: an amended procedure has two versions with their decisions", async () => {
    const code = testProcedureCode(40);
    const issue = async (title: string, number: string, items: unknown[], on: string) => {
      const created = ok(
        'create',
        await drafter.post('/api/decisions', { title, effectiveOn: on, items }),
        201,
      );
      const t = `/api/decisions/${created.body.id}/transitions`;
      ok('submit', await drafter.post(t, { to: 'in_review', revision: 0 }));
      ok('approve', await reviewer.post(t, { to: 'approved', revision: 0 }));
      ok('issue', await drafter.post(t, { to: 'issued', revision: 0, number, signedOn: on }));
      return created.body.id as string;
    };
    const made = await issue('Công bố mới', '40/QĐ-UBND', [newProcedureItem(40)], '2024-01-10');
    const amended = await issue(
      'Công bố sửa đổi',
      '41/QĐ-UBND',
      [{ action: 'amended', code, changes: { agency: 'Sở Nội vụ' } }],
      '2024-06-01',
    );
    const history = ok('history', await drafter2.get(`/api/procedures/${encodeURIComponent(code)}`)).body;
    expect(history.procedureId).toBe(code);
    expect(
      history.versions.map(
        (v: { effectiveFrom: string; effectiveTo: string | null; decisionId: string; agency: string }) => [
          v.effectiveFrom,
          v.effectiveTo,
          v.decisionId,
          v.agency,
        ],
      ),
    ).toEqual([
      ['2024-01-10', '2024-06-01', made, 'Sở Tư pháp'],
      ['2024-06-01', null, amended, 'Sở Nội vụ'],
    ]);
    expect(Object.keys(history.decisions).sort()).toEqual([made, amended].sort());
    expect(history.decisions[amended]).toEqual({
      id: amended,
      number: '41/QĐ-UBND',
      title: 'Công bố sửa đổi',
      state: 'issued',
      signedOn: '2024-06-01',
      effectiveOn: '2024-06-01',
    });
    // A procedure without a code has a local id, with whatever its name holds, URL-encoded.
    const uncoded = await issue(
      'Công bố thủ tục chưa có mã',
      '42/QĐ-UBND',
      [{ action: 'new', name: 'Cấp giấy phép 1/2 trang: thử', changes: { levels: ['province'] } }],
      '2024-02-01',
    );
    const localId: string = ok('read', await drafter.get(`/api/decisions/${uncoded}`)).body.decision.items[0]
      .procedureId;
    expect(localId).toMatch(/^local:.*\//);
    const local = ok(
      'local history',
      await reviewer.get(`/api/procedures/${encodeURIComponent(localId)}`),
    ).body;
    expect([local.procedureId, local.versions.length, Object.keys(local.decisions)]).toEqual([
      localId,
      1,
      [uncoded],
    ]);
    const unknown = await drafter.get(`/api/procedures/${testProcedureCode(99_999)}`);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'not-found']);
  });

  it('carries revisions and comments through a backup and restore', async () => {
    const { id } = await draft('Sao lưu ý kiến', 50);
    ok('edit', await drafter.patch(`/api/decisions/${id}`, { revision: 0, title: 'Sao lưu ý kiến (sửa)' }));
    ok(
      'comment',
      await reviewer.post(`/api/decisions/${id}/comments`, { revision: 1, text: 'Giữ qua sao lưu' }),
      201,
    );
    const backup = ok('backup', await admin.get('/api/backup')).body;
    expect(backup.decisionRevisions.filter((r: { decisionId: string }) => r.decisionId === id)).toHaveLength(
      2,
    );
    expect(backup.decisionComments.map((c: { text: string }) => c.text)).toContain('Giữ qua sao lưu');

    const corrupt = {
      ...backup,
      decisionComments: [{ ...backup.decisionComments[0], decisionId: 'd-none' }],
    };
    const refused = await admin.post('/api/restore', corrupt);
    expect([refused.status, refused.body.code]).toEqual([422, 'restore-refused']);

    ok('restore', await admin.post('/api/restore', backup));
    const revisions = ok('revisions', await reviewer.get(`/api/decisions/${id}/revisions`)).body.revisions;
    expect(revisions.map((r: { revision: number }) => r.revision)).toEqual([0, 1]);
    const comments = ok('comments', await reviewer.get(`/api/decisions/${id}/comments`)).body.comments;
    expect(comments.map((c: { text: string }) => c.text)).toEqual(['Giữ qua sao lưu']);

    // A bundle written before the review record still restores: the current revision is built
    // from the decision itself.
    const { decisionRevisions: _r, decisionComments: _c, ...older } = backup;
    ok('restore older', await admin.post('/api/restore', older));
    const rebuilt = ok('revisions', await reviewer.get(`/api/decisions/${id}/revisions`)).body.revisions;
    expect(rebuilt.map((r: { revision: number; items: number }) => [r.revision, r.items])).toEqual([[1, 1]]);
    expect(ok('comments', await reviewer.get(`/api/decisions/${id}/comments`)).body.comments).toEqual([]);
    // Its first edit keeps the revision it arrived with, to be diffed against.
    ok(
      'edit after restore',
      await drafter.patch(`/api/decisions/${id}`, { revision: 1, title: 'Sửa sau khôi phục' }),
    );
    const kept = ok('revisions', await reviewer.get(`/api/decisions/${id}/revisions`)).body.revisions;
    expect(kept.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
    const arrived = ok('revision 1', await reviewer.get(`/api/decisions/${id}/revisions/1`)).body;
    expect(arrived.content.title).toBe('Sao lưu ý kiến (sửa)');
  });
  it('counts statutory deadlines with the legal documents the workspace keeps', async () => {
    // Decree 45/2020/NĐ-CP took effect on 01/07/2020: a provincial decision was due 24/06/2020.
    const decree = {
      id: 'nd-45',
      number: '45/2020/NĐ-CP',
      rawNumber: null,
      type: 'Nghị định',
      issuer: 'Chính phủ',
      title: 'Về thực hiện thủ tục hành chính trên môi trường điện tử',
      issuedOn: '2020-04-08',
      effectiveOn: '2020-07-01',
      expiresOn: null,
      status: 'in_force',
      relations: [],
    };
    const backup = ok('backup', await admin.get('/api/backup')).body;
    ok('restore with documents', await admin.post('/api/restore', { ...backup, legalDocuments: [decree] }));
    const created = ok(
      'create',
      await drafter.post('/api/decisions', {
        title: 'Công bố theo Nghị định 45',
        issuer: 'UBND tỉnh Hòa Bình',
        effectiveOn: '2020-07-01',
        items: [
          {
            ...newProcedureItem(60),
            causeDocument: { number: '45/2020/NĐ-CP', title: null, issuedOn: null, issuer: null },
          },
        ],
      }),
      201,
    );
    const id: string = created.body.id;
    const detail = ok('detail', await drafter.get(`/api/decisions/${id}`)).body;
    expect(detail.validation.map((i: { code: string }) => i.code)).toContain(
      'deadline-decision-signed-overdue',
    );
    expect((await summaryOf(drafter, id)).deadline).toEqual({
      status: 'overdue',
      kind: 'decision-signed',
      dueOn: '2020-06-24',
    });
    // Without the cause document's number the same draft has no deadline.
    const other = await draft('Không căn cứ', 61);
    expect((await summaryOf(drafter, other.id)).deadline).toEqual({
      status: 'none',
      kind: null,
      dueOn: null,
    });
  });
});
