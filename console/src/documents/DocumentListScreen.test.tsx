// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { formatVietnameseDate } from '@niemyet/core';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderConsole } from '../testing/render-console';
import { documentsOffice } from './documents-fixtures';

/** The registry (`#/documents`) over the fake server's legal routes, signed in as `hung` (reviewer) unless said. */

afterEach(cleanup);

const rows = () => screen.getAllByTestId('document-row');
const numbers = () => rows().map((row) => row.dataset.number);

describe('document registry', () => {
  it('lists registered documents newest first, then those only cited, with statuses and citations', async () => {
    renderConsole({ server: documentsOffice(), path: '/documents' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(numbers()).toEqual(['01/2018/TT-VPCP', '123/2015/NĐ-CP', '43/2014/NĐ-CP']);
    expect(screen.getAllByTestId('document-status').map((badge) => badge.textContent)).toEqual([
      'Hết hiệu lực',
      'Còn hiệu lực',
      'Chỉ được trích dẫn',
    ]);
    expect(screen.getAllByTestId('document-cited-by').map((cell) => cell.textContent)).toEqual([
      '2 thủ tục',
      '2 thủ tục',
      '2 thủ tục',
    ]);
    const cited = rows()[2]!;
    // A cited-only row shows what the richest citation gives.
    expect(cited.textContent).toContain('Nghị định quy định chi tiết thi hành Luật Đất đai');
    expect(cited.textContent).toContain('15/05/2014');
    expect(within(rows()[1]!).getByRole('link', { name: '123/2015/NĐ-CP' })).toBeTruthy();
    expect(screen.getByTestId('documents-count').textContent).toBe('1–3 / 3 văn bản');
    const source = screen.getByLabelText('Nguồn') as HTMLSelectElement;
    expect([...source.options].map((o) => o.textContent)).toEqual([
      'Tất cả (3)',
      'Đã đăng ký (2)',
      'Chỉ được trích dẫn (1)',
    ]);
  });

  it('filters by source, status and a search in any spelling of the number, in the address', async () => {
    const { server, history } = renderConsole({ server: documentsOffice(), path: '/documents' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.change(screen.getByLabelText('Nguồn'), { target: { value: 'cited' } });
    await waitFor(() => expect(numbers()).toEqual(['43/2014/NĐ-CP']));
    expect(history.location.search).toContain('source=cited');
    expect(server.requestsTo('GET', '/api/documents').at(-1)?.search.get('source')).toBe('cited');

    fireEvent.change(screen.getByLabelText('Nguồn'), { target: { value: '' } });
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.change(screen.getByLabelText('Tình trạng'), { target: { value: 'expired' } });
    await waitFor(() => expect(numbers()).toEqual(['01/2018/TT-VPCP']));

    fireEvent.change(screen.getByLabelText('Tình trạng'), { target: { value: '' } });
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.change(screen.getByLabelText('Tìm theo số hiệu, trích yếu, cơ quan ban hành'), {
      target: { value: 'Nghị định số 123/2015/NĐCP' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tìm' }));
    await waitFor(() => expect(numbers()).toEqual(['123/2015/NĐ-CP']));
    expect(server.requestsTo('GET', '/api/documents').at(-1)?.search.get('q')).toBe(
      'Nghị định số 123/2015/NĐCP',
    );

    // By title, without accents.
    fireEvent.change(screen.getByLabelText('Tìm theo số hiệu, trích yếu, cơ quan ban hành'), {
      target: { value: 'luat dat dai' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tìm' }));
    await waitFor(() => expect(numbers()).toEqual(['43/2014/NĐ-CP']));

    fireEvent.change(screen.getByLabelText('Tìm theo số hiệu, trích yếu, cơ quan ban hành'), {
      target: { value: 'không có văn bản này' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tìm' }));
    const empty = await screen.findByTestId('documents-empty');
    expect(empty.textContent).toContain('Không có văn bản nào khớp bộ lọc.');
    fireEvent.click(within(empty).getByRole('button', { name: 'Bỏ lọc' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
  });

  it('reads statuses on the date typed dd/mm/yyyy', async () => {
    const { server, history } = renderConsole({ server: documentsOffice(), path: '/documents' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    const date = screen.getByLabelText('Tình trạng vào ngày');
    fireEvent.change(date, { target: { value: '31/12/2024' } });
    fireEvent.keyDown(date, { key: 'Enter' });
    await waitFor(() =>
      expect(screen.getAllByTestId('document-status')[0]!.textContent).toBe('Còn hiệu lực'),
    );
    expect(history.location.search).toContain('at=2024-12-31');
    expect(server.requestsTo('GET', '/api/documents').at(-1)?.search.get('at')).toBe('2024-12-31');
  });

  it('registers an amending document and says how many review tasks it created', async () => {
    const { server } = renderConsole({ server: documentsOffice(), path: '/documents' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: 'Đăng ký văn bản' }));
    const form = await screen.findByRole('dialog', { name: 'Đăng ký văn bản' });
    const type = (label: string, value: string) =>
      fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    type('Số hiệu', 'Nghị định số 87/2026/NĐ-CP');
    type('Loại văn bản', 'Nghị định');
    type('Cơ quan ban hành', 'Chính phủ');
    type('Trích yếu', 'Sửa đổi, bổ sung một số điều của Nghị định 123/2015/NĐ-CP');
    type('Ngày ban hành', '01/12/2026');
    type('Ngày có hiệu lực', '21/12/2026');
    fireEvent.click(within(form).getByRole('button', { name: 'Thêm quan hệ' }));
    expect((within(form).getByLabelText('Quan hệ 1') as HTMLSelectElement).value).toBe('amends');
    type('Số hiệu văn bản 1', '123/2015/NĐCP');
    fireEvent.click(within(form).getByRole('button', { name: 'Đăng ký' }));

    const notice = await screen.findByTestId('document-write-notice');
    expect(notice.textContent).toContain('Đã đăng ký văn bản 87/2026/NĐ-CP.');
    expect(within(notice).getByTestId('tasks-created').textContent).toContain('2 nhiệm vụ rà soát đã tạo');
    expect(within(notice).getByRole('link', { name: 'Xem nhiệm vụ rà soát' }).getAttribute('href')).toBe(
      '#/reviews',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    const posted = JSON.parse(server.requestsTo('POST', '/api/documents')[0]!.body);
    expect(posted).toEqual({
      number: 'Nghị định số 87/2026/NĐ-CP',
      type: 'Nghị định',
      issuer: 'Chính phủ',
      title: 'Sửa đổi, bổ sung một số điều của Nghị định 123/2015/NĐ-CP',
      issuedOn: '2026-12-01',
      effectiveOn: '2026-12-21',
      expiresOn: null,
      relations: [{ kind: 'amends', target: '123/2015/NĐCP' }],
    });
    // One task per procedure citing the amended decree, due on the publication deadline.
    expect(server.legal.tasks.map((task) => task.procedureIds[0]).sort()).toEqual(['1.000001', '1.000002']);
    expect(server.legal.tasks[0]!.dueOn! < '2026-12-21').toBe(true);
    // The registry shows the new document once asked again.
    await waitFor(() => expect(numbers()).toContain('87/2026/NĐ-CP'));
  });

  it('pre-fills the form from a cited-only row’s citation', async () => {
    const { server } = renderConsole({ server: documentsOffice(), path: '/documents?source=cited' });
    await waitFor(() => expect(numbers()).toEqual(['43/2014/NĐ-CP']));
    fireEvent.click(screen.getByRole('button', { name: 'Đăng ký văn bản 43/2014/NĐ-CP' }));
    const form = await screen.findByRole('dialog', { name: 'Đăng ký văn bản' });
    const value = (label: string) => (within(form).getByLabelText(label) as HTMLInputElement).value;
    expect(value('Số hiệu')).toBe('43/2014/NĐ-CP');
    expect(value('Loại văn bản')).toBe('Nghị định');
    expect(value('Cơ quan ban hành')).toBe('Chính phủ');
    expect(value('Trích yếu')).toBe('Nghị định quy định chi tiết thi hành Luật Đất đai');
    expect(value('Ngày ban hành')).toBe(formatVietnameseDate('2014-05-15'));
    fireEvent.click(within(form).getByRole('button', { name: 'Đăng ký' }));
    const notice = await screen.findByTestId('document-write-notice');
    expect(notice.textContent).toContain('Đã đăng ký văn bản 43/2014/NĐ-CP.');
    // No relations: no task line at all.
    expect(within(notice).queryByTestId('tasks-created')).toBeNull();
    expect(server.legal.documents.map((d) => d.number)).toContain('43/2014/NĐ-CP');
    await waitFor(() => expect(screen.queryByTestId('documents-empty')).not.toBeNull());
  });

  it('says what is wrong under each field and sends nothing until it is fixed', async () => {
    const { server } = renderConsole({ server: documentsOffice(), path: '/documents' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: 'Đăng ký văn bản' }));
    const form = await screen.findByRole('dialog', { name: 'Đăng ký văn bản' });
    const save = () => fireEvent.click(within(form).getByRole('button', { name: 'Đăng ký' }));
    const errorOf = (label: string) => {
      const input = within(form).getByLabelText(label);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      return document.getElementById(input.getAttribute('aria-describedby')!)?.textContent;
    };
    save();
    expect(errorOf('Số hiệu')).toBe('Cần nhập số hiệu văn bản.');
    expect(document.activeElement).toBe(within(form).getByLabelText('Số hiệu'));
    expect(within(form).getByRole('alert').textContent).toBe(
      'Biểu mẫu còn lỗi: sửa các trường được đánh dấu.',
    );

    fireEvent.change(within(form).getByLabelText('Số hiệu'), { target: { value: 'công văn gửi các sở' } });
    fireEvent.change(within(form).getByLabelText('Ngày ban hành'), { target: { value: '31/02/2026' } });
    fireEvent.change(within(form).getByLabelText('Ngày có hiệu lực'), { target: { value: '01/03/2026' } });
    fireEvent.change(within(form).getByLabelText('Ngày hết hiệu lực'), { target: { value: '01/01/2026' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Thêm quan hệ' }));
    save();
    expect(errorOf('Số hiệu')).toContain('không đọc được thành số hiệu văn bản');
    expect(errorOf('Ngày ban hành')).toBe('«31/02/2026» không phải ngày hợp lệ (dd/mm/yyyy).');
    expect(errorOf('Ngày hết hiệu lực')).toBe('Ngày hết hiệu lực phải sau ngày có hiệu lực.');
    expect(errorOf('Số hiệu văn bản 1')).toBe('Cần nhập số hiệu văn bản được tác động.');

    // A relation needs a date to count the review deadline from.
    fireEvent.change(within(form).getByLabelText('Số hiệu'), { target: { value: '5/2026/TT-BTP' } });
    fireEvent.change(within(form).getByLabelText('Ngày ban hành'), { target: { value: '' } });
    fireEvent.change(within(form).getByLabelText('Ngày có hiệu lực'), { target: { value: '' } });
    fireEvent.change(within(form).getByLabelText('Ngày hết hiệu lực'), { target: { value: '' } });
    fireEvent.change(within(form).getByLabelText('Số hiệu văn bản 1'), {
      target: { value: '01/2018/TT-VPCP' },
    });
    save();
    expect(errorOf('Ngày có hiệu lực')).toContain('cần ngày có hiệu lực hoặc ngày ban hành');
    expect(server.requestsTo('POST', '/api/documents')).toHaveLength(0);

    // What only the server knows: the number is registered already.
    fireEvent.click(within(form).getByRole('button', { name: 'Xóa quan hệ 1' }));
    fireEvent.change(within(form).getByLabelText('Số hiệu'), { target: { value: '123 /2015/NĐ-CP' } });
    save();
    expect((await within(form).findByTestId('document-form-failure')).textContent).toBe(
      'Không lưu được: Văn bản «123/2015/NĐ-CP» đã có trong danh mục văn bản.',
    );
    expect(server.requestsTo('POST', '/api/documents')).toHaveLength(1);
  });

  it('imports a CSV all or nothing: errors by row and column, then a summary', async () => {
    const { server } = renderConsole({ server: documentsOffice(), path: '/documents' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: 'Nhập CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhập danh mục văn bản từ tệp CSV' });
    const header = 'Số ký hiệu,Loại văn bản,Cơ quan ban hành,Trích yếu,Ngày ban hành,Ngày hiệu lực,Quan hệ';
    const choose = (name: string, text: string) =>
      fireEvent.change(within(dialog).getByLabelText('Tệp CSV'), {
        target: { files: [new File([text], name, { type: 'text/csv' })] },
      });

    choose(
      'loi.csv',
      `${header}\n99/2026/NĐ-CP,Nghị định,Chính phủ,Thay thế,32/13/2026,01/01/2027,thay thế 01/2018/TT-VPCP\n,Thông tư,Bộ Tư pháp,Không số,01/01/2026,01/02/2026,\n`,
    );
    const refused = await within(dialog).findByTestId('document-csv-refused');
    expect(refused.textContent).toContain('Không nhập «loi.csv»: 2 lỗi, không ghi gì vào danh mục.');
    const issues = within(refused).getAllByTestId('document-csv-issue');
    expect(issues.map((row) => [row.dataset.row, row.children[1]!.textContent])).toEqual([
      ['2', 'Ngày ban hành'],
      ['3', 'Số ký hiệu'],
    ]);
    expect(server.legal.documents).toHaveLength(2);

    choose(
      'dung.csv',
      `${header}\n99/2026/NĐ-CP,Nghị định,Chính phủ,Thay thế Thông tư 01/2018,01/12/2026,01/01/2027,thay thế 01/2018/TT-VPCP\n`,
    );
    const done = await within(dialog).findByTestId('document-csv-done');
    expect(done.textContent).toContain('Đã nhập «dung.csv»: 1 văn bản, 2 nhiệm vụ rà soát đã tạo.');
    expect(server.legal.documents.map((d) => d.number)).toContain('99/2026/NĐ-CP');
    const upload = server.requestsTo('POST', '/api/documents/import').at(-1)!;
    expect(upload.headers.get('Content-Type')).toBe('text/csv');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đóng' }));
    await waitFor(() => expect(numbers()).toContain('99/2026/NĐ-CP'));
  });

  it('cancels an import under way: nothing is written', async () => {
    const { server } = renderConsole({ server: documentsOffice(), path: '/documents' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: 'Nhập CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhập danh mục văn bản từ tệp CSV' });
    server.hold();
    fireEvent.change(within(dialog).getByLabelText('Tệp CSV'), {
      target: { files: [new File(['Số ký hiệu\n5/2026/TT-BTP\n'], 'cham.csv', { type: 'text/csv' })] },
    });
    expect((await within(dialog).findByTestId('document-csv-progress')).textContent).toContain(
      'Máy chủ đang kiểm tra và ghi…',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hủy nhập' }));
    server.release();
    expect(await within(dialog).findByText('Đã hủy nhập «cham.csv»: không ghi gì.')).toBeTruthy();
    expect(server.legal.documents).toHaveLength(2);
  });

  it('pages through a long registry, the page in the address', async () => {
    const server = documentsOffice();
    for (let i = 1; i <= 60; i++)
      server.legal.seed({
        number: `${i}/2020/QĐ-UBND`,
        issuedOn: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
      });
    const { history } = renderConsole({ server, path: '/documents?source=registered' });
    await waitFor(() => expect(screen.getByTestId('documents-count').textContent).toBe('1–50 / 62 văn bản'));
    expect(rows()).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
    await waitFor(() => expect(screen.getByTestId('documents-count').textContent).toBe('51–62 / 62 văn bản'));
    expect(history.location.search).toContain('page=2');
    expect(server.requestsTo('GET', '/api/documents').at(-1)?.search.get('offset')).toBe('50');
    // The oldest registered come last: the two decrees issued in 2015 and 2018 end the list.
    expect(numbers().slice(-2)).toEqual(['01/2018/TT-VPCP', '123/2015/NĐ-CP']);
    expect((screen.getByRole('button', { name: 'Trang sau' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers a drafter no way to write', async () => {
    renderConsole({ server: documentsOffice('lan'), path: '/documents' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(screen.queryByRole('button', { name: 'Đăng ký văn bản' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nhập CSV' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Đăng ký văn bản 43/2014/NĐ-CP' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Văn bản' })).toBeTruthy();
  });

  it('speaks English on the toggle', async () => {
    renderConsole({ server: documentsOffice(), path: '/documents' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Legal documents' })).toBeTruthy();
    expect(screen.getAllByTestId('document-status').map((badge) => badge.textContent)).toEqual([
      'Expired',
      'In force',
      'Cited only',
    ]);
    expect(screen.getByRole('button', { name: 'Register a document' })).toBeTruthy();
  });
});
