// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../i18n/language';
import { MemoryStorage, renderConsole } from '../testing/render-console';
import { reviewDesk } from './review-desk-fixture';

/** The review dashboard (`#/reviews`) over the in-memory server, on Wednesday 09/12/2026. */

afterEach(cleanup);

const SENTENCE_VI =
  'đã rà soát 389 văn bản, kiến nghị xử lý 17 văn bản (thay thế 14 văn bản; sửa đổi, bổ sung 3 văn bản)';

describe('review dashboard', () => {
  it('shows the counts as links to their tasks, and the campaign in the words of provincial reports', async () => {
    renderConsole({ server: reviewDesk({ campaign389: true }), path: '/reviews' });
    const overdue = await screen.findByTestId('count-overdue');
    expect(overdue.textContent).toBe('1 Quá hạn');
    expect(overdue.getAttribute('href')).toContain('/reviews/tasks?due=overdue');
    expect(screen.getByTestId('count-dueThisWeek').textContent).toBe('1 Đến hạn tuần này');
    expect(screen.getByTestId('count-dueThisWeek').getAttribute('href')).toContain('due=week');
    expect(screen.getByTestId('count-open').textContent).toBe('2 Chưa xử lý');
    expect(screen.getByTestId('count-done').textContent).toBe('390 Đã xong');
    expect(screen.getByTestId('campaign-sentence').textContent).toBe(SENTENCE_VI);
    expect(screen.getByText('Tuần 07/12/2026 – 13/12/2026')).toBeTruthy();
  });

  it('lists urgent tasks, overdue first in red with how many days late', async () => {
    renderConsole({ server: reviewDesk(), path: '/reviews' });
    const urgent = await screen.findAllByTestId('urgent-task');
    expect(urgent).toHaveLength(2);
    expect(urgent[0]!.className).toBe('overdue');
    expect(within(urgent[0]!).getByTestId('overdue-badge').textContent).toBe('Quá hạn 8 ngày');
    expect(urgent[0]!.textContent).toContain('01/12/2026');
    expect(urgent[1]!.className).toBe('due-soon');
    expect(urgent[1]!.textContent).toContain('11/12/2026');
    expect(within(urgent[1]!).queryByTestId('overdue-badge')).toBeNull();
  });

  it('charts tasks by assignee with recharts, the same numbers in a captioned table', async () => {
    const { container } = renderConsole({ server: reviewDesk({ campaign389: true }), path: '/reviews' });
    const table = await screen.findByTestId('assignee-table');
    expect(within(table).getByText('Nhiệm vụ rà soát theo người được giao').tagName).toBe('CAPTION');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['hung', '1', '0', '0', '390'],
      ['(chưa giao)', '0', '1', '0', '0'],
    ]);
    await waitFor(() => expect(container.querySelector('.recharts-wrapper')).not.toBeNull());
    expect(screen.getByTestId('assignee-chart').getAttribute('aria-labelledby')).toBeTruthy();
  });

  it('speaks English when the user chose it, with the English sentence', async () => {
    const storage = new MemoryStorage();
    storage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    renderConsole({ server: reviewDesk({ campaign389: true }), path: '/reviews', storage });
    expect((await screen.findByTestId('campaign-sentence')).textContent).toBe(
      'reviewed 389 documents, 17 recommended for handling (14 to replace; 3 to amend)',
    );
    expect(screen.getByTestId('count-overdue').textContent).toBe('1 Overdue');
  });

  it('shows the reviewer the number of their overdue tasks in the navigation', async () => {
    renderConsole({ server: reviewDesk({ signedInAs: 'hung' }), path: '/reviews' });
    const badge = await screen.findByTestId('reviews-overdue-badge');
    expect(badge.textContent).toBe('1');
    expect(screen.getByTestId('nav-reviews').textContent).toContain('1 nhiệm vụ quá hạn của bạn');
  });

  it('shows no badge to a user with no overdue task', async () => {
    const { server } = renderConsole({ server: reviewDesk({ signedInAs: 'lan' }), path: '/reviews' });
    await screen.findByTestId('count-overdue');
    await waitFor(() =>
      expect(
        server.requests.some((r) => r.path === '/api/review-tasks' && r.search.get('assignee') === 'me'),
      ).toBe(true),
    );
    expect(screen.queryByTestId('reviews-overdue-badge')).toBeNull();
  });
});
