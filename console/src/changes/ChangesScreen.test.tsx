// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { giveElementsABox, renderConsole, takeBoxesAway } from '../testing/render-console';
import { changeLogOffice } from './change-log-test-office';

/** The change log over an in-memory server, signed in as `lan` (drafter, supervisor). */

beforeAll(giveElementsABox);
afterAll(takeBoxesAway);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const shownSeqs = () => screen.queryAllByTestId('change-log-row').map((row) => row.getAttribute('data-seq'));

async function openLog(path = '/changes') {
  const view = renderConsole({ server: changeLogOffice(), path });
  await screen.findByTestId('changes-screen');
  return view;
}

describe('change log', () => {
  it('lists every entry with its count, and the navigation names the screen', async () => {
    await openLog();
    await waitFor(() => expect(shownSeqs()).toEqual(['1', '2', '3']));
    expect(screen.getByTestId('changes-count').textContent).toBe('3 mục');
    const first = screen.getAllByTestId('change-log-row')[0]!;
    expect(first.textContent).toContain('01/01/2024');
    expect(first.textContent).toContain('Sửa đổi, bổ sung, thay thế');
    expect(screen.getByRole('link', { name: 'Nhật ký thay đổi' }).getAttribute('href')).toBe('/changes');
    expect(screen.getByRole('link', { name: 'Báo cáo' }).getAttribute('href')).toBe('/reports');
  });

  it('puts the filters in the address and asks the server for what they select', async () => {
    const { history, server } = await openLog();
    await waitFor(() => expect(shownSeqs()).toHaveLength(3));
    fireEvent.change(screen.getByTestId('changes-from'), { target: { value: '01/06/2024' } });
    fireEvent.change(screen.getByTestId('changes-action'), { target: { value: 'abolished' } });
    fireEvent.click(screen.getByTestId('changes-apply'));
    await waitFor(() => expect(shownSeqs()).toEqual(['2']));
    const search = new URLSearchParams(history.location.search);
    expect(search.get('from')).toBe('2024-06-01');
    expect(search.get('action')).toBe('abolished');
    const asked = server.requestsTo('GET', '/api/changelog').at(-1)!.search;
    expect(asked.get('from')).toBe('2024-06-01');
    expect(asked.get('action')).toBe('abolished');
    expect(screen.getByTestId('changes-count').textContent).toBe('1 mục');

    fireEvent.click(screen.getByTestId('changes-clear'));
    await waitFor(() => expect(shownSeqs()).toHaveLength(3));
    expect(history.location.search).toBe('');
  });

  it('opens a shared link with its filters applied, and says when nothing matches', async () => {
    await openLog('/changes?procedure=giay%20phep&kind=national-db-entered');
    await waitFor(() => expect(shownSeqs()).toEqual(['3']));
    expect((screen.getByTestId('changes-procedure') as HTMLInputElement).value).toBe('giay phep');
    expect((screen.getByTestId('changes-kind') as HTMLSelectElement).value).toBe('national-db-entered');
    fireEvent.change(screen.getByTestId('changes-level'), { target: { value: 'district' } });
    fireEvent.click(screen.getByTestId('changes-apply'));
    await waitFor(() =>
      expect(screen.getByTestId('changes-count').textContent).toBe(
        'Không có mục nào khớp bộ lọc. Hãy nới bộ lọc hoặc bấm «Bỏ lọc».',
      ),
    );
    expect(shownSeqs()).toEqual([]);
  });

  it('refuses a date that is not dd/mm/yyyy without asking the server', async () => {
    const { server } = await openLog();
    await waitFor(() => expect(shownSeqs()).toHaveLength(3));
    const asked = server.requestsTo('GET', '/api/changelog').length;
    fireEvent.change(screen.getByTestId('changes-to'), { target: { value: '31/02/2024' } });
    fireEvent.click(screen.getByTestId('changes-apply'));
    expect((await screen.findByTestId('changes-filter-problem')).textContent).toContain('«31/02/2024»');
    expect(screen.getByTestId('changes-to').getAttribute('aria-invalid')).toBe('true');
    expect(server.requestsTo('GET', '/api/changelog')).toHaveLength(asked);
  });

  it("opens an entry's before/after in a dialog, and closes it with Escape", async () => {
    const { history } = await openLog();
    await waitFor(() => expect(shownSeqs()).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: 'Xem thay đổi của mục 1' }));
    const dialog = await screen.findByTestId('change-entry');
    expect(new URLSearchParams(history.location.search).get('entry')).toBe('1');
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toBe('Mục 1: Đăng ký khai sinh');
    await waitFor(() => expect(within(dialog).getAllByTestId('change-entry-diff').length).toBeGreaterThan(0));
    const fields = within(dialog)
      .getAllByTestId('change-entry-diff')
      .map((row) => row.getAttribute('data-field'));
    expect(fields).toEqual(expect.arrayContaining(['steps', 'fees']));
    expect(within(dialog).getByText('trực tuyến', { exact: false }).tagName).toBe('INS');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('change-entry')).toBeNull());
    expect(new URLSearchParams(history.location.search).get('entry')).toBeNull();
  });

  it('shows the version an abolition ended', async () => {
    await openLog('/changes?entry=2');
    const dialog = await screen.findByTestId('change-entry');
    const abolished = await within(dialog).findByTestId('change-entry-abolished');
    expect(abolished.textContent).toContain('Thủ tục bị bãi bỏ từ ngày 01/03/2025');
    expect(abolished.textContent).toContain('Nộp hồ sơ tại UBND xã hoặc trực tuyến');
  });
});

describe('when the server fails', () => {
  it('says the log could not be loaded and loads it again on request', async () => {
    const server = changeLogOffice();
    server.changes.failing.add('/api/changelog');
    renderConsole({ server, path: '/changes' });
    const alert = await screen.findByText(
      'Không tải được nhật ký: Máy chủ gặp lỗi. Hãy thử lại hoặc báo cho quản trị viên.',
    );
    server.changes.failing.clear();
    fireEvent.click(within(alert.parentElement!).getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(shownSeqs()).toEqual(['1', '2', '3']));
  });
});

describe('chain check', () => {
  it('says the log is intact with its count', async () => {
    await openLog();
    expect((await screen.findByTestId('chain-ok')).textContent).toBe('Sổ thay đổi toàn vẹn (3 mục).');
  });

  it('names the first broken entry and opens it', async () => {
    const server = changeLogOffice();
    server.changes.verify = { ok: false, entries: 3, firstBroken: { seq: 2, reason: 'mã băm không khớp' } };
    const { history } = renderConsole({ server, path: '/changes?action=new' });
    const broken = await screen.findByTestId('chain-broken');
    expect(broken.textContent).toContain('Sổ thay đổi bị sửa từ mục 2: mã băm không khớp');
    await waitFor(() => expect(shownSeqs()).toEqual(['3']));
    // Entry 2 is outside the filter: the link shows it from the whole log.
    const link = within(broken).getByRole('link', { name: 'Xem mục 2' });
    expect(link.getAttribute('href')).toBe('/changes?entry=2');
    fireEvent.click(link);
    const dialog = await screen.findByTestId('change-entry');
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toBe('Mục 2: Đăng ký khai sinh');
    expect(history.location.search).toBe('?entry=2');
  });

  it('says when the check could not run, and runs it again on request', async () => {
    const server = changeLogOffice();
    server.changes.failing.add('/api/changelog/verify');
    renderConsole({ server, path: '/changes' });
    const panel = await screen.findByTestId('chain-check');
    await waitFor(() =>
      expect(within(panel).getByRole('alert').textContent).toBe(
        'Không kiểm tra được: Máy chủ gặp lỗi. Hãy thử lại hoặc báo cho quản trị viên.',
      ),
    );
    server.changes.failing.clear();
    fireEvent.click(within(panel).getByTestId('chain-recheck'));
    expect((await screen.findByTestId('chain-ok')).textContent).toBe('Sổ thay đổi toàn vẹn (3 mục).');
    expect(server.requestsTo('GET', '/api/changelog/verify')).toHaveLength(2);
  });
});

describe('exports', () => {
  let saved: { blob: Blob; name: string }[];
  beforeEach(() => {
    saved = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push({ blob: blob as Blob, name: '' });
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.at(-1)!.name = this.download;
    });
  });

  it('streams the filtered CSV with its rows counted, then saves it', async () => {
    const { server } = await openLog('/changes?action=amended');
    await waitFor(() => expect(shownSeqs()).toEqual(['1']));
    server.changes.rows.push(
      ...[4, 5, 6].map((seq) => ({
        ...server.changes.rows[0]!,
        seq,
        itemId: `item-${seq}`,
        name: `=HYPERLINK(${seq})`,
      })),
    );
    server.changes.holdExports();
    fireEvent.click(screen.getByTestId('export-csv'));
    const line = await screen.findByTestId('download-progress-line');
    await waitFor(() => expect(line.textContent).toBe('Đã nhận 2 / 4 dòng'));
    expect(screen.getByTestId('export-xlsx')).toHaveProperty('disabled', true);
    const asked = server.requestsTo('GET', '/api/changelog/export')[0]!.search;
    expect(asked.get('format')).toBe('csv');
    expect(asked.get('action')).toBe('amended');
    server.changes.releaseExports();
    expect((await screen.findByTestId('download-saved')).textContent).toContain(
      'nhat-ky-thay-doi-dau-nay.csv',
    );
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe('nhat-ky-thay-doi-dau-nay.csv');
    const text = await saved[0]!.blob.text();
    expect(text.startsWith('\uFEFFSTT,')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(5);
    expect(text).toContain("'=HYPERLINK(4)");
  });

  it('cancels a download under way: the reader stops and nothing is saved', async () => {
    const { server } = await openLog();
    await waitFor(() => expect(shownSeqs()).toHaveLength(3));
    server.changes.holdExports();
    fireEvent.click(screen.getByTestId('export-json'));
    await screen.findByTestId('download-progress');
    await waitFor(() =>
      expect(screen.getByTestId('download-progress-line').textContent).toContain('20 byte'),
    );
    fireEvent.click(screen.getByTestId('download-cancel'));
    expect((await screen.findByTestId('download-cancelled')).textContent).toBe(
      'Đã hủy tải xuống. Không có tệp nào được lưu.',
    );
    await waitFor(() => expect(server.changes.cancelledExports).toBe(1));
    server.changes.releaseExports();
    expect(saved).toHaveLength(0);
    expect(screen.getByTestId('export-json')).toHaveProperty('disabled', false);
  });

  it('translates a refused export', async () => {
    const { server } = await openLog();
    await waitFor(() => expect(shownSeqs()).toHaveLength(3));
    server.changes.exportRefusal = { status: 403, code: 'forbidden', params: { permission: 'reports.read' } };
    fireEvent.click(screen.getByTestId('export-xlsx'));
    expect((await screen.findByTestId('download-failed')).textContent).toBe(
      'Không tải được tệp: Tài khoản của bạn không có quyền làm việc này.',
    );
    expect(saved).toHaveLength(0);
  });
});

describe('a large log', () => {
  it('reads thousands of entries page by page and keeps only a screenful in the page', async () => {
    const server = changeLogOffice();
    const template = server.changes.rows[0]!;
    server.changes.rows = Array.from({ length: 4500 }, (_, i) => ({
      ...template,
      seq: i + 1,
      itemId: `item-${i + 1}`,
      field: i % 2 === 0 ? 'Hộ tịch' : 'Đất đai',
    }));
    renderConsole({ server, path: '/changes' });
    await waitFor(() => expect(screen.getByTestId('changes-count').textContent).toBe('4.500 mục'), {
      timeout: 8000,
    });
    const pages = server.requestsTo('GET', '/api/changelog').map((r) => r.search.get('offset'));
    expect(pages).toEqual(['0', '2000', '4000']);
    const shown = screen.getAllByTestId('change-log-row').length;
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(100);
    expect(screen.getByTestId('change-log-table').getAttribute('aria-rowcount')).toBe('4501');
    expect(screen.getAllByTestId('change-log-row')[0]!.getAttribute('aria-rowindex')).toBe('2');
    // The fields seen are offered for the exact-match filter.
    const options = [...document.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'));
    expect(options).toEqual(expect.arrayContaining(['Hộ tịch', 'Đất đai']));
  });
});
