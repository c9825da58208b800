// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInSession } from '../../testing/render-console';
import { ApprovalStatus } from './ApprovalStatus';
import { AMENDED_ITEM, actAs, DECISION_ID, NEW_ITEM, reviewWorkspace } from './review-test-workspace';

/** Approvals bound to a revision: an edit after an approval shows it as stale, with what changed since. */

afterEach(cleanup);

describe('approval status', () => {
  it('shows an approval of the current revision as such', async () => {
    const server = reviewWorkspace();
    await actAs(server, 'lan', { to: 'in_review', reviewers: ['hung', 'mai'] });
    await actAs(server, 'hung', { to: 'approved', comment: 'Đồng ý ban hành' });
    renderInSession(<ApprovalStatus detail={server.detailOf(DECISION_ID, 'lan')} />, { server });
    const approval = await screen.findByTestId('approval');
    expect(approval.dataset.stale).toBe('false');
    expect(await within(approval).findByText(/đã phê duyệt phiên bản 0/)).toBeTruthy();
    expect(approval.textContent).toContain('Đồng ý ban hành');
    expect(screen.getByTestId('sent-to').textContent).toBe('Gửi thẩm định cho: hung, mai.');
    expect(within(approval).queryByTestId('show-approval-diff')).toBeNull();
  });

  it('shows an approval made before an edit as stale, with the diff since the approved revision', async () => {
    const server = reviewWorkspace();
    await actAs(server, 'lan', { to: 'in_review' });
    await actAs(server, 'hung', { to: 'approved' });
    // lan edits after the approval: the processing time again, the title, and drops the new item.
    server.editAs(DECISION_ID, 'lan', (d) => ({
      ...d,
      title: 'Công bố thủ tục hành chính lĩnh vực hộ tịch (sửa đổi)',
      items: d.items
        .filter((item) => item.id !== NEW_ITEM)
        .map((item) =>
          item.id === AMENDED_ITEM ? { ...item, changes: { processingTime: '02 ngày làm việc' } } : item,
        ),
    }));
    const detail = server.detailOf(DECISION_ID, 'lan');
    expect(detail.decision.state).toBe('in_review');
    renderInSession(<ApprovalStatus detail={detail} />, { server });

    const approval = await screen.findByTestId('approval');
    expect(approval.dataset.stale).toBe('true');
    expect(await within(approval).findByText(/hung/)).toBeTruthy();
    await within(approval).findByText(/đã phê duyệt phiên bản 0, nay đã sửa/);
    const show = within(approval).getByTestId('show-approval-diff');
    expect(show.textContent).toBe('Xem thay đổi từ phiên bản 0');
    expect(show.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(show);
    expect(show.getAttribute('aria-expanded')).toBe('true');

    const diff = await screen.findByTestId('revision-diff');
    expect(diff.querySelector('h4')!.textContent).toBe('Thay đổi từ phiên bản 0 đến phiên bản 1');
    const title = await within(diff).findByTestId('header-diff');
    expect(title.dataset.field).toBe('title');
    expect(title.querySelector('ins')!.textContent).toContain('(sửa đổi)');
    const items = within(diff).getAllByTestId('item-change');
    expect(items.map((i) => [i.dataset.kind, i.dataset.item])).toEqual([
      ['changed', AMENDED_ITEM],
      ['removed', NEW_ITEM],
    ]);
    const field = within(items[0]!).getByTestId('field-diff');
    expect(field.dataset.field).toBe('processingTime');
    expect(field.querySelector('dt')!.textContent).toBe('Thời hạn giải quyết');
    expect(field.querySelector('del')!.textContent).toContain('03');
    expect(field.querySelector('ins')!.textContent).toContain('02');
    expect(items[1]!.textContent).toContain('Mục bỏ đi: Mục 2: 1.000099');
  });
});
