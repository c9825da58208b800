// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderConsole } from '../testing/render-console';
import { portalOffice } from './portal-test-office';

/** The watches page over an in-memory server: `lan` (supervisor) manages, `hung` (reviewer) only reads. */

afterEach(cleanup);

/** A run moves one step per read and the page reads it every second: three reads, about two seconds. */
const RUN_WAIT = { timeout: 5000 };

async function openWatches(server = portalOffice()) {
  const view = renderConsole({ server, path: '/portals/watches' });
  await screen.findByTestId('watches-screen');
  await screen.findAllByTestId('watch-row');
  return view;
}

const row = (id: string) => screen.getAllByTestId('watch-row').find((r) => r.dataset.id === id)!;

describe('portal watches', () => {
  it('lists the watches with the schedule in words, scope, last and next run, open findings', async () => {
    const server = portalOffice();
    server.portals.watches[0]!.scope = { agency: 'Sở Xây dựng' };
    server.portals.watches[0]!.openFindings = 1853;
    server.portals.watches.push({
      ...server.portals.watches[0]!,
      id: 'w-hanoi',
      name: 'Hà Nội',
      scope: {},
      schedule: { kind: 'every', minutes: 15 },
      paused: true,
      nextRunAt: null,
    });
    await openWatches(server);
    const national = row('w-quocgia');
    expect(national.textContent).toContain('Cổng quốc gia');
    expect(national.textContent).toContain('Hằng ngày lúc 02:00');
    expect(national.textContent).toContain('Cơ quan: Sở Xây dựng');
    expect(national.textContent).toContain('Chưa chạy');
    expect(national.textContent).toContain('1.853');
    // 19:00 UTC is 02:00 the next day in Vietnam.
    expect(national.textContent).toContain('07/12/2026 02:00');
    expect(within(national).getByRole('link', { name: '1.853' }).getAttribute('href')).toBe(
      '/portals?watch=w-quocgia&state=open',
    );
    const hanoi = row('w-hanoi');
    expect(hanoi.textContent).toContain('Mỗi 15 phút');
    expect(hanoi.textContent).toContain('Cả trang');
    expect(within(hanoi).getByTestId('watch-pause').textContent).toBe('Chạy lại theo lịch');
  });

  it('adds a watch, shows its webhook secret once, then runs it now and follows the run to done', async () => {
    const { server } = await openWatches();
    fireEvent.click(screen.getByTestId('add-watch'));
    const dialog = await screen.findByTestId('add-watch-dialog');
    fireEvent.change(within(dialog).getByTestId('watch-url'), { target: { value: 'khong-phai-dia-chi' } });
    fireEvent.click(within(dialog).getByTestId('add-watch-save'));
    expect(await within(dialog).findByText('Hãy nhập một địa chỉ http hoặc https đầy đủ.')).toBeTruthy();
    expect(server.requestsTo('POST', '/api/watches')).toHaveLength(0);

    fireEvent.change(within(dialog).getByTestId('watch-url'), {
      target: { value: 'https://dichvucong.hanoi.gov.vn/danh-sach' },
    });
    fireEvent.change(within(dialog).getByTestId('watch-name'), { target: { value: 'Hà Nội' } });
    fireEvent.change(within(dialog).getByTestId('watch-schedule-kind'), { target: { value: 'every' } });
    fireEvent.change(within(dialog).getByTestId('watch-minutes'), { target: { value: '15' } });
    fireEvent.change(within(dialog).getByTestId('watch-field'), { target: { value: 'Xây dựng' } });
    fireEvent.click(within(dialog).getByTestId('watch-details'));
    fireEvent.change(within(dialog).getByTestId('watch-webhook'), {
      target: { value: 'https://chat.example.vn/hook' },
    });
    fireEvent.click(within(dialog).getByTestId('add-watch-save'));
    expect((await within(dialog).findByTestId('watch-webhook-secret')).textContent).toMatch(/^whsec-/);
    expect(JSON.parse(server.requestsTo('POST', '/api/watches')[0]!.body)).toEqual({
      url: 'https://dichvucong.hanoi.gov.vn/danh-sach',
      name: 'Hà Nội',
      schedule: { kind: 'every', minutes: 15 },
      scope: { field: 'Xây dựng' },
      details: true,
      webhook: 'https://chat.example.vn/hook',
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xong' }));
    await waitFor(() => expect(screen.queryByTestId('add-watch-dialog')).toBeNull());
    const id = server.portals.watches.at(-1)!.id;
    await waitFor(() => expect(row(id).textContent).toContain('Mỗi 15 phút'));
    // The secret is not shown anywhere any more.
    expect(screen.queryByTestId('watch-webhook-secret')).toBeNull();

    fireEvent.click(within(row(id)).getByTestId('watch-run-now'));
    // Queued at first, then running with its progress, then done: each state shown as it comes.
    await waitFor(() =>
      expect(within(row(id)).getByTestId('watch-live-run').textContent).toContain('Đang chờ'),
    );
    await waitFor(
      () => expect(within(row(id)).getByTestId('watch-live-run').textContent).toContain('Đang chạy'),
      RUN_WAIT,
    );
    expect(within(row(id)).getByTestId('watch-live-run').textContent).toContain('1 trang, 50 dòng');
    await waitFor(
      () => expect(within(row(id)).getByTestId('watch-run-state').getAttribute('data-state')).toBe('done'),
      RUN_WAIT,
    );
    const live = within(row(id)).getByTestId('watch-live-run');
    expect(live.textContent).toContain('2 trang, 120 dòng');
    expect(live.textContent).toContain('2 sai lệch mới');
    const runId = server.portals.runs.at(-1)!.id;
    expect(server.requestsTo('GET', `/api/watches/${id}/runs/${runId}`)).toHaveLength(3);
  }, 10_000);

  it('says why a watch on a private host is refused', async () => {
    await openWatches();
    fireEvent.click(screen.getByTestId('add-watch'));
    const dialog = await screen.findByTestId('add-watch-dialog');
    fireEvent.change(within(dialog).getByTestId('watch-url'), {
      target: { value: 'http://192.168.1.10/tthc' },
    });
    fireEvent.click(within(dialog).getByTestId('add-watch-save'));
    expect((await within(dialog).findByTestId('add-watch-error')).textContent).toContain('192.168.1.10');
  });

  it('shows the problem of a failed run', async () => {
    const server = portalOffice();
    server.portals.failing.set('w-quocgia', {
      code: 'portal-unreachable',
      message: 'Cổng không trả lời sau 3 lần thử',
    });
    await openWatches(server);
    fireEvent.click(within(row('w-quocgia')).getByTestId('watch-run-now'));
    const problem = await within(row('w-quocgia')).findByTestId('watch-run-problem', {}, RUN_WAIT);
    expect(problem.textContent).toContain('Sự cố: Cổng không trả lời sau 3 lần thử');
    expect(within(row('w-quocgia')).getByTestId('watch-run-state').textContent).toContain('Lỗi');
  }, 10_000);

  it('pauses and resumes a watch', async () => {
    const { server } = await openWatches();
    fireEvent.click(within(row('w-quocgia')).getByTestId('watch-pause'));
    await waitFor(() => expect(row('w-quocgia').textContent).toContain('Tạm dừng'));
    expect(JSON.parse(server.requestsTo('PATCH', '/api/watches/w-quocgia')[0]!.body)).toEqual({
      paused: true,
    });
    await waitFor(() =>
      expect(within(row('w-quocgia')).getByTestId('watch-pause').textContent).toBe('Chạy lại theo lịch'),
    );
  });

  it('gives a reviewer (no watches.manage) no button that changes a watch', async () => {
    await openWatches(portalOffice('hung'));
    expect(row('w-quocgia').textContent).toContain('Cổng quốc gia');
    expect(screen.queryByTestId('add-watch')).toBeNull();
    expect(screen.queryByTestId('watch-run-now')).toBeNull();
    expect(screen.queryByTestId('watch-pause')).toBeNull();
  });
});
