// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { makeProcedureFields, ToExtensionMessageSchema } from '@niemyet/core';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import hoaBinhCsv from '../../tests/fixtures/decisions/hoa-binh-2020.csv?raw';
import malformedCsv from '../../tests/fixtures/decisions/malformed.csv?raw';
import { LANGUAGE_STORAGE_KEY } from './i18n/language';
import { inProcessImportWorkers } from './import/in-process-import-worker';
import { largeDecisionList } from './testing/large-decision-list';
import { giveElementsABox, MemoryStorage, renderConsole, takeBoxesAway } from './testing/render-console';

/**
 * The whole console in a DOM, signed in to an in-memory team server as a drafter who also
 * supervises: the import goes to the server, the catalogue comes from it.
 */

afterEach(cleanup);
beforeAll(giveElementsABox);
afterAll(takeBoxesAway);

// 3,000 rows: large enough to be mid-import while the test moves around, small enough for happy-dom.
const LARGE_LIST = largeDecisionList(30, 100);

const FIXTURES: Record<string, string> = {
  'hoa-binh-2020.csv': hoaBinhCsv,
  'malformed.csv': malformedCsv,
  'lich-su-3000.csv': LARGE_LIST.csv,
};

async function chooseFile(name: string) {
  const input = (await screen.findByTestId('decision-import')) as HTMLInputElement;
  const file = new File([FIXTURES[name]!], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    fireEvent.change(input);
  });
}

describe('console', () => {
  it('starts in Vietnamese with an empty catalogue that points to the import', async () => {
    renderConsole();
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Niêm yết — Bảng điều khiển');
    expect((await screen.findByTestId('user-name')).textContent).toBe('lan');
    expect(screen.getByTestId('user-roles').textContent).toContain('Soạn thảo, Giám sát');
    const empty = await screen.findByTestId('catalogue-empty');
    expect(empty.textContent).toContain('Chưa có quyết định nào');
    fireEvent.click(within(empty).getByRole('link', { name: 'Nhập danh sách quyết định' }));
    expect(await screen.findByTestId('decision-import')).toBeTruthy();
  });

  it('switches to English and remembers it', async () => {
    const storage = new MemoryStorage();
    const first = renderConsole({ storage });
    fireEvent.click(await screen.findByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Niêm yết — Console');
    expect((await screen.findByTestId('catalogue-empty')).textContent).toContain('No decisions yet');
    expect(storage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    first.unmount();
    renderConsole({ path: '/import', storage });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Niêm yết — Console');
    expect((await screen.findByTestId('user-roles')).textContent).toContain('Drafter, Supervisor');
    expect(await screen.findByRole('heading', { name: 'Import a decision list' })).toBeTruthy();
  });

  it('refuses a malformed list in the browser and sends nothing to the server', async () => {
    const { server } = renderConsole({ path: '/import' });
    await chooseFile('malformed.csv');
    const errors = await screen.findByTestId('import-errors');
    expect(
      within(errors)
        .getAllByTestId('import-issue')
        .map((row) => row.dataset.row),
    ).toEqual(['3', '4', '6']);
    expect(server.requestsTo('POST', '/api/imports/decisions')).toHaveLength(0);
  });

  it('imports a list, shows the catalogue on a date, searches it and publishes it to the extension', async () => {
    const { server, bridge } = renderConsole({ path: '/import' });
    await chooseFile('hoa-binh-2020.csv');
    const summary = await screen.findByTestId('import-summary', {}, { timeout: 5_000 });
    expect(within(summary).getByTestId('import-items').textContent).toBe('820');
    expect(within(summary).getByRole('status').textContent).toContain('Máy chủ đã ghi 73 quyết định mới');
    // The year people check against their report (Hòa Bình 2020: 68 decisions, 775 procedures).
    const year2020 = within(summary).getByText('Năm ký 2020').closest('tr')!;
    expect([...year2020.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      '68',
      '775',
      '340',
      '237',
      '198',
    ]);
    expect(server.decisions.size).toBe(73);

    fireEvent.click(screen.getByRole('link', { name: 'Xem danh mục' }));
    const asOf = (await screen.findByTestId('catalogue-as-of')) as HTMLInputElement;
    fireEvent.change(asOf, { target: { value: '31-12-2020' } });
    fireEvent.keyDown(asOf, { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('catalogue-count').dataset.total).toBe('527'));
    expect(screen.getByTestId('catalogue-count').textContent).toBe('527 thủ tục đang có hiệu lực');
    // Virtual rows: a screenful is in the DOM, not all 527.
    const rendered = screen.getAllByTestId('catalogue-row').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);

    // Sorted by a header: Vietnamese collation, then reversed; aria-sort says which way.
    const nameHeader = screen.getByRole('button', { name: 'Tên thủ tục' });
    expect(nameHeader.closest('th')?.getAttribute('aria-sort')).toBeNull();
    expect(screen.getByTestId('sort-code').closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    const shownNames = () =>
      screen.getAllByTestId('catalogue-row').map((row) => row.querySelectorAll('td')[1]!.textContent ?? '');
    const collator = new Intl.Collator('vi');
    fireEvent.click(nameHeader);
    await waitFor(() => expect(nameHeader.closest('th')?.getAttribute('aria-sort')).toBe('ascending'));
    const ascending = shownNames();
    expect([...ascending].sort(collator.compare)).toEqual(ascending);
    expect(screen.getByTestId('sort-code').closest('th')?.getAttribute('aria-sort')).toBeNull();
    fireEvent.click(nameHeader);
    await waitFor(() => expect(nameHeader.closest('th')?.getAttribute('aria-sort')).toBe('descending'));
    const descending = shownNames();
    expect([...descending].sort(collator.compare).reverse()).toEqual(descending);

    fireEvent.change(screen.getByTestId('catalogue-search'), { target: { value: 'DANG KY KHAI SINH' } });
    await waitFor(() => expect(screen.getByTestId('catalogue-count').textContent).toContain('khớp'));
    for (const row of screen.getAllByTestId('catalogue-row'))
      expect(row.textContent?.toLowerCase()).toMatch(/đăng ký.*khai sinh/);

    fireEvent.click(screen.getByTestId('publish-catalogue'));
    const hash = await screen.findByTestId('published-hash', {}, { timeout: 5_000 });
    expect(hash.textContent).toMatch(/^[0-9a-f]{64}$/);
    expect(server.publications[0]?.publication).toMatchObject({ asOf: '2020-12-31', publishedBy: 'lan' });
    await waitFor(() => expect(bridge.posted).toHaveLength(1));
    const announced = ToExtensionMessageSchema.parse(bridge.posted[0]);
    expect(announced.type === 'catalogue' && announced.requestId).toBeNull();
    expect(announced.type === 'catalogue' && announced.snapshot.hash).toBe(hash.textContent);
  }, 20_000);

  it('shows the progress of an import and cancels it, sending nothing; then imports to the end', async () => {
    // The worker holds back its messages after the first few: the screen stays mid-import.
    const workers = inProcessImportWorkers({ pauseAfter: 4 });
    const { server } = renderConsole({ path: '/import', workers });
    await chooseFile('hoa-binh-2020.csv');
    const phase = await screen.findByTestId('import-phase');
    await waitFor(() => expect(phase.dataset.phase).toBe('checking'));
    expect(phase.textContent).toMatch(/^Đang kiểm tra dòng \d+\/820$/);
    const bar = screen.getByTestId('import-progress') as HTMLProgressElement;
    expect(bar.getAttribute('max')).toBe('820');
    expect((screen.getByTestId('decision-import') as HTMLInputElement).disabled).toBe(true);

    fireEvent.click(screen.getByTestId('import-cancel'));
    expect((await screen.findByTestId('import-cancelled')).textContent).toBe(
      'Đã hủy nhập «hoa-binh-2020.csv»: không ghi gì vào dữ liệu.',
    );
    expect(screen.queryByTestId('import-progress')).toBeNull();
    expect(workers.terminated).toBe(1);
    workers.resume();
    expect(server.requestsTo('POST', '/api/imports/decisions')).toHaveLength(0);

    await chooseFile('hoa-binh-2020.csv');
    const summary = await screen.findByTestId('import-summary', {}, { timeout: 5_000 });
    expect(within(summary).getByTestId('import-items').textContent).toBe('820');
    expect(server.decisions.size).toBe(73);
  });

  it('tells the progress in English when the console is in English', async () => {
    const storage = new MemoryStorage();
    storage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    renderConsole({ path: '/import', storage, workers: inProcessImportWorkers({ pauseAfter: 4 }) });
    await chooseFile('hoa-binh-2020.csv');
    const phase = await screen.findByTestId('import-phase');
    await waitFor(() => expect(phase.textContent).toMatch(/^Checking row \d+\/820$/));
    expect(screen.getByTestId('import-cancel').textContent).toBe('Cancel');
  });

  it('keeps an import running on the catalogue, with its progress there, and cancels it from there', async () => {
    const workers = inProcessImportWorkers({ pauseAfter: 4 });
    const { server } = renderConsole({ path: '/import', workers });
    await chooseFile('lich-su-3000.csv');
    await waitFor(() => expect(screen.getByTestId('import-phase').dataset.phase).toBe('checking'));
    // On the import screen the screen itself shows the import: no second line.
    expect(screen.queryByTestId('import-progress-global')).toBeNull();

    fireEvent.click(screen.getByRole('link', { name: 'Danh mục' }));
    const line = await screen.findByTestId('import-progress-global');
    expect(line.dataset.phase).toBe('checking');
    expect(within(line).getByText(/^Đang nhập «lich-su-3000\.csv»: [\d.]+\/3\.000$/)).toBeTruthy();
    expect(await screen.findByTestId('catalogue-empty')).toBeTruthy();
    expect(workers.terminated).toBe(0);

    // Back on the import screen, the same import is still under way and no second one can start.
    fireEvent.click(within(line).getByRole('link', { name: 'Mở trang nhập' }));
    expect((await screen.findByTestId('import-phase')).dataset.phase).toBe('checking');
    expect((screen.getByTestId('decision-import') as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByTestId('import-progress-global')).toBeNull();

    fireEvent.click(screen.getByRole('link', { name: 'Công bố' }));
    fireEvent.click(
      within(await screen.findByTestId('import-progress-global')).getByRole('button', { name: 'Hủy' }),
    );
    const notice = await screen.findByTestId('import-outcome-global');
    expect(notice.dataset.outcome).toBe('cancelled');
    expect(within(notice).getByRole('status').textContent).toBe(
      'Đã hủy nhập «lich-su-3000.csv»: không ghi gì vào dữ liệu.',
    );
    expect(screen.queryByTestId('import-progress-global')).toBeNull();
    expect(workers.terminated).toBe(1);
    workers.resume();
    expect(server.requestsTo('POST', '/api/imports/decisions')).toHaveLength(0);

    fireEvent.click(within(notice).getByRole('button', { name: 'Đóng thông báo nhập' }));
    expect(screen.queryByTestId('import-outcome-global')).toBeNull();
  });

  it('finishes an import while the catalogue is shown, fills it, and tells so until the import screen is opened', async () => {
    const workers = inProcessImportWorkers({ pauseAfter: 4 });
    const { server } = renderConsole({ path: '/import', workers });
    await chooseFile('lich-su-3000.csv');
    await waitFor(() => expect(screen.getByTestId('import-phase').dataset.phase).toBe('checking'));
    fireEvent.click(screen.getByRole('link', { name: 'Danh mục' }));
    expect(await screen.findByTestId('import-progress-global')).toBeTruthy();
    expect(await screen.findByTestId('catalogue-empty')).toBeTruthy();

    workers.resume();
    const notice = await screen.findByTestId('import-outcome-global', {}, { timeout: 15_000 });
    expect(notice.dataset.outcome).toBe('imported');
    expect(within(notice).getByRole('status').textContent).toBe('Đã nhập «lich-su-3000.csv»: 30 quyết định.');
    expect(screen.queryByTestId('import-progress-global')).toBeNull();
    expect(server.decisions.size).toBe(LARGE_LIST.decisions);
    // The catalogue asks the server again after the import: it fills without leaving the screen.
    await waitFor(() =>
      expect(Number(screen.getByTestId('catalogue-count').dataset.total)).toBeGreaterThan(0),
    );

    // The import screen shows the outcome in full; after that, no screen announces it again.
    fireEvent.click(within(notice).getByRole('link', { name: 'Xem chi tiết' }));
    const summary = await screen.findByTestId('import-summary');
    expect(within(summary).getByTestId('import-items').textContent).toBe('3.000');
    fireEvent.click(screen.getByRole('link', { name: 'Danh mục' }));
    expect(await screen.findByTestId('catalogue-count')).toBeTruthy();
    expect(screen.queryByTestId('import-outcome-global')).toBeNull();
  });

  it('shows the import elsewhere in English when the console is in English', async () => {
    const storage = new MemoryStorage();
    storage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    renderConsole({ path: '/import', storage, workers: inProcessImportWorkers({ pauseAfter: 4 }) });
    await chooseFile('lich-su-3000.csv');
    await waitFor(() => expect(screen.getByTestId('import-phase').dataset.phase).toBe('checking'));
    fireEvent.click(screen.getByRole('link', { name: 'Catalogue' }));
    const line = await screen.findByTestId('import-progress-global');
    expect(within(line).getByText(/^Importing “lich-su-3000\.csv”: [\d.]+\/3\.000$/)).toBeTruthy();
    expect(within(line).getByRole('link', { name: 'Open the import' })).toBeTruthy();
    fireEvent.click(within(line).getByRole('button', { name: 'Cancel' }));
    expect((await screen.findByTestId('import-outcome-global')).textContent).toContain(
      'Import of “lich-su-3000.csv” cancelled: nothing was written.',
    );
  });

  it('keeps a date being typed while the catalogue loads, and applies it after', async () => {
    const { server, history } = renderConsole({ path: '/?asOf=2020-12-31' });
    server.baseline.push({
      ...makeProcedureFields({
        code: '1.000001',
        name: 'Đăng ký khai sinh',
        levels: ['commune'],
        field: 'Hộ tịch',
      }),
      procedureId: '1.000001',
      effectiveFrom: null,
      effectiveTo: null,
      decisionId: null,
    });
    await screen.findByTestId('catalogue-count');
    server.hold();
    const asOf = screen.getByTestId('catalogue-as-of') as HTMLInputElement;
    fireEvent.change(asOf, { target: { value: '01/01/2021' } });
    fireEvent.keyDown(asOf, { key: 'Enter' });
    await screen.findByText('Đang tải…');
    // The answer for 01/01/2021 is still on its way when the user types the next date.
    fireEvent.change(screen.getByTestId('catalogue-as-of'), { target: { value: '02/01/2021' } });
    server.release();
    await screen.findByTestId('catalogue-count');
    expect((screen.getByTestId('catalogue-as-of') as HTMLInputElement).value).toBe('02/01/2021');
    fireEvent.keyDown(screen.getByTestId('catalogue-as-of'), { key: 'Enter' });
    await waitFor(() => expect(history.location.search).toContain('asOf=2021-01-02'));
  });

  it('rejects a date that is not one and keeps the catalogue shown', async () => {
    const { server } = renderConsole({ path: '/?asOf=2020-12-31' });
    server.baseline.push({
      ...makeProcedureFields({
        code: '1.000001',
        name: 'Đăng ký khai sinh',
        levels: ['commune'],
        field: 'Hộ tịch',
      }),
      procedureId: '1.000001',
      effectiveFrom: null,
      effectiveTo: null,
      decisionId: null,
    });
    await screen.findByTestId('catalogue-count');
    const asOf = screen.getByTestId('catalogue-as-of') as HTMLInputElement;
    expect(asOf.value).toBe('31/12/2020');
    fireEvent.change(asOf, { target: { value: '31/02/2020' } });
    fireEvent.blur(asOf);
    expect((await screen.findByRole('alert')).textContent).toContain(
      '«31/02/2020» không phải là ngày hợp lệ',
    );
    expect(screen.getByTestId('catalogue-count').dataset.total).toBe('1');
  });
});
