// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import type { Decision } from '@niemyet/core';
import { makeDecision } from '@niemyet/core/testing';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeServer } from '../../testing/fake-server';
import { ACCOUNTS, renderConsole } from '../../testing/render-console';
import { WAITING_REFRESH_MS } from './WaitingDecisionsLink';

/** The decision list and the navigation's count, over an in-memory server, signed in as `lan` (drafter, supervisor). */

afterEach(cleanup);

function office(signedInAs = 'lan'): FakeServer {
  const server = new FakeServer({ accounts: ACCOUNTS, signedInAs });
  const add = (decision: Partial<Decision> & { id: string }, updatedAt: string) => {
    server.decisions.set(decision.id, makeDecision(decision));
    server.updatedAt.set(decision.id, updatedAt);
  };
  add(
    {
      id: 'd-draft',
      number: '',
      title: 'Sửa đổi thủ tục hộ tịch',
      state: 'draft',
      author: 'lan',
      signedOn: null,
      effectiveOn: null,
    },
    '2026-12-05T03:00:00.000Z',
  );
  add(
    {
      id: 'd-review',
      number: '',
      title: 'Bãi bỏ thủ tục đất đai',
      state: 'in_review',
      author: 'lan',
      reviewers: ['hung'],
    },
    '2026-12-04T03:00:00.000Z',
  );
  add(
    { id: 'd-approved', number: '', title: 'Công bố thủ tục mới', state: 'approved', author: 'mai' },
    '2026-12-03T03:00:00.000Z',
  );
  add(
    { id: 'd-issued', number: '12/QĐ-UBND', title: 'Công bố năm 2026', state: 'issued', author: 'mai' },
    '2026-12-02T03:00:00.000Z',
  );
  add(
    { id: 'd-changes', number: '', title: 'Thủ tục y tế', state: 'changes_requested', author: 'mai' },
    '2026-12-01T03:00:00.000Z',
  );
  server.deadlines.set('d-issued', { status: 'overdue', kind: 'national-db-entry', dueOn: '2026-12-01' });
  server.deadlines.set('d-approved', { status: 'due-soon', kind: 'decision-signed', dueOn: '2026-12-08' });
  return server;
}

const rows = () => screen.getAllByTestId('decision-row');

describe('decision list', () => {
  it('lists decisions newest change first, with states, reviewers, deadlines and times in Vietnamese', async () => {
    renderConsole({ server: office(), path: '/decisions' });
    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(rows().map((row) => row.dataset.id)).toEqual([
      'd-draft',
      'd-review',
      'd-approved',
      'd-issued',
      'd-changes',
    ]);
    expect(screen.getAllByTestId('decision-state').map((badge) => badge.textContent)).toEqual([
      'Dự thảo',
      'Đang thẩm định',
      'Đã phê duyệt',
      'Đã ban hành',
      'Yêu cầu sửa',
    ]);
    const [draft, review, approved, issued] = rows() as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    const draftLink = within(draft).getByRole('link', { name: '(chưa có số)' });
    expect(draftLink.getAttribute('href')).toContain('/decisions/d-draft');
    expect(draft.textContent).toContain('Sửa đổi thủ tục hộ tịch');
    expect(within(draft).getByTestId('decision-reviewers').textContent).toBe('bất kỳ người thẩm định nào');
    expect(within(review).getByTestId('decision-reviewers').textContent).toBe('hung');
    expect(within(issued).getByRole('link', { name: '12/QĐ-UBND' })).toBeTruthy();
    expect(within(issued).getByTestId('decision-deadline').dataset.status).toBe('overdue');
    expect(within(issued).getByTestId('decision-deadline').textContent).toBe(
      'Quá hạn nhập CSDL quốc gia: 01/12/2026',
    );
    expect(within(approved).getByTestId('decision-deadline').textContent).toBe('Sắp đến hạn ký: 08/12/2026');
    expect(within(draft).getByTestId('decision-deadline').textContent).toBe('—');
    // On Vietnam's clock: 03:00 UTC is 10:00 in Hà Nội.
    expect(draft.textContent).toContain('05/12/2026 10:00');
    expect(screen.getByTestId('decisions-count').textContent).toBe('1–5 / 5 quyết định');
  });

  it('filters by state and by what waits on me, in the address', async () => {
    const { server, history } = renderConsole({ server: office(), path: '/decisions' });
    await waitFor(() => expect(rows()).toHaveLength(5));
    fireEvent.change(screen.getByLabelText('Trạng thái'), { target: { value: 'issued' } });
    await waitFor(() => expect(rows().map((row) => row.dataset.id)).toEqual(['d-issued']));
    expect(history.location.search).toContain('state=issued');
    // The list's last request (the navigation's counts, `limit=1`, come after the first paint).
    const listRequests = server.requests.filter((r) => r.search.get('limit') !== '1');
    expect(listRequests.at(-1)?.search.get('state')).toBe('issued');

    fireEvent.change(screen.getByLabelText('Trạng thái'), { target: { value: '' } });
    await waitFor(() => expect(rows()).toHaveLength(5));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Chờ tôi xử lý' }));
    await waitFor(() => expect(rows().map((row) => row.dataset.id)).toEqual(['d-draft', 'd-approved']));
    expect(history.location.search).toContain('waiting=me');
    expect(history.location.search).not.toContain('state=');

    // Nothing matches: say so, and offer to clear the filters.
    fireEvent.change(screen.getByLabelText('Trạng thái'), { target: { value: 'withdrawn' } });
    const empty = await screen.findByTestId('decisions-empty');
    expect(empty.textContent).toContain('Không có quyết định nào khớp bộ lọc.');
    fireEvent.click(within(empty).getByRole('button', { name: 'Bỏ lọc' }));
    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(history.location.search).toBe('');
  });

  it('opens a link with filters as it was shared, and pages through a long list', async () => {
    const server = new FakeServer({ accounts: ACCOUNTS, signedInAs: 'lan' });
    for (let i = 0; i < 120; i++) {
      const id = `d-${String(i).padStart(3, '0')}`;
      server.decisions.set(id, makeDecision({ id, number: `${i}/QĐ-UBND` }));
      server.updatedAt.set(id, new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString());
    }
    const { history } = renderConsole({ server, path: '/decisions?state=issued&page=2' });
    await waitFor(() =>
      expect(screen.getByTestId('decisions-count').textContent).toBe('51–100 / 120 quyết định'),
    );
    expect((screen.getByLabelText('Trạng thái') as HTMLSelectElement).value).toBe('issued');
    expect(rows()).toHaveLength(50);
    expect(rows()[0]!.dataset.id).toBe('d-069');
    const asked = server
      .requestsTo('GET', '/api/decisions')
      .filter((r) => r.search.get('state') === 'issued');
    expect(asked.at(-1)?.search.get('offset')).toBe('50');
    fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
    await waitFor(() =>
      expect(screen.getByTestId('decisions-count').textContent).toBe('101–120 / 120 quyết định'),
    );
    expect(history.location.search).toContain('page=3');
    expect((screen.getByRole('button', { name: 'Trang sau' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Trang trước' }));
    await waitFor(() =>
      expect(screen.getByTestId('decisions-count').textContent).toBe('51–100 / 120 quyết định'),
    );
  });

  it('creates a draft for a drafter and opens it in the editor', async () => {
    const { server, history } = renderConsole({ server: office(), path: '/decisions' });
    fireEvent.click(await screen.findByRole('button', { name: 'Soạn quyết định mới' }));
    await waitFor(() => expect(history.location.pathname).toMatch(/^\/decisions\/d-6-/));
    const posted = server.requestsTo('POST', '/api/decisions');
    expect(posted).toHaveLength(1);
    expect(JSON.parse(posted[0]!.body)).toEqual({ title: '', items: [] });
    const id = decodeURIComponent(history.location.pathname.slice('/decisions/'.length));
    expect(server.decisions.get(id)?.state).toBe('draft');
    expect(server.decisions.get(id)?.author).toBe('lan');
  });

  it('speaks English on the toggle', async () => {
    renderConsole({ server: office(), path: '/decisions' });
    await waitFor(() => expect(rows()).toHaveLength(5));
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Publication decisions' })).toBeTruthy();
    expect(screen.getAllByTestId('decision-state')[1]!.textContent).toBe('In review');
    expect(within(rows()[0]!).getByTestId('decision-reviewers').textContent).toBe('any reviewer');
    expect(within(rows()[3]!).getByTestId('decision-deadline').textContent).toBe(
      'National database entry overdue: 01/12/2026',
    );
    // The count comes after the screen's first paint (shell/first-content.tsx).
    expect(await screen.findByRole('link', { name: 'Decisions (2 decisions wait for you)' })).toBeTruthy();
  });

  it('offers no new draft to a reviewer', async () => {
    renderConsole({ server: office('hung'), path: '/decisions' });
    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(screen.queryByRole('button', { name: 'Soạn quyết định mới' })).toBeNull();
  });
});

describe('navigation count of decisions waiting on me', () => {
  it('counts what waits on the user, with a label saying so, and follows navigation', async () => {
    const server = office();
    renderConsole({ server, path: '/publications' });
    const badge = await screen.findByTestId('waiting-badge');
    expect(badge.textContent).toBe('2');
    const link = screen.getByRole('link', { name: 'Quyết định (2 quyết định chờ bạn)' });
    expect(server.requestsTo('GET', '/api/decisions').some((r) => r.search.get('waiting') === 'me')).toBe(
      true,
    );
    // Someone else issues the approved one; the next navigation shows one fewer.
    server.decisions.set('d-approved', { ...server.decisions.get('d-approved')!, state: 'issued' });
    fireEvent.click(link);
    await waitFor(() => expect(screen.getByTestId('waiting-badge').textContent).toBe('1'));
  });

  it('asks again every minute while the user stays on one screen', async () => {
    // Only the interval is faked: the rest of the test keeps real time.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const server = office();
      renderConsole({ server, path: '/publications' });
      expect((await screen.findByTestId('waiting-badge')).textContent).toBe('2');
      server.decisions.set('d-draft', { ...server.decisions.get('d-draft')!, state: 'withdrawn' });
      server.decisions.set('d-approved', { ...server.decisions.get('d-approved')!, state: 'issued' });
      vi.advanceTimersByTime(WAITING_REFRESH_MS - 1_000);
      expect(screen.getByTestId('waiting-badge').textContent).toBe('2');
      vi.advanceTimersByTime(1_000);
      await waitFor(() => expect(screen.queryByTestId('waiting-badge')).toBeNull());
      expect(screen.getByRole('link', { name: 'Quyết định' })).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a reviewer what waits on them and hides the count at zero', async () => {
    const first = renderConsole({ server: office('hung'), path: '/publications' });
    expect((await screen.findByTestId('waiting-badge')).textContent).toBe('1');
    first.unmount();
    const server = office('quantri');
    renderConsole({ server, path: '/publications' });
    await screen.findByRole('link', { name: 'Quyết định' });
    await waitFor(() =>
      expect(server.requestsTo('GET', '/api/decisions').some((r) => r.search.get('waiting') === 'me')).toBe(
        true,
      ),
    );
    expect(screen.queryByTestId('waiting-badge')).toBeNull();
  });
});
