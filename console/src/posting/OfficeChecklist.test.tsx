// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderConsole } from '../testing/render-console';
import { BUILDING, CENTRE, COMMUNE, postingOffice } from './posting-test-office';

/** One office's re-posting checklist over an in-memory server computed by core. */

afterEach(cleanup);

const items = () => screen.queryAllByTestId('checklist-item');

async function openChecklist(id: string, server = postingOffice()) {
  const view = renderConsole({ server, path: `/posting/${id}` });
  await screen.findByTestId('checklist-panel');
  return view;
}

function choose(procedureId: string) {
  const item = items().find((i) => i.dataset.id === procedureId)!;
  fireEvent.click(within(item).getByTestId('checklist-choose'));
}

describe('the re-posting checklist', () => {
  it('shows the decision that abolished one procedure and amended another as one take-down and one replace, with the diff', async () => {
    await openChecklist(CENTRE);
    expect(items().map((i) => [i.dataset.action, i.dataset.id])).toEqual([
      ['take-down', '1.000002'],
      ['replace', '1.000001'],
    ]);
    const [takeDown, replace] = items();
    expect(takeDown!.closest('[data-testid="section-take-down"]')!.querySelector('h4')!.textContent).toBe(
      'Gỡ xuống (1)',
    );
    expect(takeDown!.textContent).toContain('Đăng ký hành nghề luật sư');
    expect(takeDown!.textContent).toContain('Quyết định 7/QĐ-UBND');
    expect(takeDown!.textContent).toContain('Hiệu lực từ 25/11/2026');
    expect(replace!.textContent).toContain('Lĩnh vực: Lý lịch tư pháp');
    const diff = within(replace!).getByTestId('checklist-diff');
    expect(diff.dataset.field).toBe('fees');
    // The word diff: only the changed digits are struck and marked.
    expect(diff.querySelector('del')!.textContent).toBe('200');
    expect(diff.querySelector('ins')!.textContent).toBe('100');
    expect(diff.textContent).toContain('.000 đồng');
    expect(screen.getByTestId('section-add').textContent).toContain('Không có.');
    expect(screen.getByTestId('checklist-open').textContent).toContain('Chờ từ 25/11/2026');
    expect(screen.getByTestId('checklist-open').textContent).toContain('7 ngày làm việc');
    expect(screen.getByTestId('checklist-panel').textContent).toContain('Quá hạn 2 ngày làm việc');
  });

  it('marks the chosen items done after a confirmation naming the count, then shows who and when, and the list empties', async () => {
    const { server } = await openChecklist(CENTRE);
    const markDone = screen.getByTestId('mark-done') as HTMLButtonElement;
    expect(markDone.disabled).toBe(true);
    choose('1.000002');
    choose('1.000001');
    expect(markDone.textContent).toBe('Đánh dấu đã làm (2)');
    fireEvent.click(markDone);
    const dialog = await screen.findByTestId('mark-done-dialog');
    expect(dialog.textContent).toContain('Ghi nhận 2 thủ tục đã được niêm yết lại tại quầy?');
    fireEvent.click(within(dialog).getByTestId('mark-done-confirm'));
    expect(await screen.findByTestId('checklist-empty')).toBeTruthy();
    expect(screen.getByTestId('checklist-notice').textContent).toBe('Đã ghi nhận 2 thủ tục.');
    expect(JSON.parse(server.requestsTo('POST', `/api/offices/${CENTRE}/checklist/done`)[0]!.body)).toEqual({
      at: '2026-12-06',
      items: [
        { procedureId: '1.000002', action: 'take-down' },
        { procedureId: '1.000001', action: 'replace' },
      ],
    });
    const records = screen.getAllByTestId('done-record');
    expect(records.map((r) => r.dataset.action)).toEqual(['take-down', 'replace']);
    expect(within(records[0]!).getByTestId('done-by').textContent).toBe('lan');
    // 02:00 UTC is 09:00 in Vietnam.
    expect(within(records[0]!).getByTestId('done-at').textContent).toBe('06/12/2026 09:00');
    expect(records[1]!.textContent).toContain('7/QĐ-UBND');
    expect(screen.getByTestId('checklist-panel').textContent).toContain('Đã cập nhật');
    // Cancelled confirmations send nothing: one POST only.
    expect(server.requestsTo('POST', `/api/offices/${CENTRE}/checklist/done`)).toHaveLength(1);
  });

  it('sends nothing when the confirmation is cancelled', async () => {
    const { server } = await openChecklist(CENTRE);
    choose('1.000002');
    fireEvent.click(screen.getByTestId('mark-done'));
    const dialog = await screen.findByTestId('mark-done-dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByTestId('mark-done-dialog')).toBeNull());
    expect(server.requestsTo('POST', `/api/offices/${CENTRE}/checklist/done`)).toHaveLength(0);
    expect(items()).toHaveLength(2);
  });

  it('says the checklist changed meanwhile (409 checklist-changed) and reloads it', async () => {
    const { server } = await openChecklist(CENTRE);
    choose('1.000002');
    // Someone else re-posted the whole list in the meantime.
    server.posting.postAll(CENTRE, '2026-12-06', 'hoa');
    fireEvent.click(screen.getByTestId('mark-done'));
    fireEvent.click(within(await screen.findByTestId('mark-done-dialog')).getByTestId('mark-done-confirm'));
    expect((await screen.findByTestId('checklist-error')).textContent).toBe(
      'Danh sách cần niêm yết lại đã thay đổi (1 thủ tục không còn như đã chọn). Hãy tải lại và làm lại. Danh sách đã được tải lại.',
    );
    expect(await screen.findByTestId('checklist-empty')).toBeTruthy();
    expect(server.posting.records.get(CENTRE)).toBeUndefined();
  });

  it('offers an office that never posted to post its whole list at once', async () => {
    const { server } = await openChecklist(COMMUNE);
    expect(screen.getByTestId('never-posted').textContent).toContain('chưa niêm yết danh mục nào');
    expect(items().map((i) => i.dataset.action)).toEqual(['add', 'add']);
    fireEvent.click(screen.getByTestId('post-all'));
    const dialog = await screen.findByTestId('mark-done-dialog');
    expect(screen.getByTestId('post-all').textContent).toBe('Niêm yết toàn bộ (2 thủ tục)');
    expect(dialog.textContent).toContain('toàn bộ 2 thủ tục');
    fireEvent.click(within(dialog).getByTestId('mark-done-confirm'));
    expect(await screen.findByTestId('checklist-empty')).toBeTruthy();
    expect(screen.queryByTestId('never-posted')).toBeNull();
    expect(
      JSON.parse(server.requestsTo('POST', `/api/offices/${COMMUNE}/checklist/done`)[0]!.body).items,
    ).toEqual([
      { procedureId: '2.000011', action: 'add' },
      { procedureId: '2.000010', action: 'add' },
    ]);
    expect(screen.getAllByTestId('done-record')).toHaveLength(2);
  });

  it('lists the changes taking effect later with their dates', async () => {
    await openChecklist(BUILDING);
    expect(screen.getByTestId('checklist-empty')).toBeTruthy();
    const upcoming = screen.getAllByTestId('upcoming-item');
    expect(upcoming).toHaveLength(1);
    expect(upcoming[0]!.dataset.action).toBe('replace');
    expect(upcoming[0]!.textContent).toContain('Cấp giấy phép xây dựng');
    expect(upcoming[0]!.textContent).toContain('20/12/2026');
    expect(upcoming[0]!.textContent).toContain('9/QĐ-UBND');
  });

  it('shows a reviewer the checklist without checkboxes, mark-done or post-all', async () => {
    await openChecklist(CENTRE, postingOffice('hung'));
    expect(items()).toHaveLength(2);
    expect(screen.queryAllByTestId('checklist-choose')).toHaveLength(0);
    expect(screen.queryByTestId('mark-done')).toBeNull();
    expect(screen.getByTestId('checklist-panel').textContent).toContain('Bạn chỉ có quyền xem');
    cleanup();
    await openChecklist(COMMUNE, postingOffice('hung'));
    expect(screen.getByTestId('never-posted')).toBeTruthy();
    expect(screen.queryByTestId('post-all')).toBeNull();
  });

  it('lets a manager narrow the office’s scope; the checklist follows the new scope', async () => {
    const { server } = await openChecklist(CENTRE);
    fireEvent.click(screen.getByTestId('edit-office'));
    const dialog = await screen.findByTestId('edit-office-dialog');
    expect((within(dialog).getByTestId('office-name') as HTMLInputElement).value).toBe(
      'Trung tâm Phục vụ hành chính công tỉnh',
    );
    expect(
      within(dialog)
        .getAllByTestId('office-agencies-value')
        .map((v) => v.firstChild!.textContent),
    ).toEqual(['Sở Tư pháp']);
    fireEvent.change(within(dialog).getByTestId('office-fields-input'), { target: { value: 'Luật sư' } });
    fireEvent.click(within(dialog).getByTestId('office-fields-add'));
    fireEvent.click(within(dialog).getByTestId('office-save'));
    await waitFor(() => expect(screen.queryByTestId('edit-office-dialog')).toBeNull());
    expect(JSON.parse(server.requestsTo('PATCH', `/api/offices/${CENTRE}`)[0]!.body).scope).toEqual({
      agencies: ['Sở Tư pháp'],
      levels: [],
      fields: ['Luật sư'],
    });
    // Only the lawyers' field now: what the office posted of other fields comes down too.
    await waitFor(() =>
      expect(items().map((i) => [i.dataset.action, i.dataset.id])).toEqual([
        ['take-down', '1.000005'],
        ['take-down', '1.000002'],
        ['take-down', '1.000001'],
      ]),
    );
    expect(screen.getByTestId('office-screen').textContent).toContain('Luật sư');
  });

  it('shows a reviewer no edit button', async () => {
    await openChecklist(CENTRE, postingOffice('hung'));
    expect(screen.queryByTestId('edit-office')).toBeNull();
  });

  it('says so when the office does not exist', async () => {
    renderConsole({ server: postingOffice(), path: '/posting/khong-co' });
    expect((await screen.findByTestId('office-not-found')).textContent).toContain(
      'Không có nơi niêm yết này',
    );
  });
});
