// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { ReviewTaskSchema } from '@niemyet/core';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderConsole } from '../testing/render-console';
import { documentsOffice } from './documents-fixtures';

/** One document's page (`#/documents/…`): status, relations both ways, impact and review tasks. */

afterEach(cleanup);

/** The office with a decree amending 123/2015 from 01/07/2026 and its review tasks, one overdue and assigned. */
function amendedOffice(signedInAs = 'hung') {
  const server = documentsOffice(signedInAs);
  server.legal.seed({
    number: '87/2026/NĐ-CP',
    type: 'Nghị định',
    title: 'Sửa đổi Nghị định 123/2015/NĐ-CP',
    issuedOn: '2026-06-01',
    effectiveOn: '2026-07-01',
    relations: [{ kind: 'amends', target: '123/2015/NĐ-CP' }],
  });
  const task = (procedure: string, patch: object) =>
    ReviewTaskSchema.parse({
      id: `event:vb:87/2026/NĐ-CP:${procedure}`,
      documentNumber: '123/2015/NĐ-CP',
      procedureIds: [procedure],
      kind: 'event',
      triggeredBy: '87/2026/NĐ-CP',
      relation: 'amends',
      ...patch,
    });
  server.legal.tasks.push(
    task('1.000001', { dueOn: '2026-06-23', assignee: 'hung', state: 'in_progress' }),
    task('1.000002', { dueOn: '2026-12-20' }),
  );
  return server;
}

describe('document page', () => {
  it('shows the status with what changed it, relations both ways, the procedures citing it and its tasks', async () => {
    const { server } = renderConsole({ server: amendedOffice(), path: '/documents/123/2015/NĐ-CP' });
    const standing = await screen.findByTestId('document-standing');
    expect(screen.getByTestId('document-heading').textContent).toBe('Văn bản 123/2015/NĐ-CP');
    expect(server.requestsTo('GET', `/api/documents/${encodeURIComponent('123/2015/NĐ-CP')}`)).toHaveLength(
      1,
    );
    expect(standing.textContent).toBe(
      'Tình trạng ngày 06/12/2026: Được sửa đổi một phần từ 01/07/2026 theo văn bản 87/2026/NĐ-CP',
    );
    expect(within(standing).getByRole('link', { name: '87/2026/NĐ-CP' }).getAttribute('href')).toBe(
      '/documents/87/2026/N%C4%90-CP',
    );
    expect(screen.getByTestId('relations-in').textContent).toBe(
      'Sửa đổi, bổ sung: 87/2026/NĐ-CP — Sửa đổi Nghị định 123/2015/NĐ-CP (từ 01/07/2026)',
    );

    const impact = screen.getAllByTestId('impact-row');
    expect(impact.map((row) => row.children[1]!.textContent)).toEqual([
      'Đăng ký khai sinh',
      'Đăng ký kết hôn',
    ]);
    expect(within(impact[0]!).getByRole('link', { name: '1.000001' }).getAttribute('href')).toBe(
      '/procedures/1.000001?asOf=2026-12-06',
    );

    const tasks = screen.getAllByTestId('document-task');
    expect(tasks).toHaveLength(2);
    const overdue = tasks.find((row) => row.textContent?.includes('Đăng ký khai sinh'))!;
    expect(within(overdue).getByTestId('task-due').textContent).toBe('23/06/2026 (quá hạn)');
    expect(overdue.textContent).toContain('Đang xử lý');
    expect(overdue.textContent).toContain('hung');
    expect(overdue.textContent).toContain('Sửa đổi, bổ sung bởi 87/2026/NĐ-CP');
    const open = tasks.find((row) => row.textContent?.includes('Đăng ký kết hôn'))!;
    expect(within(open).getByTestId('task-due').textContent).toBe('20/12/2026');
    expect(open.textContent).toContain('chưa phân công');
    expect(screen.getByRole('link', { name: 'Mở trong trang rà soát' }).getAttribute('href')).toBe(
      `#/reviews/tasks?document=${encodeURIComponent('123/2015/NĐ-CP')}`,
    );
  });

  it('reads the page on another date: before the amendment the decree is in force', async () => {
    const { server, history } = renderConsole({ server: amendedOffice(), path: '/documents/123/2015/NĐ-CP' });
    await screen.findByTestId('document-standing');
    const date = screen.getByLabelText('Tình trạng vào ngày');
    fireEvent.change(date, { target: { value: '30/06/2026' } });
    fireEvent.keyDown(date, { key: 'Enter' });
    await waitFor(() => expect(history.location.search).toBe('?asOf=2026-06-30'));
    await waitFor(
      () =>
        expect(screen.getByTestId('document-standing').textContent).toBe(
          'Tình trạng ngày 30/06/2026: Còn hiệu lực từ 01/01/2016',
        ),
      { timeout: 3000 },
    );
    expect(
      server
        .requestsTo('GET', `/api/documents/${encodeURIComponent('123/2015/NĐ-CP')}`)
        .at(-1)
        ?.search.get('at'),
    ).toBe('2026-06-30');
  });

  it('lists what a document acts on, and edits it with the same form', async () => {
    const { server } = renderConsole({ server: amendedOffice(), path: '/documents/87/2026/NĐ-CP' });
    const out = await screen.findByTestId('relations-out');
    expect(out.textContent).toBe('Sửa đổi, bổ sung 123/2015/NĐ-CP');
    fireEvent.click(screen.getByRole('button', { name: 'Sửa' }));
    const form = await screen.findByRole('dialog', { name: 'Sửa văn bản 87/2026/NĐ-CP' });
    expect((within(form).getByLabelText('Ngày có hiệu lực') as HTMLInputElement).value).toBe('01/07/2026');
    expect((within(form).getByLabelText('Số hiệu văn bản 1') as HTMLInputElement).value).toBe(
      '123/2015/NĐ-CP',
    );
    fireEvent.change(within(form).getByLabelText('Trích yếu'), {
      target: { value: 'Sửa đổi, bổ sung Nghị định hộ tịch' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect((await screen.findByTestId('document-write-notice')).textContent).toContain(
      'Đã lưu văn bản 87/2026/NĐ-CP.',
    );
    const put = server.requestsTo('PUT', `/api/documents/${encodeURIComponent('87/2026/NĐ-CP')}`);
    expect(put).toHaveLength(1);
    expect(JSON.parse(put[0]!.body).title).toBe('Sửa đổi, bổ sung Nghị định hộ tịch');
    expect(server.legal.documents.find((d) => d.number === '87/2026/NĐ-CP')?.title).toBe(
      'Sửa đổi, bổ sung Nghị định hộ tịch',
    );
  });

  it('shows a document only cited as such, and a drafter cannot register or edit', async () => {
    renderConsole({ server: amendedOffice('lan'), path: '/documents/43/2014/NĐ-CP' });
    const standing = await screen.findByTestId('document-standing');
    expect(within(standing).getByTestId('document-status').textContent).toBe('Chỉ được trích dẫn');
    expect(screen.getByText(/chưa đăng ký trong danh mục/)).toBeTruthy();
    expect(screen.getAllByTestId('impact-row')).toHaveLength(2);
    expect(screen.getByTestId('tasks-empty')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Đăng ký' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sửa' })).toBeNull();
  });

  it('says so when no document has the number', async () => {
    renderConsole({ server: amendedOffice(), path: '/documents/7/2001/QĐ-UBND' });
    expect((await screen.findByTestId('document-not-found')).textContent).toContain('«7/2001/QĐ-UBND»');
  });
});
