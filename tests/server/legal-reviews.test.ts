import { Client, type ServerProcess, startServerProcess } from '@niemyet/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALENDAR, decree, importCatalogue, ok, todayThere } from './legal-workspace';
import { serverDatabases } from './server-databases';
import { setUpUsers, signedIn, TEST_PASSWORD, USERS } from './users';

/**
 * Reviews through the API, on each database: a campaign over documents and its progress in
 * the reports' words, the rules of a task (reason, closed, assignee), drafting a decision from
 * event tasks, its issue closing them and a withdrawal handing them back, the dashboard, and
 * a backup restored with its documents and tasks.
 */

const databases = serverDatabases('legal_reviews');

interface Task {
  id: string;
  state: string;
  outcome: string | null;
  decisionId: string | null;
  decisionNumber?: string | null;
  procedureIds: string[];
  documentNumber: string;
  overdue: boolean;
  dueOn: string | null;
}

describe.each(databases)('legal reviews: $label', (database) => {
  let server: ServerProcess;
  let remove: () => Promise<void> = async () => {};
  let admin: Client;
  let drafter: Client;
  let reviewer: Client;
  let reviewer2: Client;
  const today = todayThere();
  const effectiveOn = CALENDAR.addWorkingDays(today, 10);

  beforeAll(async () => {
    const opened = await database.open();
    remove = opened.remove;
    server = await startServerProcess(opened.options);
    admin = await setUpUsers(server);
    ok(
      'second reviewer',
      await admin.post('/api/users', { username: 'thamdinh2', password: TEST_PASSWORD, roles: ['reviewer'] }),
      201,
    );
    ok(
      'away',
      await admin.post('/api/users', { username: 'vangmat', password: TEST_PASSWORD, roles: ['reviewer'] }),
      201,
    );
    ok('disable', await admin.patch('/api/users/vangmat', { disabled: true }));
    drafter = await signedIn(server.url, USERS.drafter);
    reviewer = await signedIn(server.url, USERS.reviewer);
    reviewer2 = await signedIn(server.url, 'thamdinh2');
    await importCatalogue(drafter);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await remove();
  }, 60_000);

  async function tasksOf(query: string): Promise<Task[]> {
    return ok(query, await reviewer.get(`/api/review-tasks?${query}`)).body.tasks;
  }

  /** Submitted by the drafter, approved by the second reviewer, issued effective with the Decrees. */
  async function issue(id: string, number: string): Promise<void> {
    const { revision } = ok('read', await drafter.get(`/api/decisions/${id}`)).body.decision;
    const submitted = ok(
      'submit',
      await drafter.post(`/api/decisions/${id}/transitions`, { to: 'in_review', revision }),
    ).body;
    const approved = ok(
      'approve',
      await reviewer2.post(`/api/decisions/${id}/transitions`, {
        to: 'approved',
        revision: submitted.decision.revision,
        comment: 'Đồng ý',
      }),
    ).body;
    ok(
      'issue',
      await drafter.post(`/api/decisions/${id}/transitions`, {
        to: 'issued',
        revision: approved.decision.revision,
        number,
        signedOn: today,
        effectiveOn,
      }),
    );
  }

  it('opens a campaign over documents in any spelling, one task per document, and words its progress', async () => {
    const opened = ok(
      'campaign',
      await reviewer.post('/api/review-campaigns', {
        title: 'Rà soát VBQPPL năm 2025',
        dueOn: effectiveOn,
        documents: [
          '43/2014/NĐ-CP',
          'Nghị định số 43/2014/NĐCP',
          '01 /2018/TT-VPCP',
          '123/2015/NĐ-CP',
          '59/2020/QH14',
          '15/2020/QĐ-UBND',
        ],
      }),
      201,
    ).body;
    expect(opened.campaign).toMatchObject({
      title: 'Rà soát VBQPPL năm 2025',
      createdOn: today,
      dueOn: effectiveOn,
      createdBy: USERS.reviewer,
      progress: { documents: 5, reviewed: 0, recommended: 0 },
    });
    expect(opened.tasks).toHaveLength(5);
    const byNumber = new Map<string, Task>(opened.tasks.map((t: Task) => [t.documentNumber, t]));
    expect(byNumber.get('43/2014/NĐ-CP')!.procedureIds.sort()).toEqual(['1.001193', '1.004227']);
    expect(byNumber.get('15/2020/QĐ-UBND')!.procedureIds).toEqual([]);
    expect(opened.tasks[0]).toMatchObject({ kind: 'campaign', campaignTitle: 'Rà soát VBQPPL năm 2025' });

    const decide = (number: string, outcome: string) =>
      reviewer.patch(`/api/review-tasks/${encodeURIComponent(byNumber.get(number)!.id)}`, {
        outcome,
        reason: `Kết quả rà soát ${number}`,
      });
    for (const [number, outcome] of [
      ['43/2014/NĐ-CP', 'replace'],
      ['01/2018/TT-VPCP', 'replace'],
      ['123/2015/NĐ-CP', 'amend'],
      ['59/2020/QH14', 'keep'],
    ] as const) {
      const decided = ok(number, await decide(number, outcome)).body;
      // A campaign task is done with its outcome.
      expect(decided).toMatchObject({ state: 'done', outcome, reason: `Kết quả rà soát ${number}` });
    }
    const detail = ok('detail', await drafter.get(`/api/review-campaigns/${opened.campaign.id}`)).body;
    expect(detail.campaign.progress).toMatchObject({
      documents: 5,
      reviewed: 4,
      recommended: 3,
      sentenceVi:
        'đã rà soát 4 văn bản, kiến nghị xử lý 3 văn bản (thay thế 2 văn bản; sửa đổi, bổ sung 1 văn bản)',
      sentenceEn: 'reviewed 4 documents, 3 recommended for handling (2 to replace; 1 to amend)',
    });
    const list = ok('campaigns', await drafter.get('/api/review-campaigns')).body;
    expect(list.campaigns.map((c: { id: string }) => c.id)).toEqual([opened.campaign.id]);
    expect((await drafter.get('/api/review-campaigns/khong-co')).status).toBe(404);
    const refused = await drafter.post('/api/review-campaigns', { title: 'x', documents: ['43/2014/NĐ-CP'] });
    expect(refused.status).toBe(403);
  });

  it('holds a task to its rules: a reason for an outcome, an active assignee, nothing changes once done', async () => {
    const [open] = (await tasksOf('state=open')).filter((t) => t.documentNumber === '15/2020/QĐ-UBND');
    const path = `/api/review-tasks/${encodeURIComponent(open!.id)}`;
    const noReason = await reviewer.patch(path, { outcome: 'keep' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.code).toBe('reason-required');
    for (const assignee of ['khongco', 'vangmat']) {
      const wrong = await reviewer.patch(path, { assignee });
      expect(wrong.status).toBe(422);
      expect(wrong.body).toMatchObject({ code: 'bad-request', params: { field: 'assignee' } });
    }
    const assigned = ok(
      'assign',
      await reviewer.patch(path, { assignee: 'thamdinh2', state: 'in_progress', note: 'Ưu tiên' }),
    ).body;
    expect(assigned).toMatchObject({
      assignee: 'thamdinh2',
      state: 'in_progress',
      note: 'Ưu tiên',
      outcome: null,
    });
    expect((await tasksOf('assignee=thamdinh2')).map((t) => t.id)).toEqual([open!.id]);
    expect((await reviewer2.get('/api/review-tasks?assignee=me')).body.total).toBe(1);
    const done = ok(
      'done',
      await reviewer2.patch(path, { outcome: 'no_action', reason: 'Không còn áp dụng' }),
    ).body;
    expect(done.state).toBe('done');
    const closed = await reviewer.patch(path, { note: 'sửa lại' });
    expect(closed.status).toBe(409);
    expect(closed.body).toMatchObject({ code: 'task-closed', params: { taskId: open!.id } });
    expect((await drafter.patch(path, { note: 'x' })).status).toBe(403);
    expect((await reviewer.patch('/api/review-tasks/khong-co', { note: 'x' })).status).toBe(404);
    expect((await reviewer.patch(path, { state: 'done' })).status).toBe(400);
  });

  it('drafts a decision from event tasks; issuing it closes them, linked to it', async () => {
    const written = ok(
      'register',
      await reviewer.post(
        '/api/documents',
        decree('99/2026/NĐ-CP', effectiveOn, [{ kind: 'amends', target: '43/2014/NĐ-CP' }]),
      ),
      201,
    ).body;
    const taskIds: string[] = written.tasks.map((t: Task) => t.id);
    expect(taskIds).toHaveLength(2);
    // A reviewer who is no drafter cannot draft a decision.
    expect((await reviewer.post('/api/review-tasks/draft-decision', { taskIds })).status).toBe(403);
    const drafted = ok(
      'draft',
      await drafter.post('/api/review-tasks/draft-decision', { taskIds }),
      201,
    ).body;
    // A draft has no number yet: lists name it by its link, not a number.
    expect(drafted.tasks.map((t: Task) => [t.state, t.decisionId, t.decisionNumber])).toEqual([
      ['in_progress', drafted.decisionId, null],
      ['in_progress', drafted.decisionId, null],
    ]);
    const twice = await drafter.post('/api/review-tasks/draft-decision', { taskIds: [taskIds[0]] });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({
      code: 'task-linked',
      params: { taskId: taskIds[0], decisionId: drafted.decisionId },
    });

    const detail = ok('decision', await drafter.get(`/api/decisions/${drafted.decisionId}`)).body;
    const decision = detail.decision;
    expect(decision).toMatchObject({ state: 'draft', effectiveOn, author: USERS.drafter });
    expect(decision.title).toContain('99/2026/NĐ-CP');
    expect(decision.legalBasis.map((r: { number: string }) => r.number)).toEqual(['99/2026/NĐ-CP']);
    expect(decision.items.map((i: { code: string; action: string }) => [i.code, i.action]).sort()).toEqual([
      ['1.001193', 'amended'],
      ['1.004227', 'amended'],
    ]);
    const birth = decision.items.find((i: { code: string }) => i.code === '1.004227');
    // The amending Decree is added after the one it amends.
    expect(birth.changes.legalBasis.map((r: { number: string }) => r.number)).toEqual([
      '43/2014/NĐ-CP',
      '99/2026/NĐ-CP',
      '01/2018/TT-VPCP',
    ]);
    expect(birth.causeDocument.number).toBe('99/2026/NĐ-CP');

    await issue(drafted.decisionId, '120/QĐ-UBND');
    const closed = (await tasksOf('document=43%2F2014%2FN%C4%90CP&state=done')).filter((t) =>
      taskIds.includes(t.id),
    );
    expect(closed.map((t) => [t.state, t.outcome, t.decisionId, t.decisionNumber])).toEqual([
      ['done', 'amend', drafted.decisionId, '120/QĐ-UBND'],
      ['done', 'amend', drafted.decisionId, '120/QĐ-UBND'],
    ]);
    const again = await drafter.post('/api/review-tasks/draft-decision', { taskIds });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('task-closed');
  });

  it('hands the tasks back when their decision is withdrawn; refuses a draft with nothing left to change', async () => {
    const register = async (number: string, kind: string) =>
      ok(
        `register ${number}`,
        await reviewer.post(
          '/api/documents',
          decree(number, effectiveOn, [{ kind, target: '123/2015/NĐ-CP' }]),
        ),
        201,
      ).body.tasks.map((t: Task) => t.id) as string[];
    const abolishing = await register('100/2026/NĐ-CP', 'abolishes');
    const amending = await register('103/2026/NĐ-CP', 'amends');
    expect(abolishing).toHaveLength(2);
    expect(amending).toHaveLength(2);
    const drafted = ok(
      'draft',
      await drafter.post('/api/review-tasks/draft-decision', {
        taskIds: abolishing,
        title: 'Bãi bỏ thủ tục',
      }),
      201,
    ).body;
    const decision = ok('decision', await drafter.get(`/api/decisions/${drafted.decisionId}`)).body.decision;
    expect(decision.title).toBe('Bãi bỏ thủ tục');
    expect(decision.items.map((i: { action: string }) => i.action)).toEqual(['abolished', 'abolished']);
    ok(
      'withdraw',
      await drafter.post(`/api/decisions/${drafted.decisionId}/transitions`, {
        to: 'withdrawn',
        revision: decision.revision,
        comment: 'Chờ hướng dẫn',
      }),
    );
    const back = (await tasksOf('document=100%2F2026%2FN%C4%90-CP')).filter((t) => abolishing.includes(t.id));
    expect(back.map((t) => [t.state, t.decisionId])).toEqual([
      ['open', null],
      ['open', null],
    ]);
    // Handed back, they can be drafted again; this time the decision is issued.
    const redrafted = ok(
      'redraft',
      await drafter.post('/api/review-tasks/draft-decision', { taskIds: abolishing }),
      201,
    ).body;
    await issue(redrafted.decisionId, '121/QĐ-UBND');
    const closed = (await tasksOf('document=100%2F2026%2FN%C4%90-CP')).filter((t) =>
      abolishing.includes(t.id),
    );
    expect(closed.map((t) => [t.state, t.outcome, t.decisionId])).toEqual([
      ['done', 'abolish', redrafted.decisionId],
      ['done', 'abolish', redrafted.decisionId],
    ]);
    // The procedures the amending Decree's tasks name are abolished the day it takes effect.
    const nothing = await drafter.post('/api/review-tasks/draft-decision', { taskIds: amending });
    expect(nothing.status).toBe(422);
    expect(nothing.body).toMatchObject({ code: 'nothing-to-draft', params: { taskIds: amending } });
    expect((await drafter.post('/api/review-tasks/draft-decision', { taskIds: ['khong-co'] })).status).toBe(
      404,
    );
  });

  it('moves an event task by its outcome: a change waits for its decision, no action closes it', async () => {
    const written = ok(
      'register',
      await reviewer.post(
        '/api/documents',
        decree('101/2026/NĐ-CP', effectiveOn, [{ kind: 'amends', target: '59/2020/QH14' }]),
      ),
      201,
    ).body;
    const [task] = written.tasks as Task[];
    const path = `/api/review-tasks/${encodeURIComponent(task!.id)}`;
    expect(ok('amend', await reviewer.patch(path, { outcome: 'amend', reason: 'Cần sửa' })).body.state).toBe(
      'in_progress',
    );
    // The reason given before stands for a changed outcome.
    expect(ok('no action', await reviewer.patch(path, { outcome: 'no_action' })).body).toMatchObject({
      state: 'done',
      outcome: 'no_action',
      reason: 'Cần sửa',
    });
    const nothing = await drafter.post('/api/review-tasks/draft-decision', { taskIds: [task!.id] });
    expect(nothing.status).toBe(409);
    expect(nothing.body.code).toBe('task-closed');
  });

  it('shows the review desk: counts, by assignee, urgent tasks, overdue ones', async () => {
    const before = ok('dashboard', await drafter.get('/api/reviews/dashboard')).body;
    expect(before.at).toBe(today);
    expect(before.week.from <= today && today <= before.week.to).toBe(true);
    const open = (await tasksOf('limit=500')).find((t) => t.state !== 'done')!;
    const yesterday = CALENDAR.addWorkingDays(today, -1);
    ok(
      'late',
      await reviewer.patch(`/api/review-tasks/${encodeURIComponent(open.id)}`, {
        dueOn: yesterday,
        assignee: USERS.reviewer,
      }),
    );
    const overdue = await tasksOf('due=overdue');
    expect(overdue.map((t) => [t.id, t.overdue])).toEqual([[open.id, true]]);
    const after = ok('dashboard', await drafter.get('/api/reviews/dashboard')).body;
    expect(after.counts.overdue).toBe(before.counts.overdue + 1);
    expect(after.counts.done).toBe(before.counts.done);
    expect(after.urgent[0]).toMatchObject({ id: open.id, overdue: true });
    const mine = after.byAssignee.find((r: { assignee: string | null }) => r.assignee === USERS.reviewer);
    expect(mine).toMatchObject({ overdue: 1 });
    const total = after.counts.open + after.counts.inProgress + after.counts.done;
    expect(total).toBe(ok('all', await reviewer.get('/api/review-tasks?limit=500')).body.total);
    expect(after.campaigns[0].progress.reviewed).toBe(5);
    expect((await new Client(server.url).get('/api/reviews/dashboard')).status).toBe(401);
  });

  it('keeps documents, campaigns and tasks through a backup and a restore', async () => {
    const backup = ok('backup', await admin.get('/api/backup')).body;
    expect(backup.legalDocuments.map((d: { number: string }) => d.number)).toContain('99/2026/NĐ-CP');
    expect(backup.reviewCampaigns).toHaveLength(1);
    const tasksBefore = ok('tasks', await reviewer.get('/api/review-tasks?limit=500')).body;
    expect(backup.reviewTasks).toHaveLength(tasksBefore.total);
    const restored = ok('restore', await admin.post('/api/restore', backup)).body;
    expect(restored.legalDocuments).toBe(backup.legalDocuments.length);
    const tasksAfter = ok('tasks', await reviewer.get('/api/review-tasks?limit=500')).body;
    expect(tasksAfter.tasks.map((t: Task) => [t.id, t.state, t.outcome, t.decisionId])).toEqual(
      tasksBefore.tasks.map((t: Task) => [t.id, t.state, t.outcome, t.decisionId]),
    );
    const again = ok('backup', await admin.get('/api/backup')).body;
    expect({ ...again, exportedAt: '' }).toEqual({ ...backup, exportedAt: '' });

    // A workspace a browser kept brings its registry along: new records join, held ones stay the team's.
    const browser = {
      ...backup,
      legalDocuments: [
        { ...backup.legalDocuments[0], title: 'Bản của trình duyệt' },
        {
          id: 'vb:07/2019/QĐ-UBND',
          number: '07/2019/QĐ-UBND',
          title: 'Quyết định của tỉnh',
          issuedOn: '2019-05-02',
        },
      ],
      reviewTasks: [],
      reviewCampaigns: [],
    };
    ok('workspace import', await admin.post('/api/imports/workspace', browser));
    const registered = ok('registered', await drafter.get('/api/documents?source=registered&limit=500')).body;
    expect(registered.counts.registered).toBe(backup.legalDocuments.length + 1);
    const kept = registered.documents.find(
      (d: { number: string }) => d.number === backup.legalDocuments[0].number,
    );
    expect(kept.document.title).toBe(backup.legalDocuments[0].title);
  });
});
