// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { makeDecision } from '@niemyet/core/testing';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderConsole } from '../testing/render-console';
import { eventTask, reviewDesk, TODAY } from './review-desk-fixture';

/**
 * The review task list (`#/reviews/tasks`) over the in-memory server: filters in the address,
 * the task dialog (outcome needs its reason; only reviewers and admins edit) and drafting a
 * decision from tasks. `lan` drafts (no legal.write), `hung` reviews.
 */

// The console counts days late from its own clock: the same day as the server's, as in an office.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T02:00:00.000Z`));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const rowIds = () => screen.queryAllByTestId('task-row').map((row) => row.dataset.id);

describe('review task list', () => {
  it('filters from the address and writes each filter back to it', async () => {
    const { history } = renderConsole({ server: reviewDesk(), path: '/reviews/tasks?due=overdue' });
    await waitFor(() => expect(rowIds()).toEqual(['t-late']));
    const row = screen.getByTestId('task-row');
    expect(within(row).getByTestId('overdue-badge').textContent).toBe('Quá hạn 8 ngày');
    expect(within(row).getByRole('link', { name: '43/2014/NĐ-CP' }).getAttribute('href')).toContain(
      '/documents/43/2014/N%C4%90-CP',
    );
    expect(within(row).getByRole('link', { name: '1.000001' }).getAttribute('href')).toContain(
      '/procedures/1.000001',
    );
    expect(row.textContent).toContain('10/2026/NĐ-CP sửa đổi');

    fireEvent.change(screen.getByTestId('filter-due'), { target: { value: '' } });
    await waitFor(() => expect(rowIds()).toEqual(['t-done', 't-late', 't-friday']));
    expect(history.location.search).toBe('');

    fireEvent.change(screen.getByTestId('filter-assignee'), { target: { value: 'none' } });
    await waitFor(() => expect(rowIds()).toEqual(['t-friday']));
    expect(history.location.search).toContain('assignee=none');

    fireEvent.change(screen.getByTestId('filter-assignee'), { target: { value: '' } });
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    fireEvent.change(screen.getByTestId('filter-state'), { target: { value: 'done' } });
    await waitFor(() => expect(rowIds()).toEqual(['t-done']));
    expect(history.location.search).toContain('state=done');
  });

  it('"me" is the signed-in user, and a filter matching nothing says so', async () => {
    renderConsole({
      server: reviewDesk({ signedInAs: 'hung' }),
      path: '/reviews/tasks?assignee=me&state=open',
    });
    await waitFor(() => expect(rowIds()).toEqual(['t-late']));
    fireEvent.change(screen.getByTestId('filter-due'), { target: { value: 'week' } });
    expect((await screen.findByTestId('tasks-empty')).textContent).toContain(
      'Không có nhiệm vụ nào khớp bộ lọc.',
    );
  });

  it('an outcome needs its reason before anything is sent; with it the server moves the task on', async () => {
    const { server } = renderConsole({ server: reviewDesk({ signedInAs: 'hung' }), path: '/reviews/tasks' });
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    const friday = screen.getAllByTestId('task-row').find((row) => row.dataset.id === 't-friday')!;
    fireEvent.click(within(friday).getByTestId('task-open'));
    const dialog = await screen.findByTestId('task-dialog');
    await waitFor(() => expect(within(dialog).getAllByRole('option', { name: 'hung' })).toHaveLength(1));
    fireEvent.change(within(dialog).getByTestId('task-outcome'), { target: { value: 'amend' } });
    fireEvent.change(within(dialog).getByTestId('task-assignee'), { target: { value: 'hung' } });
    fireEvent.click(within(dialog).getByTestId('task-save'));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Cần ghi lý do cho kết quả rà soát.');
    expect(server.requestsTo('PATCH', '/api/review-tasks/t-friday')).toHaveLength(0);

    fireEvent.change(within(dialog).getByTestId('task-reason'), {
      target: { value: 'Nghị định mới sửa căn cứ' },
    });
    fireEvent.click(within(dialog).getByTestId('task-save'));
    await waitFor(() => expect(screen.queryByTestId('task-dialog')).toBeNull());
    expect(JSON.parse(server.requestsTo('PATCH', '/api/review-tasks/t-friday')[0]!.body)).toEqual({
      assignee: 'hung',
      outcome: 'amend',
      reason: 'Nghị định mới sửa căn cứ',
    });
    await waitFor(() => {
      const row = screen.getAllByTestId('task-row').find((r) => r.dataset.id === 't-friday')!;
      expect(within(row).getByTestId('task-state').textContent).toBe('Đang xử lý');
      expect(within(row).getByTestId('task-outcome').textContent).toBe('Sửa đổi, bổ sung');
    });
  });

  it('a reviewer takes a task: state and due date typed dd/mm/yyyy, only what changed is sent', async () => {
    const { server } = renderConsole({
      server: reviewDesk({ signedInAs: 'hung' }),
      path: '/reviews/tasks?state=open',
    });
    await waitFor(() => expect(rowIds()).toEqual(['t-late', 't-friday']));
    fireEvent.click(within(screen.getAllByTestId('task-row')[0]!).getByTestId('task-open'));
    const dialog = await screen.findByTestId('task-dialog');
    expect((within(dialog).getByTestId('task-due') as HTMLInputElement).value).toBe('01/12/2026');
    fireEvent.change(within(dialog).getByTestId('task-due'), { target: { value: '32/12/2026' } });
    fireEvent.change(within(dialog).getByTestId('task-state-select'), { target: { value: 'in_progress' } });
    fireEvent.click(within(dialog).getByTestId('task-save'));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Ngày phải theo dạng dd/mm/yyyy.');
    fireEvent.change(within(dialog).getByTestId('task-due'), { target: { value: '15/12/2026' } });
    fireEvent.click(within(dialog).getByTestId('task-save'));
    await waitFor(() => expect(rowIds()).toEqual(['t-friday']));
    expect(JSON.parse(server.requestsTo('PATCH', '/api/review-tasks/t-late')[0]!.body)).toEqual({
      dueOn: '2026-12-15',
      state: 'in_progress',
    });
  });

  it('the task dialog keeps the keyboard: focus inside on open, Escape closes it back to its button', async () => {
    renderConsole({ server: reviewDesk({ signedInAs: 'hung' }), path: '/reviews/tasks?state=open' });
    await waitFor(() => expect(rowIds()).toEqual(['t-late', 't-friday']));
    const opener = within(screen.getAllByTestId('task-row')[0]!).getByTestId('task-open');
    opener.focus();
    fireEvent.click(opener);
    const dialog = await screen.findByTestId('task-dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(within(dialog).getByRole('heading').textContent).toBe('Nhiệm vụ rà soát văn bản 43/2014/NĐ-CP');
    expect(dialog.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('task-dialog')).toBeNull());
    expect(document.activeElement).toBe(opener);
  });

  it('a drafter without legal.write reads a task but cannot edit it', async () => {
    const { server } = renderConsole({ server: reviewDesk({ signedInAs: 'lan' }), path: '/reviews/tasks' });
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    const late = screen.getAllByTestId('task-row').find((row) => row.dataset.id === 't-late')!;
    const open = within(late).getByTestId('task-open');
    expect(open.textContent).toBe('Xem');
    fireEvent.click(open);
    const dialog = await screen.findByTestId('task-dialog');
    expect(within(dialog).getByTestId('task-read-only').textContent).toBe(
      'Chỉ người rà soát và quản trị viên sửa được nhiệm vụ.',
    );
    expect(within(dialog).queryByTestId('task-save')).toBeNull();
    expect(within(dialog).queryByRole('combobox')).toBeNull();
    expect(server.requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('a done task is read only, with the decision that carried it out', async () => {
    renderConsole({ server: reviewDesk({ signedInAs: 'hung' }), path: '/reviews/tasks?state=done' });
    await waitFor(() => expect(rowIds()).toEqual(['t-done']));
    fireEvent.click(screen.getByTestId('task-open'));
    const dialog = await screen.findByTestId('task-dialog');
    expect(within(dialog).getByTestId('task-read-only').textContent).toBe('Nhiệm vụ đã xong, chỉ xem.');
    expect(within(dialog).getByRole('link', { name: 'Mở quyết định' }).getAttribute('href')).toContain(
      '/decisions/d-old',
    );
  });

  it('a task carried out by an issued decision names it by its number, linked to it', async () => {
    const server = reviewDesk({ signedInAs: 'hung' });
    const issued = makeDecision({ id: 'd-old', number: '2751/QĐ-UBND', state: 'issued' });
    server.decisions.set(issued.id, issued);
    renderConsole({ server, path: '/reviews/tasks?state=done' });
    await waitFor(() => expect(rowIds()).toEqual(['t-done']));
    const row = screen.getByTestId('task-row');
    expect(within(row).getByRole('link', { name: issued.number }).getAttribute('href')).toContain(
      `/decisions/${encodeURIComponent(issued.id)}`,
    );
    expect(within(row).queryByRole('link', { name: 'Mở quyết định' })).toBeNull();
    fireEvent.click(within(row).getByTestId('task-open'));
    const dialog = await screen.findByTestId('task-dialog');
    expect(within(dialog).getByRole('link', { name: issued.number })).toBeTruthy();
  });

  it('drafts a decision from two tasks and opens it; the same tasks again are refused in words', async () => {
    const server = reviewDesk({ signedInAs: 'lan' });
    const { history } = renderConsole({ server, path: '/reviews/tasks?state=open' });
    await waitFor(() => expect(rowIds()).toEqual(['t-late', 't-friday']));
    const button = screen.getByTestId('draft-from-tasks');
    expect(button.textContent).toBe('Soạn quyết định từ 0 nhiệm vụ');
    expect((button as HTMLButtonElement).disabled).toBe(true);
    for (const box of screen.getAllByTestId('task-select')) fireEvent.click(box);
    expect(button.textContent).toBe('Soạn quyết định từ 2 nhiệm vụ');
    fireEvent.click(button);
    await waitFor(() => expect(history.location.pathname).toMatch(/^\/decisions\/d-review-/));
    const id = decodeURIComponent(history.location.pathname.split('/')[2]!);
    const draft = server.decisions.get(id)!;
    expect(draft.state).toBe('draft');
    expect(draft.title).toBe('Công bố thủ tục hành chính sửa đổi, bổ sung, bãi bỏ theo 10/2026/NĐ-CP');
    expect(draft.effectiveOn).toBe('2026-12-20');
    expect(draft.items.map((item) => [item.code, item.action])).toEqual([
      ['1.000001', 'amended'],
      ['1.000002', 'amended'],
    ]);
    expect(draft.items[0]!.causeDocument?.number).toBe('10/2026/NĐ-CP');
    expect(server.reviewDesk.tasks.get('t-late')).toMatchObject({ decisionId: id, state: 'in_progress' });
    expect(server.reviewDesk.tasks.get('t-friday')).toMatchObject({ decisionId: id, state: 'in_progress' });
    // The editor opens on the new draft, its two procedures listed.
    expect((await screen.findAllByText(/Giao đất, cho thuê đất/)).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Chuyển mục đích sử dụng đất/).length).toBeGreaterThan(0);

    cleanup();
    renderConsole({ server, path: '/reviews/tasks' });
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    const late = screen.getAllByTestId('task-row').find((row) => row.dataset.id === 't-late')!;
    expect(within(late).getByRole('link', { name: 'Mở quyết định' })).toBeTruthy();
    fireEvent.click(within(late).getByTestId('task-select'));
    fireEvent.click(screen.getByTestId('draft-from-tasks'));
    expect((await screen.findByTestId('draft-error')).textContent).toBe(
      `Không soạn được quyết định: Nhiệm vụ rà soát đã gắn với quyết định «${id}» đang xử lý.`,
    );
  });

  it('tasks whose procedures are no longer in force give nothing to draft, said in words', async () => {
    const server = reviewDesk({ signedInAs: 'lan' });
    server.reviewDesk.addTasks([
      eventTask({ id: 't-gone', procedureIds: ['9.999999'], dueOn: '2026-12-31' }),
    ]);
    renderConsole({ server, path: '/reviews/tasks?state=open' });
    await waitFor(() => expect(rowIds()).toEqual(['t-late', 't-friday', 't-gone']));
    fireEvent.click(within(screen.getAllByTestId('task-row')[2]!).getByTestId('task-select'));
    fireEvent.click(screen.getByTestId('draft-from-tasks'));
    expect((await screen.findByTestId('draft-error')).textContent).toBe(
      'Không soạn được quyết định: Các nhiệm vụ đã chọn không cần quyết định nào (giữ nguyên, không xử lý, hoặc thủ tục đã hết hiệu lực).',
    );
    expect(server.decisions.size).toBe(0);
  });

  it('a reviewer sees no selection: drafting is for drafters', async () => {
    renderConsole({ server: reviewDesk({ signedInAs: 'hung' }), path: '/reviews/tasks' });
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    expect(screen.queryByTestId('draft-from-tasks')).toBeNull();
    expect(screen.queryAllByTestId('task-select')).toHaveLength(0);
  });
});
