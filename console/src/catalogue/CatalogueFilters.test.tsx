// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { makeDecision, makeItem, makeVersion } from '@niemyet/core/testing';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeServer } from '../testing/fake-server';
import { ACCOUNTS, giveElementsABox, renderConsole, takeBoxesAway } from '../testing/render-console';

/** The catalogue's filters, kept in the address, and its rows as links to the procedure page. */

afterEach(cleanup);
beforeAll(giveElementsABox);
afterAll(takeBoxesAway);

function workspace(): FakeServer {
  const server = new FakeServer({ accounts: ACCOUNTS, signedInAs: 'lan' });
  server.baseline.push(
    makeVersion({
      code: '1.000001',
      name: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      agency: 'UBND cấp xã',
      levels: ['commune'],
    }),
    makeVersion({
      code: '1.000002',
      name: 'Đăng ký kết hôn',
      field: 'Hộ tịch',
      agency: 'UBND cấp xã',
      levels: ['commune'],
    }),
    makeVersion({
      code: '1.000003',
      name: 'Đăng ký khai tử',
      field: 'Hộ tịch',
      agency: 'UBND cấp huyện',
      levels: ['district'],
    }),
    makeVersion({
      code: '1.000004',
      name: 'Cấp phiếu lý lịch tư pháp',
      field: 'Lý lịch tư pháp',
      agency: 'Sở Tư pháp',
      levels: ['province'],
    }),
    makeVersion({
      code: '1.000005',
      name: 'Chứng thực bản sao',
      field: 'Chứng thực',
      agency: 'UBND cấp xã',
      levels: ['commune', 'district'],
    }),
  );
  server.decisions.set(
    'qd-abolish',
    makeDecision({
      id: 'qd-abolish',
      number: '5/QĐ-UBND',
      signedOn: '2025-05-01',
      effectiveOn: '2025-06-01',
      items: [makeItem({ action: 'abolished', code: '1.000003', name: 'Đăng ký khai tử' })],
    }),
  );
  server.decisions.set(
    'qd-new',
    makeDecision({
      id: 'qd-new',
      number: '9/QĐ-UBND',
      signedOn: '2026-05-01',
      effectiveOn: '2026-06-01',
      items: [
        makeItem({
          action: 'new',
          code: '1.000009',
          name: 'Cấp giấy phép xây dựng',
          changes: {
            name: 'Cấp giấy phép xây dựng',
            field: 'Xây dựng',
            agency: 'Sở Xây dựng',
            levels: ['province'],
          },
        }),
      ],
    }),
  );
  return server;
}

const count = () => screen.getByTestId('catalogue-count');
const codes = () => screen.getAllByTestId('catalogue-row').map((row) => row.dataset.code);
const optionsOf = (testId: string) =>
  [...(screen.getByTestId(testId) as HTMLSelectElement).options].map((option) => option.textContent);

describe('catalogue filters', () => {
  it('offers the values present, combines the filters with the search, and keeps them in the address', async () => {
    const { history } = renderConsole({ server: workspace(), path: '/?asOf=2026-01-01' });
    await waitFor(() => expect(count().textContent).toBe('4 thủ tục đang có hiệu lực'));
    expect(optionsOf('filter-field')).toEqual(['Tất cả', 'Chứng thực', 'Hộ tịch', 'Lý lịch tư pháp']);
    expect(optionsOf('filter-level')).toEqual(['Tất cả', 'Cấp Tỉnh', 'Cấp Huyện', 'Cấp Xã']);
    expect(optionsOf('filter-agency')).toEqual(['Tất cả', 'Sở Tư pháp', 'UBND cấp xã']);

    fireEvent.change(screen.getByLabelText('Cấp thực hiện'), { target: { value: 'commune' } });
    await waitFor(() => expect(codes()).toEqual(['1.000001', '1.000002', '1.000005']));
    expect(count().textContent).toBe('3 / 4 thủ tục đang có hiệu lực khớp với bộ lọc');
    expect(new URLSearchParams(history.location.search).get('level')).toBe('commune');

    fireEvent.change(screen.getByLabelText('Lĩnh vực'), { target: { value: 'Hộ tịch' } });
    await waitFor(() => expect(codes()).toEqual(['1.000001', '1.000002']));
    fireEvent.change(screen.getByTestId('catalogue-search'), { target: { value: 'ket hon' } });
    await waitFor(() => expect(codes()).toEqual(['1.000002']));
    expect(count().textContent).toBe('1 / 4 thủ tục đang có hiệu lực khớp với bộ lọc và tìm kiếm');
    await waitFor(() => expect(new URLSearchParams(history.location.search).get('q')).toBe('ket hon'));
    const params = new URLSearchParams(history.location.search);
    expect(params.get('field')).toBe('Hộ tịch');
    expect(params.get('level')).toBe('commune');
    expect(params.get('asOf')).toBe('2026-01-01');

    // Nothing left: say so and offer to clear everything.
    fireEvent.change(screen.getByLabelText('Cơ quan thực hiện'), { target: { value: 'Sở Tư pháp' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Bỏ lọc và tìm kiếm' }));
    await waitFor(() => expect(count().textContent).toBe('4 thủ tục đang có hiệu lực'));
    expect((screen.getByTestId('catalogue-search') as HTMLInputElement).value).toBe('');
    expect(new URLSearchParams(history.location.search).get('field')).toBeNull();
  });

  it('reproduces a shared view from its address', async () => {
    renderConsole({
      server: workspace(),
      path: `/?asOf=2026-01-01&level=commune&agency=${encodeURIComponent('UBND cấp xã')}&q=chung`,
    });
    await waitFor(() => expect(codes()).toEqual(['1.000005']));
    expect((screen.getByTestId('catalogue-search') as HTMLInputElement).value).toBe('chung');
    expect((screen.getByLabelText('Cơ quan thực hiện') as HTMLSelectElement).value).toBe('UBND cấp xã');
    expect((screen.getByLabelText('Cấp thực hiện') as HTMLSelectElement).value).toBe('commune');
  });

  it('shows the upcoming and the abolished procedures of the date', async () => {
    const { history } = renderConsole({ server: workspace(), path: '/?asOf=2026-01-01' });
    await waitFor(() => expect(count().dataset.total).toBe('4'));
    fireEvent.change(screen.getByLabelText('Tình trạng'), { target: { value: 'upcoming' } });
    await waitFor(() => expect(codes()).toEqual(['1.000009']));
    expect(count().textContent).toBe('1 thủ tục sắp có hiệu lực');
    expect(new URLSearchParams(history.location.search).get('status')).toBe('upcoming');
    const upcoming = screen.getByTestId('catalogue-row');
    expect(
      within(upcoming).getByRole('link', { name: 'Cấp giấy phép xây dựng' }).getAttribute('href'),
    ).toContain('asOf=2026-06-01');

    fireEvent.change(screen.getByLabelText('Tình trạng'), { target: { value: 'abolished' } });
    await waitFor(() => expect(codes()).toEqual(['1.000003']));
    expect(count().textContent).toBe('1 thủ tục đã bãi bỏ');
    expect(screen.getByRole('button', { name: /Bãi bỏ từ/ })).toBeTruthy();
    expect(screen.getByTestId('catalogue-row').textContent).toContain('01/06/2025');
  });

  it('opens a procedure from its row, on the catalogue date, by a real link', async () => {
    const { history } = renderConsole({ server: workspace(), path: '/?asOf=2026-01-01' });
    await waitFor(() => expect(count().dataset.total).toBe('4'));
    const row = screen.getAllByTestId('catalogue-row')[0]!;
    const codeLink = within(row).getByTestId('procedure-link');
    expect(codeLink.tagName).toBe('A');
    expect(codeLink.getAttribute('href')).toBe('/procedures/1.000001?asOf=2026-01-01');
    fireEvent.click(within(row).getByRole('link', { name: 'Đăng ký khai sinh' }));
    expect((await screen.findByTestId('procedure-heading')).textContent).toContain('Đăng ký khai sinh');
    expect(history.location.pathname).toBe('/procedures/1.000001');
  });

  it('opens a procedure without a code by its local id', async () => {
    const server = workspace();
    server.baseline.push(
      makeVersion({ code: null, procedureId: 'local:ho-tich/7', name: 'Xác nhận tình trạng hôn nhân' }),
    );
    renderConsole({ server, path: '/?asOf=2026-01-01' });
    await waitFor(() => expect(count().dataset.total).toBe('5'));
    const row = screen.getAllByTestId('catalogue-row').at(-1)!;
    fireEvent.click(within(row).getByRole('link', { name: 'Chưa có mã' }));
    expect((await screen.findByTestId('procedure-heading')).textContent).toBe(
      'Thủ tục: Xác nhận tình trạng hôn nhân',
    );
  });
});
