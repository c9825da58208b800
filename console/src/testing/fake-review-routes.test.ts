import { describe, expect, it } from 'vitest';
import { reviewDesk } from '../reviews/review-desk-fixture';
import type { FakeServer } from './fake-server';

/**
 * The fake's review desk keeps the server's rules the console relies on: drafting links tasks,
 * issuing the decision closes them linked to it, withdrawing frees them.
 */

async function call(server: FakeServer, method: string, path: string, body?: unknown) {
  const response = await server.fetch(path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function draftFromTasks(server: FakeServer) {
  server.signedInAs = 'lan';
  const drafted = await call(server, 'POST', '/api/review-tasks/draft-decision', {
    taskIds: ['t-late', 't-friday'],
  });
  expect(drafted.status).toBe(201);
  return drafted.body.decisionId as string;
}

describe('fake review desk', () => {
  it('issuing the decision drafted from tasks closes them, linked to it, with the outcome its items gave', async () => {
    const server = reviewDesk();
    const id = await draftFromTasks(server);
    let revision = server.decisions.get(id)!.revision;
    const submitted = await call(server, 'POST', `/api/decisions/${id}/transitions`, {
      to: 'in_review',
      revision,
    });
    expect(submitted.status).toBe(200);
    server.signedInAs = 'hung';
    revision = server.decisions.get(id)!.revision;
    expect(
      (await call(server, 'POST', `/api/decisions/${id}/transitions`, { to: 'approved', revision })).status,
    ).toBe(200);
    server.signedInAs = 'lan';
    const issued = await call(server, 'POST', `/api/decisions/${id}/transitions`, {
      to: 'issued',
      revision,
      number: '99/QĐ-UBND',
      signedOn: '2026-12-09',
      effectiveOn: '2026-12-20',
    });
    expect(issued.status).toBe(200);
    for (const taskId of ['t-late', 't-friday'])
      expect(server.reviewDesk.tasks.get(taskId)).toMatchObject({
        state: 'done',
        decisionId: id,
        outcome: 'amend',
      });
    const dashboard = await call(server, 'GET', '/api/reviews/dashboard');
    expect(dashboard.body.counts).toMatchObject({ overdue: 0, dueThisWeek: 0, done: 3 });
  });

  it('withdrawing the draft frees its tasks; a task already carried is refused while the draft lives', async () => {
    const server = reviewDesk();
    const id = await draftFromTasks(server);
    const again = await call(server, 'POST', '/api/review-tasks/draft-decision', { taskIds: ['t-late'] });
    expect(again).toMatchObject({ status: 409, body: { code: 'task-linked', params: { decisionId: id } } });
    const revision = server.decisions.get(id)!.revision;
    expect(
      (
        await call(server, 'POST', `/api/decisions/${id}/transitions`, {
          to: 'withdrawn',
          revision,
          comment: 'Sai',
        })
      ).status,
    ).toBe(200);
    expect(server.reviewDesk.tasks.get('t-late')).toMatchObject({ state: 'open', decisionId: null });
  });

  it('a document registered in the registry puts its review tasks on the desk (one store for both)', async () => {
    const server = reviewDesk({ signedInAs: 'hung' });
    const registered = await call(server, 'POST', '/api/documents', {
      number: '11/2026/NĐ-CP',
      title: 'Thay thế Nghị định 43/2014',
      effectiveOn: '2027-01-15',
      relations: [{ kind: 'replaces', target: '43/2014/NĐ-CP' }],
    });
    expect(registered.status).toBe(201);
    const created = (registered.body.tasks as { id: string }[]).map((task) => task.id);
    expect(created).toHaveLength(2);
    const listed = await call(server, 'GET', '/api/review-tasks?document=43%2F2014%2FN%C4%90-CP&state=open');
    expect(
      (listed.body.tasks as { id: string; triggeredBy: string }[])
        .filter((t) => t.triggeredBy === '11/2026/NĐ-CP')
        .map((t) => t.id)
        .sort(),
    ).toEqual([...created].sort());
  });

  it('refuses what the server refuses: an outcome without reason, a done task, nothing to draft', async () => {
    const server = reviewDesk({ signedInAs: 'hung' });
    expect(await call(server, 'PATCH', '/api/review-tasks/t-late', { outcome: 'keep' })).toMatchObject({
      status: 422,
      body: { code: 'reason-required' },
    });
    expect(await call(server, 'PATCH', '/api/review-tasks/t-done', { note: 'x' })).toMatchObject({
      status: 409,
      body: { code: 'task-closed' },
    });
    expect(
      (
        await call(server, 'PATCH', '/api/review-tasks/t-late', {
          outcome: 'keep',
          reason: 'Không ảnh hưởng',
        })
      ).body,
    ).toMatchObject({ state: 'done', outcome: 'keep' });
    server.signedInAs = 'lan';
    expect(await call(server, 'PATCH', '/api/review-tasks/t-friday', { note: 'x' })).toMatchObject({
      status: 403,
    });
    expect(
      await call(server, 'POST', '/api/review-tasks/draft-decision', { taskIds: ['t-late'] }),
    ).toMatchObject({ status: 409, body: { code: 'task-closed' } });
  });
});
