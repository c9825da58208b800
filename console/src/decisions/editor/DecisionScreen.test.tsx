// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { makeItem } from '@niemyet/core/testing';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeServer } from '../../testing/fake-server';
import { ACCOUNTS, renderConsole } from '../../testing/render-console';
import { draftDecision, openEditor, patches } from './editor-test-setup';

afterEach(cleanup);

const SAVE_WAIT = { timeout: 4000 };

describe('decision editor: items', () => {
  it('amends a procedure picked from the catalogue in force, diffs and saves only the changed field', async () => {
    const { server } = await openEditor();
    expect(screen.getByTestId('decision-empty').textContent).toBe(
      'Chưa có thủ tục nào: thêm thủ tục mới, sửa đổi hoặc bãi bỏ.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Thêm thủ tục sửa đổi' }));
    const picker = await screen.findByTestId('procedure-picker');
    // Diacritics are not needed to find "Đăng ký khai sinh".
    fireEvent.change(within(picker).getByTestId('picker-search'), { target: { value: 'dang ky khai sinh' } });
    const result = await within(picker).findByRole('button', { name: '1.000001 — Đăng ký khai sinh' });
    expect(within(picker).queryByText(/Đăng ký kết hôn/)).toBeNull();
    fireEvent.click(result);
    expect(screen.queryByTestId('procedure-picker')).toBeNull();

    const time = (await screen.findByTestId('item-processingTime')) as HTMLInputElement;
    expect(time.value).toBe('05 ngày làm việc');
    fireEvent.change(time, { target: { value: '03 ngày làm việc' } });
    const diff = await screen.findByTestId('field-diff');
    expect(diff.dataset.field).toBe('processingTime');
    expect(diff.querySelector('del')?.textContent).toContain('05');
    expect(diff.querySelector('ins')?.textContent).toContain('03');
    expect(screen.getByTestId('save-status').textContent).toBe('Chưa lưu');

    await waitFor(() => expect(patches(server)).toHaveLength(1), SAVE_WAIT);
    const body = patches(server)[0]!;
    expect(body.revision).toBe(0);
    expect(body.items).toMatchObject([
      { action: 'amended', code: '1.000001', changes: { processingTime: '03 ngày làm việc' } },
    ]);
    expect(Object.keys((body.items as { changes: object }[])[0]!.changes)).toEqual(['processingTime']);
    await waitFor(() =>
      expect(screen.getByTestId('save-status').textContent).toMatch(/^Đã lưu lúc \d\d:\d\d$/),
    );

    // Setting the field back to the version in force takes it out of the changes.
    fireEvent.change(screen.getByTestId('item-processingTime'), { target: { value: '05 ngày làm việc' } });
    expect(screen.queryByTestId('field-diff')).toBeNull();
    expect(screen.getByText('Chưa có nội dung nào khác bản đang có hiệu lực.')).toBeTruthy();
    // Levels too: ticking one adds it to the changes, unticking it takes it out again.
    fireEvent.click(screen.getByTestId('item-level-province'));
    expect(screen.getByTestId('field-diff').dataset.field).toBe('levels');
    fireEvent.click(screen.getByTestId('item-level-commune'));
    fireEvent.click(screen.getByTestId('item-level-commune'));
    fireEvent.click(screen.getByTestId('item-level-province'));
    expect(screen.queryByTestId('field-diff')).toBeNull();
  });

  it('adds a new procedure by its form, with every field to fill', async () => {
    const { server } = await openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Thêm thủ tục mới' }));
    const dialog = await screen.findByTestId('new-item-dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Thêm và soạn tiếp' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Cần tên thủ tục.');
    fireEvent.change(within(dialog).getByTestId('new-item-name'), {
      target: { value: 'Cấp giấy phép karaoke' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Thêm và soạn tiếp' }));
    await waitFor(() => expect(screen.queryByTestId('new-item-dialog')).toBeNull());

    const group = screen.getByTestId('item-group-new');
    expect(group.querySelector('h4')?.textContent).toBe('Thủ tục hành chính mới ban hành (1)');
    fireEvent.change(screen.getByTestId('item-field'), { target: { value: 'Văn hóa' } });
    fireEvent.click(screen.getByTestId('item-level-province'));
    fireEvent.change(screen.getByTestId('item-steps'), { target: { value: 'Bước 1: nộp hồ sơ.' } });
    fireEvent.change(screen.getByTestId('item-legal-basis'), { target: { value: '54/2019/NĐ-CP\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm giấy tờ' }));
    fireEvent.change(screen.getByTestId('item-dossier-name'), { target: { value: 'Đơn đề nghị' } });

    await waitFor(() => expect(patches(server).length).toBeGreaterThan(0), SAVE_WAIT);
    await waitFor(() => expect(server.decisions.get('d1')!.items).toHaveLength(1), SAVE_WAIT);
    const saved = server.decisions.get('d1')!.items[0]!;
    expect(saved).toMatchObject({
      action: 'new',
      name: 'Cấp giấy phép karaoke',
      changes: {
        name: 'Cấp giấy phép karaoke',
        field: 'Văn hóa',
        levels: ['province'],
        steps: 'Bước 1: nộp hồ sơ.',
        legalBasis: [{ number: '54/2019/NĐ-CP' }],
        dossier: [{ name: 'Đơn đề nghị' }],
      },
    });
    // Grouped by level and field as the annex does.
    expect(within(group).getByText(/Cấp thực hiện: Cấp Tỉnh/)).toBeTruthy();
    expect(within(group).getByText(/Lĩnh vực: Văn hóa/)).toBeTruthy();
  });

  it('pastes rows from a spreadsheet: a bad row is shown by row and column and nothing is added until fixed', async () => {
    const { server } = await openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Dán từ bảng tính' }));
    const dialog = await screen.findByTestId('paste-dialog');
    const rows = [
      'Hình thức\tMã TTHC\tTên TTHC\tCấp thực hiện\tLĩnh vực',
      'Mới ban hành\t\tCấp giấy phép karaoke\tCấp Tỉnh\tVăn hóa',
      'Sửa lung tung\t1.000002\tĐăng ký kết hôn\tCấp Xã\tHộ tịch',
    ];
    fireEvent.change(within(dialog).getByTestId('paste-text'), { target: { value: rows.join('\n') } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đọc các dòng' }));
    const errors = within(dialog).getAllByTestId('paste-error');
    expect(errors.map((e) => [e.dataset.row, e.dataset.column])).toEqual([['3', 'Hình thức']]);
    expect(errors[0]!.textContent).toContain('Sửa lung tung');
    expect(within(dialog).getByText('1 / 2 dòng hợp lệ.')).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Thêm 1 thủ tục' })).toBeNull();
    expect(screen.getByTestId('decision-empty')).toBeTruthy();

    rows[2] = rows[2]!.replace('Sửa lung tung', 'Sửa đổi, bổ sung');
    fireEvent.change(within(dialog).getByTestId('paste-text'), { target: { value: rows.join('\n') } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đọc các dòng' }));
    expect(within(dialog).queryByTestId('paste-errors')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Thêm 2 thủ tục' }));

    expect(screen.getAllByTestId('decision-item').map((li) => li.dataset.action)).toEqual(['new', 'amended']);
    await waitFor(() => expect(server.decisions.get('d1')!.items).toHaveLength(2), SAVE_WAIT);
    expect(server.decisions.get('d1')!.items[0]).toMatchObject({
      action: 'new',
      name: 'Cấp giấy phép karaoke',
      changes: { levels: ['province'], field: 'Văn hóa' },
    });
  });

  it('drops the bad pasted rows only when asked', async () => {
    await openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Dán từ bảng tính' }));
    const dialog = await screen.findByTestId('paste-dialog');
    fireEvent.change(within(dialog).getByTestId('paste-text'), {
      target: { value: 'Hình thức\tMã TTHC\tTên TTHC\nMới ban hành\t\tThủ tục A\nBãi bỏ\t1.000003\t' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đọc các dòng' }));
    expect(
      within(dialog)
        .getAllByTestId('paste-error')
        .map((e) => [e.dataset.row, e.dataset.column]),
    ).toEqual([['3', 'Tên TTHC']]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bỏ các dòng lỗi, thêm 1 dòng hợp lệ' }));
    expect(screen.getAllByTestId('decision-item')).toHaveLength(1);
  });

  it('abolishes several procedures at once with the abolishing document', async () => {
    const { server } = await openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Thêm thủ tục bãi bỏ' }));
    const picker = await screen.findByTestId('procedure-picker');
    fireEvent.change(within(picker).getByTestId('picker-search'), { target: { value: 'dang ky' } });
    fireEvent.click(await within(picker).findByRole('checkbox', { name: /1\.000002/ }));
    fireEvent.click(within(picker).getByRole('checkbox', { name: /1\.000003/ }));
    expect(within(picker).getByText('Đã chọn 2 thủ tục')).toBeTruthy();
    fireEvent.change(within(picker).getByTestId('picker-document-number'), {
      target: { value: '15/2026/NQ-HĐND' },
    });
    fireEvent.change(within(picker).getByTestId('picker-document-title'), {
      target: { value: 'Nghị quyết bãi bỏ' },
    });
    const date = within(picker).getByTestId('picker-document-date');
    fireEvent.change(date, { target: { value: '01/12/2026' } });
    fireEvent.blur(date);
    fireEvent.click(within(picker).getByRole('button', { name: 'Thêm 2 thủ tục bãi bỏ' }));

    expect(screen.getByTestId('item-group-abolished').querySelector('h4')?.textContent).toBe(
      'Thủ tục hành chính bị bãi bỏ (2)',
    );
    await waitFor(() => expect(server.decisions.get('d1')!.items).toHaveLength(2), SAVE_WAIT);
    for (const item of server.decisions.get('d1')!.items)
      expect(item).toMatchObject({
        action: 'abolished',
        causeDocument: { number: '15/2026/NQ-HĐND', title: 'Nghị quyết bãi bỏ', issuedOn: '2026-12-01' },
      });
    expect(server.decisions.get('d1')!.items.map((i) => i.code)).toEqual(['1.000002', '1.000003']);
  });
});

describe('decision editor: checks', () => {
  it('shows a duplicate procedure as an error at once, leads to it, and clears when it is removed', async () => {
    const twice = draftDecision({
      items: [
        makeItem({ id: 'a1', action: 'amended', name: 'Đăng ký khai sinh', changes: { fees: 'Miễn phí' } }),
        makeItem({
          id: 'a2',
          action: 'amended',
          name: 'Đăng ký khai sinh',
          changes: { fees: '10.000 đồng' },
        }),
      ],
    });
    const { server } = await openEditor(twice);
    const panel = screen.getByTestId('validation-panel');
    await waitFor(() =>
      expect(
        within(panel)
          .getAllByTestId('validation-issue')
          .map((i) => i.dataset.code),
      ).toContain('duplicate-procedure'),
    );
    expect(within(panel).getByTestId('validation-summary').textContent).toMatch(/^1 lỗi/);
    const duplicate = within(panel)
      .getAllByTestId('validation-issue')
      .find((issue) => issue.dataset.code === 'duplicate-procedure')!;
    expect(duplicate.dataset.severity).toBe('error');
    fireEvent.click(within(duplicate).getByRole('button', { name: 'Đến thủ tục' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('decision-item-a2'));
    expect(await screen.findAllByTestId('item-fees')).toHaveLength(1);

    fireEvent.click(screen.getAllByRole('button', { name: /^Bỏ thủ tục 1\.000001 — Đăng ký khai sinh/ })[1]!);
    // The removed item's button is gone: focus goes to the list's heading, not to the page.
    await waitFor(() => expect(document.activeElement?.id).toBe('decision-items'));
    // Checked locally: the error is gone before anything is saved.
    expect(patches(server)).toHaveLength(0);
    expect(
      within(panel)
        .queryAllByTestId('validation-issue')
        .map((i) => i.dataset.code),
    ).not.toContain('duplicate-procedure');
    expect(within(panel).getByTestId('validation-summary').textContent).toBe(
      'Không có lỗi nào: quyết định trình duyệt được.',
    );
    await waitFor(
      () => expect(server.decisions.get('d1')!.items.map((i) => i.id)).toEqual(['a1']),
      SAVE_WAIT,
    );
  });
});

describe('decision editor: saving', () => {
  it('saves once typing pauses, on the revision edited, one request at a time', async () => {
    const { server } = await openEditor();
    const title = screen.getByTestId('header-title');
    fireEvent.change(title, { target: { value: 'Tiêu đề 1' } });
    fireEvent.change(title, { target: { value: 'Tiêu đề 12' } });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(patches(server)).toHaveLength(0);
    await waitFor(() => expect(patches(server)).toHaveLength(1), SAVE_WAIT);
    expect(patches(server)[0]).toEqual({ revision: 0, title: 'Tiêu đề 12' });
    await waitFor(() => expect(screen.getByTestId('save-status').dataset.state).toBe('saved'));

    // The next save is held on the server; an edit made meanwhile waits for it.
    server.hold();
    fireEvent.change(screen.getByTestId('header-signer'), { target: { value: 'Nguyễn Văn A' } });
    await waitFor(() => expect(patches(server)).toHaveLength(2), SAVE_WAIT);
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Đang lưu…'));
    fireEvent.change(screen.getByTestId('header-issuer'), { target: { value: 'UBND tỉnh Sơn La' } });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(patches(server)).toHaveLength(2);
    await act(async () => server.release());
    await waitFor(() => expect(patches(server)).toHaveLength(3), SAVE_WAIT);
    expect(patches(server)[1]).toEqual({ revision: 1, signer: 'Nguyễn Văn A' });
    expect(patches(server)[2]).toEqual({ revision: 2, issuer: 'UBND tỉnh Sơn La' });
    await waitFor(() => expect(server.decisions.get('d1')!.revision).toBe(3));
  }, 15_000);

  it('says when a save failed and saves again when asked', async () => {
    const server = new FakeServer({ accounts: ACCOUNTS, signedInAs: 'lan' });
    server.decisions.set('d1', draftDecision());
    const answer = server.fetch;
    let failures = 1;
    Object.defineProperty(server, 'fetch', {
      value: (input: string, init?: RequestInit) =>
        init?.method === 'PATCH' && failures-- > 0
          ? Promise.reject(new TypeError('network down'))
          : answer(input, init),
    });
    renderConsole({ server, path: '/decisions/d1' });
    fireEvent.change(await screen.findByTestId('header-title'), { target: { value: 'Tiêu đề mới' } });
    await waitFor(() => expect(screen.getByTestId('save-status').dataset.state).toBe('failed'), SAVE_WAIT);
    expect(screen.getByTestId('save-status').textContent).toMatch(/^Chưa lưu: /);
    expect(server.decisions.get('d1')!.title).not.toBe('Tiêu đề mới');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu lại' }));
    await waitFor(() => expect(server.decisions.get('d1')!.title).toBe('Tiêu đề mới'));
    expect(screen.getByTestId('save-status').dataset.state).toBe('saved');
  });

  it('on a conflict keeps my edits on top of the newer revision, nothing lost', async () => {
    const { server } = await openEditor();
    server.editAs('d1', 'hung', (c) => ({ ...c, title: 'Tiêu đề của Hùng' }));
    fireEvent.change(screen.getByTestId('header-signer'), { target: { value: 'Nguyễn Văn A' } });
    const conflict = await screen.findByTestId('conflict-screen', {}, SAVE_WAIT);
    expect(patches(server)).toEqual([{ revision: 0, signer: 'Nguyễn Văn A' }]);
    const theirs = await within(conflict).findByTestId('conflict-theirs');
    expect(
      within(theirs)
        .getAllByTestId('diff-header')
        .map((d) => d.dataset.field),
    ).toEqual(['title']);
    expect(theirs.textContent).toContain('Tiêu đề của Hùng');
    const mine = within(conflict).getByTestId('conflict-mine');
    expect(
      within(mine)
        .getAllByTestId('diff-header')
        .map((d) => d.dataset.field),
    ).toEqual(['signer']);
    expect(server.decisions.get('d1')!.signer).toBeNull();

    fireEvent.click(within(conflict).getByRole('button', { name: 'Giữ bản của tôi' }));
    await waitFor(() => expect(patches(server)).toHaveLength(2), SAVE_WAIT);
    expect(patches(server)[1]).toEqual({ revision: 1, signer: 'Nguyễn Văn A' });
    await waitFor(() => expect(server.decisions.get('d1')!.revision).toBe(2));
    expect(server.decisions.get('d1')).toMatchObject({ title: 'Tiêu đề của Hùng', signer: 'Nguyễn Văn A' });
    expect((screen.getByTestId('header-title') as HTMLInputElement).value).toBe('Tiêu đề của Hùng');
  });

  it('on a conflict keeps an item I added while they removed another, and keeps their removal', async () => {
    const two = draftDecision({
      items: [
        makeItem({ id: 'a1', action: 'abolished', code: '1.000002', name: 'Đăng ký kết hôn' }),
        makeItem({ id: 'a2', action: 'abolished', code: '1.000003', name: 'Đăng ký khai tử' }),
      ],
    });
    const { server } = await openEditor(two);
    server.editAs('d1', 'hung', (d) => ({ ...d, items: d.items.filter((i) => i.id !== 'a2') }));
    fireEvent.click(screen.getByRole('button', { name: 'Thêm thủ tục sửa đổi' }));
    const picker = await screen.findByTestId('procedure-picker');
    fireEvent.change(within(picker).getByTestId('picker-search'), { target: { value: '1.000001' } });
    fireEvent.click(await within(picker).findByRole('button', { name: '1.000001 — Đăng ký khai sinh' }));
    fireEvent.change(await screen.findByTestId('item-fees'), { target: { value: 'Miễn phí' } });

    const conflict = await screen.findByTestId('conflict-screen', {}, SAVE_WAIT);
    const theirs = await within(conflict).findByTestId('conflict-theirs');
    expect(within(theirs).getByTestId('diff-removed').textContent).toContain('1.000003');
    expect(
      within(within(conflict).getByTestId('conflict-mine')).getByTestId('diff-added').textContent,
    ).toContain('1.000001');
    fireEvent.click(within(conflict).getByRole('button', { name: 'Giữ bản của tôi' }));
    await waitFor(() => expect(server.decisions.get('d1')!.revision).toBe(2), SAVE_WAIT);
    expect(server.decisions.get('d1')!.items.map((i) => [i.code, i.action, i.changes])).toEqual([
      ['1.000002', 'abolished', {}],
      ['1.000001', 'amended', { fees: 'Miễn phí' }],
    ]);
  });

  it('on a conflict can take the server’s version instead, without saving mine', async () => {
    const { server } = await openEditor();
    server.editAs('d1', 'hung', (c) => ({ ...c, title: 'Tiêu đề của Hùng' }));
    fireEvent.change(screen.getByTestId('header-signer'), { target: { value: 'Nguyễn Văn A' } });
    const conflict = await screen.findByTestId('conflict-screen', {}, SAVE_WAIT);
    await within(conflict).findByTestId('conflict-theirs');
    fireEvent.click(within(conflict).getByRole('button', { name: 'Tải bản mới' }));
    expect((screen.getByTestId('header-title') as HTMLInputElement).value).toBe('Tiêu đề của Hùng');
    expect((screen.getByTestId('header-signer') as HTMLInputElement).value).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(patches(server)).toHaveLength(1);
    expect(server.decisions.get('d1')!.revision).toBe(1);
  });
});

describe('decision editor: reading', () => {
  it('opens an issued decision read-only at the same address, with its number', async () => {
    const issued = draftDecision({
      id: 'd9',
      number: '2751/QĐ-UBND',
      state: 'issued',
      signedOn: '2026-12-01',
      items: [makeItem({ id: 'x1', action: 'abolished', code: '1.000003', name: 'Đăng ký khai tử' })],
    });
    await openEditor(issued);
    const editor = screen.getByTestId('decision-editor');
    expect(screen.getByTestId('read-only-notice').textContent).toContain('Quyết định đã ban hành');
    expect(screen.getByTestId('decision-number').textContent).toBe('2751/QĐ-UBND');
    expect(within(editor).queryAllByRole('textbox')).toHaveLength(0);
    expect(within(editor).queryByRole('button', { name: 'Thêm thủ tục mới' })).toBeNull();
    fireEvent.click(within(editor).getByRole('button', { name: /^Xem: / }));
    expect(within(editor).queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryByTestId('save-status')).toBeNull();
  });

  it('reads in English when the console is switched', async () => {
    await openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByTestId('decision-empty').textContent).toBe(
      'No procedures yet: add a new, amended or abolished procedure.',
    );
    expect(screen.getByRole('button', { name: 'Add an amended procedure' })).toBeTruthy();
    expect(screen.getByTestId('decision-state').textContent).toBe('Draft');
    await waitFor(() =>
      expect(screen.getByTestId('validation-panel').textContent).toContain(
        'The decision has no procedures yet.',
      ),
    );
  });

  it('opens read-only for a user who may not draft', async () => {
    await openEditor(draftDecision(), 'hung');
    expect(screen.getByTestId('read-only-notice').textContent).toContain('không có quyền soạn thảo');
    // A reviewer meets the review first (where they may comment); the content has no inputs.
    expect(screen.getByTestId('view-review').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('view-edit'));
    const editor = screen.getByTestId('decision-editor');
    const commentBoxes = editor.querySelectorAll('.comment-form textarea').length;
    expect(within(editor).queryAllByRole('textbox')).toHaveLength(commentBoxes);
  });

  it('says what went wrong when the decision cannot be loaded, and tries again', async () => {
    const server = new FakeServer({ accounts: ACCOUNTS, signedInAs: 'lan' });
    server.decisions.set('d1', draftDecision());
    const answer = server.fetch;
    let failures = 1;
    // The first read of the decision meets a network failure.
    Object.defineProperty(server, 'fetch', {
      value: (input: string, init?: RequestInit) =>
        String(input).endsWith('/api/decisions/d1') && failures-- > 0
          ? Promise.reject(new TypeError('network down'))
          : answer(input, init),
    });
    renderConsole({ server, path: '/decisions/d1' });
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Không tải được quyết định/);
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByTestId('decision-editor')).toBeTruthy();
  });

  it('says so when the decision does not exist', async () => {
    renderConsole({ path: '/decisions/khong-co' });
    expect((await screen.findByTestId('decision-not-found')).textContent).toContain(
      'Không có quyết định này',
    );
  });

  it('lists the saved revisions and diffs one against another', async () => {
    const { server } = await openEditor();
    server.editAs('d1', 'lan', (c) => ({
      ...c,
      items: [
        makeItem({ id: 'i1', action: 'amended', name: 'Đăng ký khai sinh', changes: { fees: 'Miễn phí' } }),
      ],
    }));
    server.editAs('d1', 'lan', (c) => ({
      ...c,
      title: 'Tiêu đề mới',
      items: c.items.map((i) => ({ ...i, changes: { fees: '20.000 đồng' } })),
    }));
    fireEvent.click(screen.getByRole('button', { name: 'Các phiên bản' }));
    const panel = await screen.findByTestId('revisions-panel');
    await waitFor(() => expect(within(panel).getAllByTestId('revision-row')).toHaveLength(3));
    fireEvent.click(within(panel).getByRole('button', { name: 'Xem phiên bản 2' }));
    const diff = await within(panel).findByTestId('revision-diff');
    expect(
      within(diff)
        .getAllByTestId('diff-header')
        .map((d) => d.dataset.field),
    ).toEqual(['title']);
    const changed = within(diff).getByTestId('diff-changed');
    expect(within(changed).getByTestId('field-diff').dataset.field).toBe('fees');
    expect(within(panel).getByTestId('revision-content').textContent).toContain('Tiêu đề mới');

    fireEvent.change(within(panel).getByTestId('revision-compare'), { target: { value: '0' } });
    await waitFor(() => expect(within(panel).getAllByTestId('diff-added')).toHaveLength(1));
    expect(within(panel).queryByTestId('diff-changed')).toBeNull();
  });
});
