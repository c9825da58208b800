// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/language';
import { MemoryStorage, renderInSession } from '../../testing/render-console';
import {
  AMENDED_ITEM,
  actAs,
  DECISION_ID,
  HostedDecision,
  lastBody,
  NEW_ITEM,
  reviewWorkspace,
} from './review-test-workspace';

/** The workflow buttons of a decision against the in-memory server, as each role sees them. */

afterEach(cleanup);

const TRANSITIONS = `/api/decisions/${DECISION_ID}/transitions`;

function hostAs(server: ReturnType<typeof reviewWorkspace>, username: string) {
  server.signedInAs = username;
  const initial = server.detailOf(DECISION_ID, username);
  return renderInSession(<HostedDecision initial={initial} />, { server });
}

const state = () => screen.getByTestId('decision-state').textContent;

describe('sending a draft for review', () => {
  it('sends it to the reviewer chosen, never offering the author as reviewer', async () => {
    const server = reviewWorkspace();
    hostAs(server, 'lan');
    fireEvent.click(await screen.findByTestId('action-submit'));
    const dialog = await screen.findByTestId('submit-dialog');
    fireEvent.click(await within(dialog).findByTestId('reviewers-chosen'));
    const choices = within(dialog).getAllByTestId('reviewer-choice') as HTMLInputElement[];
    // lan holds the reviewer role too, but wrote the draft.
    expect(choices.map((c) => c.value)).toEqual(['hung', 'mai']);

    // "Only the people chosen" with nobody chosen is refused before the server is asked.
    fireEvent.click(within(dialog).getByTestId('dialog-confirm'));
    expect(within(dialog).getByRole('alert').textContent).toContain('Hãy chọn ít nhất một người');
    expect(server.requestsTo('POST', TRANSITIONS)).toHaveLength(0);

    fireEvent.click(choices[0]!);
    fireEvent.click(within(dialog).getByTestId('dialog-confirm'));
    await waitFor(() => expect(state()).toBe('in_review'));
    expect(lastBody(server, TRANSITIONS)).toEqual({
      to: 'in_review',
      revision: 0,
      reviewers: ['hung'],
      comment: null,
    });
    expect(screen.queryByTestId('submit-dialog')).toBeNull();
    const done = screen.getByTestId('action-done');
    expect(done.textContent).toBe('Đã gửi thẩm định.');
    // The submit button is gone: the outcome holds the focus instead of <body>.
    expect(document.activeElement).toBe(done);
    expect(screen.getByTestId('sent-to').textContent).toBe('Gửi thẩm định cho: hung.');
    expect(server.decisions.get(DECISION_ID)!.reviewers).toEqual(['hung']);
  });

  it('says why a draft with validation errors cannot be sent', async () => {
    const server = reviewWorkspace();
    const decision = server.decisions.get(DECISION_ID)!;
    // Amending a procedure the catalogue does not hold is an error of core's validation.
    server.decisions.set(DECISION_ID, {
      ...decision,
      items: decision.items.map((item) =>
        item.id === AMENDED_ITEM ? { ...item, procedureId: '9.999999', code: '9.999999' } : item,
      ),
    });
    hostAs(server, 'lan');
    const submit = (await screen.findByTestId('action-submit')) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    const reason = screen.getByTestId('submit-blocked');
    expect(submit.getAttribute('aria-describedby')).toBe(reason.id);
    expect(reason.textContent).toContain('còn 1 lỗi kiểm tra');
  });
});

describe('a refusal with validation issues', () => {
  it('lists the issues the server found when the catalogue changed under the draft', async () => {
    const server = reviewWorkspace();
    hostAs(server, 'lan');
    fireEvent.click(await screen.findByTestId('action-submit'));
    // Meanwhile the amended procedure leaves the catalogue: the server's check now fails.
    server.baseline.splice(0, 1);
    const dialog = await screen.findByTestId('submit-dialog');
    fireEvent.click(within(dialog).getByTestId('dialog-confirm'));
    const error = await within(dialog).findByTestId('action-error');
    expect(error.dataset.code).toBe('validation-failed');
    expect(error.textContent).toContain('Quyết định chưa qua được kiểm tra.');
    expect(error.textContent).toContain('Sửa các lỗi dưới đây rồi thử lại.');
    expect(error.querySelectorAll('li').length).toBeGreaterThan(0);
    expect(error.querySelector('li')!.textContent).toContain('1.000001');
    expect(state()).toBe('draft');
  });
});

describe('the verdict', () => {
  it('is never offered to the author, and only to the reviewers the draft was sent to', async () => {
    const server = reviewWorkspace();
    await actAs(server, 'lan', { to: 'in_review', reviewers: ['hung'] });

    const asLan = hostAs(server, 'lan');
    await screen.findByTestId('action-withdraw');
    expect(screen.queryByTestId('action-approve')).toBeNull();
    expect(screen.queryByTestId('action-request-changes')).toBeNull();
    asLan.unmount();

    const asMai = hostAs(server, 'mai');
    await screen.findByTestId('decision-actions');
    expect(screen.queryByTestId('action-approve')).toBeNull();
    expect(screen.getByTestId('decision-actions').textContent).toContain('Bạn không có thao tác nào');
    asMai.unmount();

    hostAs(server, 'hung');
    expect(await screen.findByTestId('action-approve')).toBeTruthy();
    expect(screen.getByTestId('action-request-changes')).toBeTruthy();
  });

  it('requesting changes needs a comment, which the timeline then shows', async () => {
    const server = reviewWorkspace();
    await actAs(server, 'lan', { to: 'in_review' });
    hostAs(server, 'hung');
    fireEvent.click(await screen.findByTestId('action-request-changes'));
    const dialog = screen.getByTestId('request-changes-dialog');
    fireEvent.click(within(dialog).getByTestId('dialog-confirm'));
    expect(within(dialog).getByRole('alert').textContent).toContain('Hãy ghi rõ cần sửa gì');
    expect(server.requestsTo('POST', TRANSITIONS)).toHaveLength(1); // lan's submission only

    fireEvent.change(within(dialog).getByTestId('dialog-comment'), {
      target: { value: 'Thời hạn 03 ngày chưa có căn cứ.' },
    });
    fireEvent.click(within(dialog).getByTestId('dialog-confirm'));
    await waitFor(() => expect(state()).toBe('changes_requested'));
    expect(lastBody(server, TRANSITIONS)).toEqual({
      to: 'changes_requested',
      revision: 0,
      comment: 'Thời hạn 03 ngày chưa có căn cứ.',
    });
    const events = screen.getAllByTestId('timeline-event');
    const last = events[events.length - 1]!;
    expect(last.textContent).toContain('hung');
    expect(last.textContent).toContain('Đang thẩm định → Yêu cầu sửa');
    expect(last.textContent).toContain('Thời hạn 03 ngày chưa có căn cứ.');
    expect(last.textContent).toMatch(/06\/12\/2026 \d\d:\d\d/);
  });

  it('shows a refusal for an outdated revision in words, and reloads on request', async () => {
    const server = reviewWorkspace();
    await actAs(server, 'lan', { to: 'in_review' });
    hostAs(server, 'hung');
    fireEvent.click(await screen.findByTestId('action-approve'));
    // Meanwhile lan edits the draft in another browser.
    server.editAs(DECISION_ID, 'lan', (d) => ({ ...d, title: `${d.title} (sửa)` }));
    fireEvent.click(screen.getByTestId('dialog-confirm'));
    const error = await screen.findByTestId('action-error');
    expect(error.dataset.code).toBe('stale-revision');
    expect(error.textContent).toContain('Nội dung đã được người khác sửa');
    expect(error.textContent).toContain('tải lại');
    fireEvent.click(within(error).getByTestId('reload-decision'));
    await waitFor(() => expect(screen.getByTestId('decision-revision').textContent).toBe('1'));
    expect(screen.queryByTestId('approve-dialog')).toBeNull();
  });
});

describe('withdrawing', () => {
  it('needs a reason', async () => {
    const server = reviewWorkspace();
    hostAs(server, 'lan');
    fireEvent.click(await screen.findByTestId('action-withdraw'));
    const dialog = screen.getByTestId('withdraw-dialog');
    fireEvent.change(within(dialog).getByTestId('dialog-comment'), { target: { value: '   ' } });
    fireEvent.click(within(dialog).getByTestId('dialog-confirm'));
    expect(within(dialog).getByRole('alert').textContent).toContain('Hãy ghi lý do rút quyết định');
    expect(server.requestsTo('POST', TRANSITIONS)).toHaveLength(0);
    fireEvent.change(within(dialog).getByTestId('dialog-comment'), {
      target: { value: 'Gộp vào quyết định khác' },
    });
    fireEvent.click(within(dialog).getByTestId('dialog-confirm'));
    await waitFor(() => expect(state()).toBe('withdrawn'));
    expect(lastBody(server, TRANSITIONS)).toEqual({
      to: 'withdrawn',
      revision: 0,
      comment: 'Gộp vào quyết định khác',
    });
    expect(screen.getByTestId('decision-actions').textContent).toContain('Bạn không có thao tác nào');
  });
});

describe('issuing', () => {
  it('checks the number and dates, then sends them as signed', async () => {
    const server = reviewWorkspace();
    await actAs(server, 'lan', { to: 'in_review' });
    await actAs(server, 'hung', { to: 'approved', comment: 'Đồng ý' });
    hostAs(server, 'lan');
    fireEvent.click(await screen.findByTestId('action-issue'));
    const dialog = screen.getByTestId('issue-dialog');
    const field = (id: string) => within(dialog).getByTestId(id) as HTMLInputElement;
    // The effective date defaults to the planned one, and the dialog says the catalogue changes then.
    expect(field('issue-effective-on').value).toBe('20/12/2026');
    expect(within(dialog).getByTestId('issue-explain').textContent).toContain(
      'từ ngày có hiệu lực (20/12/2026)',
    );
    expect(field('issue-signer').value).toBe('Chủ tịch');

    fireEvent.change(field('issue-signed-on'), { target: { value: '31/02/2026' } });
    fireEvent.change(field('issue-effective-on'), { target: { value: '' } });
    fireEvent.click(within(dialog).getByTestId('dialog-confirm'));
    const alerts = within(dialog)
      .getAllByRole('alert')
      .map((a) => a.textContent);
    expect(alerts).toEqual([
      'Hãy nhập số quyết định như trên bản đã ký.',
      '«31/02/2026» không phải một ngày (dd/mm/yyyy).',
      'Hãy nhập ngày (dd/mm/yyyy).',
    ]);
    expect(field('issue-signed-on').getAttribute('aria-invalid')).toBe('true');
    expect(server.requestsTo('POST', TRANSITIONS)).toHaveLength(2);

    fireEvent.change(field('issue-number'), { target: { value: ' 2751/QĐ-UBND ' } });
    fireEvent.change(field('issue-signer'), { target: { value: 'Nguyễn Văn An' } });
    fireEvent.change(field('issue-signed-on'), { target: { value: '15/12/2026' } });
    fireEvent.change(field('issue-effective-on'), { target: { value: '1-1-2027' } });
    expect(within(dialog).getByTestId('issue-explain').textContent).toContain('(01/01/2027)');
    fireEvent.click(within(dialog).getByTestId('dialog-confirm'));
    await waitFor(() => expect(state()).toBe('issued'));
    expect(lastBody(server, TRANSITIONS)).toEqual({
      to: 'issued',
      revision: 0,
      number: '2751/QĐ-UBND',
      signer: 'Nguyễn Văn An',
      signedOn: '2026-12-15',
      effectiveOn: '2027-01-01',
    });
    const issued = server.decisions.get(DECISION_ID)!;
    expect([issued.number, issued.signer, issued.signedOn, issued.effectiveOn]).toEqual([
      '2751/QĐ-UBND',
      'Nguyễn Văn An',
      '2026-12-15',
      '2027-01-01',
    ]);
    // The approval it was issued with is not shown as stale though the hash moved with the number.
    expect(screen.getByTestId('approval').dataset.stale).toBe('false');
  });

  it('records the national database date for chosen items, then for the rest', async () => {
    const server = reviewWorkspace();
    await actAs(server, 'lan', { to: 'in_review' });
    await actAs(server, 'hung', { to: 'approved' });
    await actAs(server, 'lan', { to: 'issued', number: '12/QĐ-UBND', signedOn: '2026-12-15' });
    const path = `/api/decisions/${DECISION_ID}/national-db`;
    hostAs(server, 'lan');
    expect((await screen.findByTestId('national-db-progress')).textContent).toBe(
      'Đã cập nhật lên CSDL quốc gia 0/2 mục.',
    );
    fireEvent.click(screen.getByTestId('action-national-db'));
    let dialog = screen.getByTestId('national-db-dialog');
    fireEvent.change(within(dialog).getByTestId('national-db-on'), { target: { value: '22/12/2026' } });
    fireEvent.click(within(dialog).getByTestId('national-db-some'));
    fireEvent.click(within(dialog).getByTestId('dialog-confirm'));
    expect(within(dialog).getByRole('alert').textContent).toBe('Hãy chọn ít nhất một mục.');
    fireEvent.click(within(dialog).getAllByTestId('national-db-item')[0]!);
    fireEvent.click(within(dialog).getByTestId('dialog-confirm'));
    await waitFor(() =>
      expect(screen.getByTestId('national-db-progress').textContent).toBe(
        'Đã cập nhật lên CSDL quốc gia 1/2 mục.',
      ),
    );
    expect(lastBody(server, path)).toEqual({ on: '2026-12-22', itemIds: [AMENDED_ITEM] });

    fireEvent.click(screen.getByTestId('action-national-db'));
    dialog = screen.getByTestId('national-db-dialog');
    expect(within(dialog).getByTestId('national-db-pending').parentElement!.textContent).toContain('(1 mục)');
    fireEvent.change(within(dialog).getByTestId('national-db-on'), { target: { value: '23/12/2026' } });
    fireEvent.click(within(dialog).getByTestId('dialog-confirm'));
    await waitFor(() =>
      expect(screen.getByTestId('national-db-progress').textContent).toBe(
        'Đã cập nhật lên CSDL quốc gia 2/2 mục.',
      ),
    );
    expect(lastBody(server, path)).toEqual({ on: '2026-12-23' });
    const items = server.decisions.get(DECISION_ID)!.items;
    expect(items.map((i) => [i.id, i.nationalDbOn])).toEqual([
      [AMENDED_ITEM, '2026-12-22'],
      [NEW_ITEM, '2026-12-23'],
    ]);
  });
});

describe('in English', () => {
  it('names the actions and explains the issue date in the other language', async () => {
    const server = reviewWorkspace();
    await actAs(server, 'lan', { to: 'in_review' });
    await actAs(server, 'hung', { to: 'approved' });
    const storage = new MemoryStorage();
    storage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    server.signedInAs = 'lan';
    renderInSession(<HostedDecision initial={server.detailOf(DECISION_ID, 'lan')} />, { server, storage });
    fireEvent.click(await screen.findByText('Issue'));
    const dialog = screen.getByTestId('issue-dialog');
    expect(within(dialog).getByRole('heading').textContent).toBe('Record as issued');
    expect(within(dialog).getByTestId('issue-explain').textContent).toContain(
      'The catalogue changes on the effective date (20/12/2026)',
    );
    expect(await screen.findByText(/approved revision 0/)).toBeTruthy();
  });
});
