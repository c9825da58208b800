// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PeriodReportResponse } from '@niemyet/core';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeServer } from '../testing/fake-server';
import { ACCOUNTS, renderConsole } from '../testing/render-console';

/** The period report over an in-memory server, signed in as `lan` (drafter, supervisor); today is 07/12/2026. */

const YEAR_2025: PeriodReportResponse = {
  from: '2025-01-01',
  to: '2025-12-31',
  report: {
    decisions: 68,
    items: 1853,
    byAction: { new: 340, amended: 1315, abolished: 198 },
    byLevel: { province: 1200, commune: 653 },
    nationalDb: { entered: 577, removed: 198 },
    byField: [
      { field: 'Hộ tịch', count: 1500 },
      { field: '', count: 353 },
    ],
    byMonth: [
      { month: '2025-01', new: 40, amended: 1300, abolished: 10 },
      { month: '2025-02', new: 300, amended: 15, abolished: 188 },
    ],
  },
  paragraphVi:
    'Từ ngày 01/01/2025 đến ngày 31/12/2025, ban hành 68 quyết định công bố 1.853 TTHC; trong đó, công bố mới 340 TTHC.',
  paragraphEn: 'From 01/01/2025 to 31/12/2025, 68 decisions published 1,853 procedures; 340 new.',
};

function office(): FakeServer {
  const server = new FakeServer({ accounts: ACCOUNTS, signedInAs: 'lan' });
  server.changes.reports.set('2025-01-01..2025-12-31', YEAR_2025);
  return server;
}

const rowsOf = (testId: string) =>
  screen.getAllByTestId(testId).map((row) => [...row.children].map((cell) => cell.textContent));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T03:00:00.000Z'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('period report', () => {
  it('shows the figures by action, month, level and field, each chart with its table', async () => {
    renderConsole({ server: office(), path: '/reports?from=2025-01-01&to=2025-12-31' });
    const summary = await screen.findByTestId('report-summary');
    expect(within(summary).getByTestId('report-total-items').textContent).toBe('Thủ tục được công bố1.853');
    expect(within(summary).getByTestId('report-total-amended').textContent).toBe(
      'Sửa đổi, bổ sung, thay thế1.315',
    );
    expect(within(summary).getByTestId('report-total-entered').textContent).toContain('577');
    expect(screen.getByTestId('report-period').textContent).toBe('Từ ngày 01/01/2025 đến ngày 31/12/2025');
    expect(rowsOf('report-month-row')).toEqual([
      ['01/2025', '40', '1.300', '10', '1.350'],
      ['02/2025', '300', '15', '188', '503'],
    ]);
    expect(rowsOf('report-by-level-row')).toEqual([
      ['Cấp Tỉnh', '1.200'],
      ['Cấp Xã', '653'],
    ]);
    expect(rowsOf('report-by-field-row')).toEqual([
      ['Hộ tịch', '1.500'],
      ['(chưa ghi lĩnh vực)', '353'],
    ]);
    for (const id of ['report-by-month', 'report-by-level', 'report-by-field'])
      expect(
        within(screen.getByTestId(id)).getByRole('figure').querySelector('figcaption')?.textContent,
      ).not.toBe('');
  });

  it('gives the paragraph ready to paste, copies it, and writes it in English in English', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    renderConsole({ server: office(), path: '/reports?from=2025-01-01&to=2025-12-31' });
    const paragraph = await screen.findByTestId('report-paragraph');
    expect(paragraph.textContent).toBe(YEAR_2025.paragraphVi);
    fireEvent.click(screen.getByRole('button', { name: 'Sao chép' }));
    await waitFor(() =>
      expect(screen.getByTestId('report-copy-status').textContent).toBe('Đã sao chép đoạn văn.'),
    );
    expect(writeText).toHaveBeenCalledWith(YEAR_2025.paragraphVi);

    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() =>
      expect(screen.getByTestId('report-paragraph').textContent).toBe(YEAR_2025.paragraphEn),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(writeText).toHaveBeenLastCalledWith(YEAR_2025.paragraphEn));
  });

  it('says how to copy by hand when the browser refuses the clipboard', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) },
    });
    renderConsole({ server: office(), path: '/reports?from=2025-01-01&to=2025-12-31' });
    fireEvent.click(await screen.findByRole('button', { name: 'Sao chép' }));
    await waitFor(() =>
      expect(screen.getByTestId('report-copy-status').textContent).toBe(
        'Trình duyệt không cho sao chép: hãy chọn đoạn văn rồi nhấn Ctrl+C.',
      ),
    );
  });

  it('opens on this year, and the quick picks and typed dates change the period in the address', async () => {
    const { server, history } = renderConsole({ server: office(), path: '/reports' });
    expect((await screen.findByTestId('report-empty')).textContent).toContain('chưa có quyết định nào');
    const first = server.requestsTo('GET', '/api/reports/period')[0]!.search;
    expect([first.get('from'), first.get('to')]).toEqual(['2026-01-01', '2026-12-31']);

    fireEvent.click(screen.getByRole('button', { name: 'Năm trước' }));
    await screen.findByTestId('report-summary');
    await waitFor(() =>
      expect(screen.getByTestId('report-paragraph').textContent).toBe(YEAR_2025.paragraphVi),
    );
    expect(new URLSearchParams(history.location.search).get('from')).toBe('2025-01-01');

    fireEvent.click(screen.getByRole('button', { name: 'Quý này' }));
    await waitFor(() => expect(new URLSearchParams(history.location.search).get('from')).toBe('2026-10-01'));
    expect((screen.getByTestId('report-from') as HTMLInputElement).value).toBe('01/10/2026');

    fireEvent.change(screen.getByTestId('report-from'), { target: { value: '15/11/2026' } });
    fireEvent.change(screen.getByTestId('report-to'), { target: { value: '01/11/2026' } });
    fireEvent.click(screen.getByTestId('report-apply'));
    expect((await screen.findByTestId('report-period-problem')).textContent).toBe(
      'Ngày bắt đầu sau ngày kết thúc: hãy đổi lại hai ngày.',
    );
    fireEvent.change(screen.getByTestId('report-to'), { target: { value: '30/11/2026' } });
    fireEvent.click(screen.getByTestId('report-apply'));
    await waitFor(() => expect(new URLSearchParams(history.location.search).get('to')).toBe('2026-11-30'));
    expect(server.requestsTo('GET', '/api/reports/period').at(-1)!.search.get('from')).toBe('2026-11-15');
  });

  it('is printable: the report container carries the class the print stylesheet keeps, buttons the one it hides', async () => {
    renderConsole({ server: office(), path: '/reports?from=2025-01-01&to=2025-12-31' });
    const container = await screen.findByTestId('reports-screen');
    expect(container.classList.contains('report-print')).toBe(true);
    expect((await screen.findByTestId('report-copy')).closest('.no-print')).not.toBeNull();
    expect(screen.getByTestId('report-export-xlsx').closest('.no-print')).not.toBeNull();
    const css = readFileSync(join(import.meta.dirname, '../styles.css'), 'utf8');
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toContain('.no-print');
    expect(print).toContain('.app-nav');
    expect(print).toContain('.report-print');
    expect(print).toMatch(/@page\s*\{[^}]*A4/);
  });

  it('says the report could not be loaded and asks again on request', async () => {
    const server = office();
    server.changes.failing.add('/api/reports/period');
    renderConsole({ server, path: '/reports?from=2025-01-01&to=2025-12-31' });
    const alert = await screen.findByText(
      'Không tải được báo cáo: Máy chủ gặp lỗi. Hãy thử lại hoặc báo cho quản trị viên.',
    );
    server.changes.failing.clear();
    fireEvent.click(within(alert.parentElement!).getByRole('button', { name: 'Thử lại' }));
    expect((await screen.findByTestId('report-paragraph')).textContent).toBe(YEAR_2025.paragraphVi);
  });

  it('downloads the report as XLSX', async () => {
    const saved: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const { server } = renderConsole({ server: office(), path: '/reports?from=2025-01-01&to=2025-12-31' });
    fireEvent.click(await screen.findByRole('button', { name: 'Tải XLSX' }));
    expect((await screen.findByTestId('download-saved')).textContent).toContain(
      'bao-cao-2025-01-01-2025-12-31.xlsx',
    );
    expect(saved).toEqual(['bao-cao-2025-01-01-2025-12-31.xlsx']);
    const asked = server.requestsTo('GET', '/api/reports/period/export')[0]!.search;
    expect([asked.get('from'), asked.get('to'), asked.get('format')]).toEqual([
      '2025-01-01',
      '2025-12-31',
      'xlsx',
    ]);
  });
});
