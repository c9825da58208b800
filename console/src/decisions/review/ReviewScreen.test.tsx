// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInSession } from '../../testing/render-console';
import {
  AMENDED_ITEM,
  actAs,
  DECISION_ID,
  HostedReview,
  lastBody,
  NEW_ITEM,
  reviewWorkspace,
} from './review-test-workspace';

/** The reviewer's screen: items against the catalogue in force, comments per item and field, the verdict. */

afterEach(cleanup);

const COMMENTS = `/api/decisions/${DECISION_ID}/comments`;

async function reviewAs(
  username: string,
  prepare?: (server: ReturnType<typeof reviewWorkspace>) => Promise<void>,
) {
  const server = reviewWorkspace();
  await actAs(server, 'lan', { to: 'in_review' });
  await prepare?.(server);
  server.signedInAs = username;
  const view = renderInSession(<HostedReview initial={server.detailOf(DECISION_ID, username)} />, { server });
  // The catalogue in force has arrived when the amended item shows its diff.
  await waitFor(() =>
    expect(item(AMENDED_ITEM).querySelector('[data-testid="field-diff"] del')).not.toBeNull(),
  );
  return { ...view, server };
}

const item = (id: string) => screen.getAllByTestId('review-item').find((el) => el.dataset.item === id)!;
const state = () => screen.getByTestId('decision-state').textContent;

describe('the review screen', () => {
  it('shows each item against the version in force on the effective date', async () => {
    await reviewAs('hung');
    expect(screen.getByText('So với phiên bản có hiệu lực ngày 20/12/2026.')).toBeTruthy();
    const amended = item(AMENDED_ITEM);
    expect(amended.querySelector('h4')!.textContent).toBe('Mục 1: 1.000001 — Đăng ký khai sinh');
    const diffs = within(amended).getAllByTestId('field-diff');
    expect(diffs.map((d) => d.dataset.field)).toEqual(['processingTime']);
    expect(diffs[0]!.querySelector('del')!.textContent).toContain('05');
    expect(diffs[0]!.querySelector('ins')!.textContent).toContain('03');
    // A new procedure: every proposed field is an addition.
    const added = within(item(NEW_ITEM)).getAllByTestId('field-diff');
    expect(added.map((d) => d.dataset.field)).toEqual(['name', 'fees']);
    expect(screen.getByTestId('validation').textContent).toBeTruthy();
  });

  it('posts a comment on one field, shown with its field and the revision it was written on', async () => {
    const { server } = await reviewAs('hung');
    const field = within(item(AMENDED_ITEM)).getByTestId('field-diff');
    const toggle = within(field).getByTestId('field-comments-toggle');
    expect(toggle.textContent).toBe('Ý kiến về «Thời hạn giải quyết»');
    fireEvent.click(toggle);
    const thread = within(field).getByTestId('comment-thread');
    expect(thread.dataset.field).toBe('processingTime');
    const text = within(thread).getByLabelText('Ý kiến của bạn về «Thời hạn giải quyết»');

    // Sending nothing is refused here.
    fireEvent.click(within(thread).getByTestId('comment-send'));
    expect(within(thread).getByRole('alert').textContent).toBe('Hãy viết ý kiến trước khi gửi.');
    expect(server.requestsTo('POST', COMMENTS)).toHaveLength(0);

    const user = userEvent.setup();
    await user.click(text);
    await user.keyboard('Căn cứ nào rút ngắn còn 03 ngày?');
    await user.keyboard('{Control>}{Enter}{/Control}');
    const comment = await within(thread).findByTestId('comment');
    expect(lastBody(server, COMMENTS)).toEqual({
      revision: 0,
      itemId: AMENDED_ITEM,
      field: 'processingTime',
      text: 'Căn cứ nào rút ngắn còn 03 ngày?',
    });
    expect(within(comment).getByTestId('comment-field').textContent).toBe('Thời hạn giải quyết');
    expect(within(comment).getByTestId('comment-revision').textContent).toBe('trên phiên bản 0');
    expect(comment.textContent).toContain('hung');
    expect((text as HTMLTextAreaElement).value).toBe('');
    expect(toggle.textContent).toBe('Ý kiến về «Thời hạn giải quyết» (1)');
    // Only this field's thread holds it: the item's own thread does not.
    const itemThread = within(item(AMENDED_ITEM))
      .getAllByTestId('comment-thread')
      .find((t) => t.dataset.field === '')!;
    expect(within(itemThread).queryByTestId('comment')).toBeNull();
    // The timeline names the item, the field and the revision.
    const events = screen.getAllByTestId('timeline-event').filter((e) => e.dataset.kind === 'comment');
    expect(events[0]!.textContent).toContain('Ý kiến về «Thời hạn giải quyết» của mục 1 (trên phiên bản 0)');
  });

  it('shows a comment on an older revision as such after an edit', async () => {
    const { server } = await reviewAs('hung', async (server) => {
      server.signedInAs = 'hung';
      await server.fetch(COMMENTS, {
        method: 'POST',
        body: JSON.stringify({ revision: 0, itemId: AMENDED_ITEM, field: 'processingTime', text: 'Xem lại' }),
      });
      server.editAs(DECISION_ID, 'lan', (d) => ({
        ...d,
        items: d.items.map((i) =>
          i.id === AMENDED_ITEM ? { ...i, changes: { processingTime: '04 ngày làm việc' } } : i,
        ),
      }));
    });
    expect(server.decisions.get(DECISION_ID)!.revision).toBe(1);
    const field = within(item(AMENDED_ITEM)).getByTestId('field-diff');
    // A field with comments opens its thread at once.
    const comment = await within(field).findByTestId('comment');
    expect(within(comment).getByTestId('comment-revision').textContent).toBe('trên phiên bản 0');
    expect(screen.getByText(/Bạn đang xem phiên bản 1/)).toBeTruthy();
  });

  it('keeps comments on a field the current revision no longer changes', async () => {
    await reviewAs('hung', async (server) => {
      server.signedInAs = 'hung';
      await server.fetch(COMMENTS, {
        method: 'POST',
        body: JSON.stringify({ revision: 0, itemId: NEW_ITEM, field: 'fees', text: 'Phí theo văn bản nào?' }),
      });
      // lan drops the fee from the new procedure: the field no longer shows as a change.
      server.editAs(DECISION_ID, 'lan', (d) => ({
        ...d,
        items: d.items.map((i) => (i.id === NEW_ITEM ? { ...i, changes: { name: i.name } } : i)),
      }));
    });
    const kept = await within(item(NEW_ITEM)).findByTestId('other-field-comments');
    expect(kept.dataset.field).toBe('fees');
    expect(kept.querySelector('h5')!.textContent).toBe('Ý kiến về «Phí, lệ phí»');
    expect(within(kept).getByTestId('comment').textContent).toContain('Phí theo văn bản nào?');
    expect(within(kept).getByTestId('comment-revision').textContent).toBe('trên phiên bản 0');
  });

  it('offers no comment form to a role that may not comment', async () => {
    await reviewAs('quantri');
    expect(screen.queryAllByTestId('comment-text')).toHaveLength(0);
    expect(screen.queryByTestId('action-approve')).toBeNull();
    expect(screen.getByTestId('verdict').textContent).toContain('Bạn không cho ý kiến kết luận ở đây');
  });

  it('is read-only once the decision is issued', async () => {
    const server = reviewWorkspace();
    await actAs(server, 'lan', { to: 'in_review' });
    server.signedInAs = 'hung';
    await server.fetch(COMMENTS, {
      method: 'POST',
      body: JSON.stringify({ revision: 0, itemId: null, text: 'Đồng ý về cơ bản' }),
    });
    await actAs(server, 'hung', { to: 'approved' });
    await actAs(server, 'lan', { to: 'issued', number: '12/QĐ-UBND', signedOn: '2026-12-15' });
    renderInSession(<HostedReview initial={server.detailOf(DECISION_ID, 'hung')} />, { server });
    await screen.findAllByTestId('comment');
    expect(screen.queryAllByTestId('comment-text')).toHaveLength(0);
    expect(
      screen.getAllByText('Quyết định đã ban hành hoặc đã rút: không nhận thêm ý kiến.').length,
    ).toBeGreaterThan(0);
    // Issued: compared with the day before it took effect, when its own versions were not yet in force.
    expect(await screen.findByText('So với phiên bản có hiệu lực ngày 19/12/2026.')).toBeTruthy();
    await waitFor(() =>
      expect(
        within(item(AMENDED_ITEM))
          .getAllByTestId('field-diff')
          .map((d) => d.dataset.field),
      ).toEqual(['processingTime']),
    );
  });

  it('can be done with the keyboard alone, from the first item to the approval', async () => {
    const { server } = await reviewAs('hung');
    const user = userEvent.setup();
    const first = within(item(AMENDED_ITEM)).getByTestId('field-comments-toggle');
    // The checks have no control: the first Tab from the top of the page lands on the first item.
    await user.tab();
    expect(document.activeElement).toBe(first);
    await user.keyboard('{Enter}');
    expect(first.getAttribute('aria-expanded')).toBe('true');
    await user.tab();
    expect(document.activeElement).toBe(within(item(AMENDED_ITEM)).getAllByTestId('comment-text')[0]);
    await user.keyboard('Đề nghị ghi rõ căn cứ.{Control>}{Enter}{/Control}');
    await within(item(AMENDED_ITEM)).findByTestId('comment');

    // On through the items, the comments and the approvals to the verdict.
    const approve = screen.getByTestId('action-approve');
    let steps = 0;
    while (document.activeElement !== approve && steps++ < 40) await user.tab();
    expect(document.activeElement).toBe(approve);

    // Escape closes the dialog and gives the focus back to the button that opened it.
    await user.keyboard('{Enter}');
    let dialog = screen.getByTestId('approve-dialog');
    expect(document.activeElement).toBe(within(dialog).getByTestId('dialog-comment'));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('approve-dialog')).toBeNull();
    expect(document.activeElement).toBe(approve);

    await user.keyboard('{Enter}');
    dialog = screen.getByTestId('approve-dialog');
    await user.keyboard('Nội dung phù hợp.');
    await user.tab();
    const confirm = within(dialog).getByTestId('dialog-confirm');
    expect(document.activeElement).toBe(confirm);
    // Focus stays inside the dialog: Tab past its last control wraps to the first.
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByTestId('dialog-comment'));
    await user.tab();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(state()).toBe('approved'));
    expect(lastBody(server, `/api/decisions/${DECISION_ID}/transitions`)).toEqual({
      to: 'approved',
      revision: 0,
      comment: 'Nội dung phù hợp.',
    });
    expect(document.activeElement).toBe(screen.getByTestId('action-done'));
  });
});
