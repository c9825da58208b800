// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { makeDecision, makeItem, makeVersion } from '@niemyet/core/testing';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeServer } from '../testing/fake-server';
import { ACCOUNTS, renderConsole } from '../testing/render-console';

/**
 * The procedure page over an in-memory server: a baseline procedure amended twice on one day
 * (the first amendment never in force), amended again, then abolished.
 */

afterEach(cleanup);

function workspace(): FakeServer {
  const server = new FakeServer({ accounts: ACCOUNTS, signedInAs: 'lan' });
  server.baseline.push(
    makeVersion({
      code: '1.000001',
      name: 'Đăng ký khai sinh',
      agency: 'UBND cấp xã',
      steps: 'Nộp hồ sơ tại UBND xã',
      methods: [{ channel: 'Trực tiếp', processingTime: '1 ngày', fees: null, description: null }],
      dossier: [
        { name: 'Tờ khai đăng ký khai sinh', originals: '1', copies: '0', template: 'Mẫu 01', group: null },
      ],
      legalBasis: [
        { number: '123/2015/NĐ-CP', title: 'Nghị định hộ tịch', issuedOn: '2015-11-15', issuer: null },
      ],
      onlineService: 'partial',
      portalRefs: [{ url: 'https://dichvucong.gov.vn/p/1', portalId: null }],
    }),
  );
  const amend = (id: string, number: string, on: string, signedOn: string, changes: object) =>
    server.decisions.set(
      id,
      makeDecision({
        id,
        number,
        title: `Quyết định ${number}`,
        signedOn,
        effectiveOn: on,
        items: [makeItem({ action: 'amended', code: '1.000001', changes })],
      }),
    );
  amend('qd-1', '12/QĐ-UBND', '2024-01-01', '2023-12-20', {
    steps: 'Nộp hồ sơ tại UBND xã hoặc trực tuyến',
    fees: 'Miễn phí',
  });
  amend('qd-2', '20/QĐ-UBND', '2024-06-01', '2024-05-01', { processingTime: '3 ngày' });
  amend('qd-3', '21/QĐ-UBND', '2024-06-01', '2024-05-02', { processingTime: '2 ngày' });
  server.decisions.set(
    'qd-4',
    makeDecision({
      id: 'qd-4',
      number: '30/QĐ-UBND',
      signedOn: '2025-02-01',
      effectiveOn: '2025-03-01',
      items: [makeItem({ action: 'abolished', code: '1.000001' })],
    }),
  );
  return server;
}

const field = (name: string) =>
  within(screen.getByTestId('procedure-fields')).getByText(
    (_text, element) => element?.getAttribute('data-field') === name,
  ) as HTMLElement;
const shownValue = (name: string) => field(name).querySelector('dd')?.textContent ?? '';

describe('procedure page', () => {
  it('shows every field of the version in force on the date, and its history newest first', async () => {
    const { server } = renderConsole({ server: workspace(), path: '/procedures/1.000001?asOf=2024-03-01' });
    const heading = await screen.findByTestId('procedure-heading');
    expect(heading.textContent).toBe('Thủ tục: Đăng ký khai sinh 1.000001');
    expect(server.requestsTo('GET', '/api/procedures/1.000001')).toHaveLength(1);
    expect(screen.getByTestId('procedure-standing').textContent).toBe(
      'Đang có hiệu lực từ 01/01/2024. Hết hiệu lực từ 01/06/2024.',
    );
    expect(shownValue('steps')).toBe('Nộp hồ sơ tại UBND xã hoặc trực tuyến');
    expect(shownValue('fees')).toBe('Miễn phí');
    expect(shownValue('processingTime')).toBe('Không ghi');
    expect(shownValue('levels')).toBe('Cấp Xã');
    expect(shownValue('methods')).toContain('Trực tiếp');
    expect(shownValue('dossier')).toContain('Tờ khai đăng ký khai sinh');
    expect(shownValue('legalBasis')).toContain('123/2015/NĐ-CP');
    expect(shownValue('legalBasis')).toContain('ngày 15/11/2015');
    expect(shownValue('onlineService')).toBe('Một phần');
    expect(within(field('portalRefs')).getByRole('link').getAttribute('href')).toBe(
      'https://dichvucong.gov.vn/p/1',
    );
    expect(field('steps').querySelector('dt')?.textContent).toBe('Trình tự thực hiện');

    const versions = screen.getAllByTestId('procedure-version');
    expect(versions.map((v) => v.dataset.from)).toEqual(['2024-06-01', '2024-06-01', '2024-01-01', '']);
    expect(screen.getByRole('heading', { name: 'Lịch sử: 4 phiên bản' })).toBeTruthy();
    // The newest: its decision as a link, its diff open against the version before it.
    const newest = versions[0]!;
    expect(within(newest).getByText('01/06/2024 – 01/03/2025')).toBeTruthy();
    expect(within(newest).getByRole('link', { name: '21/QĐ-UBND' }).getAttribute('href')).toContain(
      '/decisions/qd-3',
    );
    const diff = await within(newest).findAllByTestId('version-diff');
    expect(diff.map((row) => row.dataset.field)).toEqual(['processingTime']);
    expect(diff[0]!.querySelector('del')?.textContent).toContain('3');
    expect(diff[0]!.querySelector('ins')?.textContent).toContain('2');
    // Superseded on its first day: marked, never in force.
    expect(versions[1]!.dataset.never).toBe('true');
    expect(within(versions[1]!).getByTestId('never-in-force').textContent).toContain('Chưa từng có hiệu lực');
    expect(versions[0]!.dataset.never).toBeUndefined();
    // Older diffs are computed when opened.
    expect(within(versions[2]!).queryByTestId('version-diff')).toBeNull();
    const toggle = within(versions[2]!).getByRole('button', { name: 'Xem thay đổi so với phiên bản trước' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(
      (await within(versions[2]!).findAllByTestId('version-diff')).map((row) => row.dataset.field),
    ).toEqual(['fees', 'steps']);
    expect(versions[2]!.className).toContain('shown');
    // The baseline: no decision, no diff.
    expect(within(versions[3]!).getByTestId('version-baseline').textContent).toBe('Danh mục gốc');
    expect(within(versions[3]!).queryByRole('button')).toBeNull();
  });

  it('says when nothing is in force on the date and still shows the history', async () => {
    const { history, server } = renderConsole({
      server: workspace(),
      path: '/procedures/1.000001?asOf=2025-06-01',
    });
    expect((await screen.findByTestId('procedure-standing')).textContent).toContain(
      'Ngày 01/06/2025 thủ tục này không còn hiệu lực: đã bãi bỏ từ 01/03/2025.',
    );
    expect(screen.queryByTestId('procedure-fields')).toBeNull();
    expect(screen.getAllByTestId('procedure-version')).toHaveLength(4);
    // Another date through the date field: the address follows, the same history shows it.
    const asOf = screen.getByLabelText('Xem tại ngày') as HTMLInputElement;
    fireEvent.change(asOf, { target: { value: '15/07/2024' } });
    fireEvent.keyDown(asOf, { key: 'Enter' });
    await waitFor(() => expect(history.location.search).toContain('asOf=2024-07-15'));
    expect((await screen.findByTestId('procedure-fields')).textContent).toContain('2 ngày');
    // The date picks among the versions already here: nothing is asked again.
    expect(server.requestsTo('GET', '/api/procedures/1.000001')).toHaveLength(1);
  });

  it('opens a procedure without a code by its local id', async () => {
    const server = workspace();
    server.baseline.push(
      makeVersion({ code: null, procedureId: 'local:ho-tich/7', name: 'Xác nhận tình trạng hôn nhân' }),
    );
    renderConsole({ server, path: `/procedures/${encodeURIComponent('local:ho-tich/7')}` });
    expect((await screen.findByTestId('procedure-heading')).textContent).toBe(
      'Thủ tục: Xác nhận tình trạng hôn nhân',
    );
    expect(shownValue('code')).toBe('Chưa có mã');
    expect(server.requestsTo('GET', `/api/procedures/${encodeURIComponent('local:ho-tich/7')}`)).toHaveLength(
      1,
    );
  });

  it('says when the server has no such procedure and leads back to the catalogue', async () => {
    renderConsole({ server: workspace(), path: '/procedures/9.999999' });
    const missing = await screen.findByTestId('procedure-not-found');
    expect(missing.textContent).toContain('Máy chủ chưa có thủ tục nào mang mã «9.999999»');
    expect(within(missing).getByRole('link', { name: 'Về danh mục' })).toBeTruthy();
  });

  it('reports a failed load and loads again on retry', async () => {
    const server = workspace();
    const answer = server.fetch;
    let failures = 1;
    Object.defineProperty(server, 'fetch', {
      value: (async (input, init) => {
        if (String(input).includes('/api/procedures/') && failures-- > 0)
          return new Response(JSON.stringify({ code: 'internal', params: {}, message: 'boom' }), {
            status: 500,
          });
        return answer(input, init);
      }) as typeof fetch,
    });
    renderConsole({ server, path: '/procedures/1.000001?asOf=2024-03-01' });
    const failed = await screen.findByTestId('procedure-error');
    expect(failed.textContent).toContain('Không tải được thủ tục: Máy chủ gặp lỗi.');
    fireEvent.click(within(failed).getByRole('button', { name: 'Thử lại' }));
    expect((await screen.findByTestId('procedure-heading')).textContent).toContain('Đăng ký khai sinh');
    expect(screen.queryByTestId('procedure-error')).toBeNull();
  });
});
