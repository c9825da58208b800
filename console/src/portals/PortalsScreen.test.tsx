// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeFinding } from '../testing/fake-portal-routes';
import { giveElementsABox, renderConsole, takeBoxesAway } from '../testing/render-console';
import { NATIONAL, PROVINCIAL, portalOffice } from './portal-test-office';

/** The findings inbox over an in-memory server, signed in as `lan` (drafter, supervisor). */

beforeAll(giveElementsABox);
afterAll(takeBoxesAway);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const shownIds = () => screen.queryAllByTestId('finding-row').map((row) => row.getAttribute('data-id'));

async function openInbox(path = '/portals', server = portalOffice()) {
  const view = renderConsole({ server, path });
  await screen.findByTestId('portals-screen');
  return view;
}

describe('findings inbox', () => {
  it('lists the findings newest first with Vietnamese labels, dates and a link to the procedure', async () => {
    await openInbox();
    await waitFor(() => expect(shownIds()).toEqual(['f-1', 'f-2', 'f-4', 'f-3']));
    expect(screen.getByTestId('findings-count').textContent).toBe('4 sai lệch');
    const first = screen.getAllByTestId('finding-row')[0]!;
    expect(first.textContent).toContain('dichvucong.gov.vn');
    expect(first.textContent).toContain('Đã thay đổi');
    expect(first.textContent).toContain('Đang mở');
    // 20/11/2026 19:00 UTC is 21/11/2026 02:00 in Vietnam.
    expect(first.textContent).toContain('21/11/2026 02:00');
    expect(within(first).getByTestId('finding-code-link').getAttribute('href')).toBe('/procedures/1.004227');
    // A procedure not in the catalogue has no page to link to.
    const unknown = screen.getAllByTestId('finding-row')[3]!;
    expect(unknown.textContent).toContain('Không có trong danh mục');
    expect(within(unknown).queryByTestId('finding-code-link')).toBeNull();
    expect(screen.getAllByTestId('finding-row')[2]!.textContent).toContain('Lần chạy lỗi');
  });

  it('puts the filters in the address and asks the server for what they select', async () => {
    const { history, server } = await openInbox();
    await waitFor(() => expect(shownIds()).toHaveLength(4));
    fireEvent.change(screen.getByTestId('findings-kind'), { target: { value: 'changed' } });
    fireEvent.change(screen.getByTestId('findings-state'), { target: { value: 'open' } });
    fireEvent.change(screen.getByTestId('findings-older-than'), { target: { value: '7' } });
    fireEvent.click(screen.getByTestId('findings-apply'));
    await waitFor(() => expect(shownIds()).toEqual(['f-1']));
    const search = new URLSearchParams(history.location.search);
    expect(search.get('kind')).toBe('changed');
    expect(search.get('state')).toBe('open');
    expect(search.get('olderThan')).toBe('7');
    // The list's last request (not the navigation's count of my findings, `limit=1`).
    const asked = server
      .requestsTo('GET', '/api/findings')
      .filter((r) => r.search.get('limit') !== '1')
      .at(-1)!.search;
    expect(asked.get('kind')).toBe('changed');
    expect(asked.get('olderThan')).toBe('7');

    fireEvent.click(screen.getByTestId('findings-clear'));
    await waitFor(() => expect(shownIds()).toHaveLength(4));
    expect(history.location.search).toBe('');
  });

  it('opens a shared link with its filters applied: my findings, a portal, a text search', async () => {
    const { server } = await openInbox('/portals?assignee=me');
    await waitFor(() => expect(shownIds()).toEqual(['f-2']));
    expect((screen.getByTestId('findings-assignee') as HTMLSelectElement).value).toBe('me');
    cleanup();
    await openInbox(`/portals?portal=${encodeURIComponent(PROVINCIAL)}&q=l%E1%BA%A1`, server);
    await waitFor(() => expect(shownIds()).toEqual(['f-3']));
    cleanup();
    await openInbox('/portals?assignee=none&kind=missing', server);
    await waitFor(() =>
      expect(screen.getByTestId('findings-count').textContent).toBe(
        'Không có sai lệch nào khớp bộ lọc. Hãy nới bộ lọc hoặc bấm «Bỏ lọc».',
      ),
    );
  });

  it('refuses an age that is not a whole number of days without asking the server', async () => {
    const { server } = await openInbox();
    await waitFor(() => expect(shownIds()).toHaveLength(4));
    // The list's requests (not the navigation's count of my findings, `limit=1`, which comes after the first rows).
    const listRequests = () =>
      server.requestsTo('GET', '/api/findings').filter((r) => r.search.get('limit') !== '1').length;
    const asked = listRequests();
    fireEvent.change(screen.getByTestId('findings-older-than'), { target: { value: 'bảy' } });
    fireEvent.click(screen.getByTestId('findings-apply'));
    expect((await screen.findByTestId('findings-filter-problem')).textContent).toContain('số nguyên');
    expect(listRequests()).toBe(asked);
  });

  it('pages through the API and keeps a long inbox virtual', async () => {
    const server = portalOffice();
    server.portals.findings = Array.from({ length: 2500 }, (_, i) =>
      fakeFinding({
        id: `n-${i}`,
        name: `Thủ tục ${i}`,
        kind: 'missing',
        lastSeenAt: new Date(Date.UTC(2026, 11, 5) - i * 60_000).toISOString(),
      }),
    );
    await openInbox('/portals', server);
    await waitFor(() => expect(screen.getByTestId('findings-count').textContent).toBe('2.500 sai lệch'));
    // The navigation's count asks for one row; the list asks a first screenful, then pages of 1,000.
    const pages = server.requestsTo('GET', '/api/findings').filter((r) => r.search.get('limit') !== '1');
    expect(pages.map((r) => [r.search.get('offset'), r.search.get('limit')])).toEqual([
      ['0', '100'],
      ['100', '1000'],
      ['1100', '1000'],
      ['2100', '1000'],
    ]);
    // The digest and the trend are asked once the first rows are in, and before the rest of the list.
    const order = (request: (typeof server.requests)[number]) => server.requests.indexOf(request);
    for (const side of ['/api/findings/digest', '/api/findings/trend']) {
      const asked = order(server.requestsTo('GET', side)[0]!);
      expect(asked).toBeGreaterThan(order(pages[0]!));
      expect(asked).toBeLessThan(order(pages[1]!));
    }
    // Only a screenful is in the DOM.
    expect(shownIds().length).toBeGreaterThan(10);
    expect(shownIds().length).toBeLessThan(100);
    expect(screen.getByTestId('finding-table').getAttribute('aria-rowcount')).toBe('2501');
  });

  it('asks the digest and the trend only once the first rows are in', async () => {
    const server = portalOffice();
    // The first page is held back (as a busy database would) until the test lets it through.
    let letFirstPageThrough: () => void = () => {};
    const firstPageHeld = new Promise<void>((resolve) => {
      letFirstPageThrough = resolve;
    });
    let firstPageAsked = false;
    const serve = server.fetch;
    Object.defineProperty(server, 'fetch', {
      value: async (input: string | URL | Request, init?: RequestInit) => {
        const url = new URL(String(input instanceof Request ? input.url : input), 'http://console.test');
        if (url.pathname === '/api/findings' && url.searchParams.get('limit') === '100') {
          firstPageAsked = true;
          await firstPageHeld;
        }
        return serve(input, init);
      },
    });
    await openInbox('/portals', server);
    await waitFor(() => expect(firstPageAsked).toBe(true));
    expect(screen.getByTestId('findings-count').textContent).toBe('Đang tải…');
    // The console opened on the inbox: the digest, the trend, the filters' people list and the
    // navigation's count wait for the first rows to be painted.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.requestsTo('GET', '/api/findings/digest')).toEqual([]);
    expect(server.requestsTo('GET', '/api/findings/trend')).toEqual([]);
    expect(server.requestsTo('GET', '/api/people')).toEqual([]);
    expect(server.requestsTo('GET', '/api/findings').filter((r) => r.search.get('limit') === '1')).toEqual(
      [],
    );

    letFirstPageThrough();
    await waitFor(() => expect(shownIds()).toHaveLength(4));
    await waitFor(() => expect(server.requestsTo('GET', '/api/findings/digest')).toHaveLength(1));
    expect(server.requestsTo('GET', '/api/findings/trend')).toHaveLength(1);
    expect(server.requestsTo('GET', '/api/people')).toHaveLength(1);
    expect(await screen.findByTestId('finding-digest')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('portals-mine-badge').textContent).toBe('1'));
  });

  it('opens a finding with its sightings: who, when, the page, the evidence and the field diff', async () => {
    const { history } = await openInbox();
    await waitFor(() => expect(shownIds()).toHaveLength(4));
    fireEvent.click(screen.getAllByTestId('finding-open')[0]!);
    const dialog = await screen.findByTestId('finding-dialog');
    expect(new URLSearchParams(history.location.search).get('finding')).toBe('f-1');
    await waitFor(() => expect(within(dialog).getAllByTestId('sighting')).toHaveLength(2));
    const [officer, watch] = within(dialog).getAllByTestId('sighting');
    expect(officer!.textContent).toContain('Tiện ích của hung');
    expect(officer!.textContent).toContain('06/12/2026 03:30');
    expect(within(officer!).getByRole('link').getAttribute('href')).toContain('ma=1.004227');
    expect(within(officer!).getByTestId('sighting-evidence').textContent).toBe(
      'Thời hạn giải quyết: 30 ngày',
    );
    const diff = within(officer!).getByTestId('sighting-diff');
    expect(diff.getAttribute('data-field')).toBe('processingTime');
    expect(diff.querySelector('del')?.textContent).toBe('20');
    expect(diff.querySelector('ins')?.textContent).toBe('30');
    await waitFor(() => expect(watch!.textContent).toContain('Theo dõi «Cổng quốc gia»'));

    fireEvent.click(within(dialog).getByTestId('finding-close'));
    await waitFor(() => expect(screen.queryByTestId('finding-dialog')).toBeNull());
    expect(new URLSearchParams(history.location.search).get('finding')).toBeNull();
  });

  it('needs a reason to dismiss a finding, then sends it and shows the new state', async () => {
    const { server } = await openInbox('/portals?finding=f-1');
    const dialog = await screen.findByTestId('finding-dialog');
    fireEvent.click(await within(dialog).findByTestId('finding-dismiss'));
    const reason = within(dialog).getByTestId('finding-dismiss-reason');
    await waitFor(() => expect(document.activeElement).toBe(reason));
    fireEvent.click(within(dialog).getByTestId('finding-dismiss-confirm'));
    expect(await within(dialog).findByText('Hãy ghi lý do bỏ qua sai lệch.')).toBeTruthy();
    expect(server.requestsTo('PATCH', '/api/findings/f-1')).toHaveLength(0);

    fireEvent.change(reason, { target: { value: 'Cổng đã cập nhật theo quyết định mới' } });
    fireEvent.click(within(dialog).getByTestId('finding-dismiss-confirm'));
    await waitFor(() =>
      expect(within(dialog).getByTestId('finding-state').textContent).toContain('Đã bỏ qua'),
    );
    expect(JSON.parse(server.requestsTo('PATCH', '/api/findings/f-1')[0]!.body)).toEqual({
      state: 'dismissed',
      reason: 'Cổng đã cập nhật theo quyết định mới',
    });
    expect(within(dialog).getByTestId('finding-reason').textContent).toBe(
      'Cổng đã cập nhật theo quyết định mới',
    );
    // The inbox reloads with the finding's new state; a dismissed finding can be re-opened.
    await waitFor(() => expect(screen.getAllByTestId('finding-row')[0]!.textContent).toContain('Đã bỏ qua'));
    fireEvent.click(within(dialog).getByTestId('finding-reopen'));
    await waitFor(() => expect(within(dialog).getByTestId('finding-state').textContent).toContain('Đang mở'));
  });

  it('marks a finding reported to the portal’s owner', async () => {
    const server = portalOffice();
    await openInbox('/portals?finding=f-1', server);
    const dialog = await screen.findByTestId('finding-dialog');
    fireEvent.click(await within(dialog).findByTestId('finding-mark-reported'));
    await waitFor(() =>
      expect(within(dialog).getByTestId('finding-state').textContent).toContain('Đã báo chủ cổng'),
    );
    expect(JSON.parse(server.requestsTo('PATCH', '/api/findings/f-1')[0]!.body)).toEqual({
      state: 'reported',
    });
  });

  it('assigns a finding to a person from the people list', async () => {
    const { server } = await openInbox('/portals?finding=f-3');
    const dialog = await screen.findByTestId('finding-dialog');
    const select = (await within(dialog).findByTestId('finding-assign-select')) as HTMLSelectElement;
    await waitFor(() => expect([...select.options].map((o) => o.value)).toContain('hung'));
    fireEvent.change(select, { target: { value: 'hung' } });
    fireEvent.click(within(dialog).getByTestId('finding-assign'));
    await waitFor(() => expect(within(dialog).getByTestId('finding-assignee').textContent).toBe('hung'));
    expect(JSON.parse(server.requestsTo('PATCH', '/api/findings/f-3')[0]!.body)).toEqual({
      assignee: 'hung',
    });
    await waitFor(() =>
      expect(
        screen.getAllByTestId('finding-row').find((row) => row.dataset.id === 'f-3')!.textContent,
      ).toContain('hung'),
    );
  });

  it('exports the filtered inbox as CSV with its progress, and cancels an export', async () => {
    const server = portalOffice();
    const { history } = await openInbox('/portals?state=open', server);
    await waitFor(() => expect(shownIds()).toHaveLength(3));
    const saved: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:fake');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    server.portals.holdExports();
    fireEvent.click(screen.getByTestId('findings-export-csv'));
    await waitFor(() =>
      expect(screen.getByTestId('download-progress-line').textContent).toBe('Đã nhận 1 / 3 dòng'),
    );
    const asked = server.requestsTo('GET', '/api/findings/export').at(-1)!.search;
    expect(asked.get('format')).toBe('csv');
    expect(asked.get('state')).toBe('open');
    expect((screen.getByTestId('findings-export-xlsx') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('download-cancel'));
    await screen.findByTestId('download-cancelled');
    await waitFor(() => expect(server.portals.cancelledExports).toBe(1));
    expect(saved).toEqual([]);

    server.portals.releaseExports();
    fireEvent.click(screen.getByTestId('findings-export-csv'));
    expect((await screen.findByTestId('download-saved')).textContent).toContain('sai-lech.csv');
    expect(saved).toEqual(['sai-lech.csv']);
    expect(history.location.search).toContain('state=open');
  });

  it('shows the day’s digest per assignee, and a digest entry opens its finding', async () => {
    const server = portalOffice();
    // f-1 re-opened today by the server (fixed, then seen again).
    Object.assign(server.portals.findings[0]!, { reopened: 1, stateChangedAt: '2026-12-06T01:00:00.000Z' });
    const { history } = await openInbox('/portals', server);
    const digest = await screen.findByTestId('finding-digest');
    expect(digest.textContent).toContain('Tóm tắt ngày 06/12/2026');
    const groups = within(digest).getAllByTestId('digest-group');
    const hung = groups.find((g) => g.dataset.assignee === 'hung')!;
    expect(hung.textContent).toContain('1 mới, 0 mở lại');
    expect(hung.textContent).toContain('Lần chạy lỗi');
    const unassigned = groups.find((g) => g.dataset.assignee === '')!;
    expect(unassigned.textContent).toContain('(chưa giao): 0 mới, 1 mở lại');
    fireEvent.click(within(unassigned).getByRole('button', { name: '1.004227' }));
    await screen.findByTestId('finding-dialog');
    expect(new URLSearchParams(history.location.search).get('finding')).toBe('f-1');
  });

  it('counts every finding of a busy day but lists only the first few of each', async () => {
    const server = portalOffice();
    const model = server.portals.findings[0]!;
    for (let i = 0; i < 25; i++)
      server.portals.findings.push({
        ...model,
        id: `busy-${i}`,
        key: `busy-${i}`,
        code: `9.${String(i).padStart(6, '0')}`,
        assignee: 'lan',
        reopened: 0,
        firstSeenAt: '2026-12-06T02:00:00.000Z',
      });
    await openInbox('/portals', server);
    const digest = await screen.findByTestId('finding-digest');
    const lan = within(digest)
      .getAllByTestId('digest-group')
      .find((g) => g.dataset.assignee === 'lan')!;
    expect(lan.textContent).toContain('25 mới, 0 mở lại');
    expect(within(lan).getAllByRole('button')).toHaveLength(20);
    expect(within(lan).getByTestId('digest-more').textContent).toBe(
      ' và 5 sai lệch khác (xem trong danh sách bên dưới)',
    );
  });

  it('draws the trend per portal with its table of open findings per week', async () => {
    const server = portalOffice();
    server.portals.trend = {
      weeks: ['2026-11-22', '2026-11-29', '2026-12-06'],
      portals: [
        { portal: NATIONAL, open: [1, 1853, 2] },
        { portal: PROVINCIAL, open: [0, 1, 1] },
      ],
    };
    await openInbox('/portals', server);
    const table = await screen.findByTestId('finding-trend-table');
    const rows = within(table).getAllByRole('row');
    expect(rows[0]!.textContent).toBe('Tuần kết thúcdichvucong.gov.vndichvucong.hanoi.gov.vn');
    expect(rows[2]!.textContent).toBe('29/11/20261.8531');
    expect(server.requestsTo('GET', '/api/findings/trend').at(-1)!.search.get('weeks')).toBe('12');
    fireEvent.change(screen.getByTestId('trend-portal'), { target: { value: PROVINCIAL } });
    await waitFor(() =>
      expect(server.requestsTo('GET', '/api/findings/trend').at(-1)!.search.get('portal')).toBe(PROVINCIAL),
    );
  });

  it('shows the navigation link with the count of open findings assigned to me', async () => {
    await openInbox();
    const link = await screen.findByTestId('nav-portals');
    expect(link.getAttribute('href')).toBe('/portals');
    await waitFor(() => expect(screen.getByTestId('portals-mine-badge').textContent).toBe('1'));
    expect(link.textContent).toContain('Cổng dịch vụ công');
    expect(link.textContent).toContain('1 sai lệch đang mở được giao cho bạn');
  });

  it('shows an admin (no findings.triage) the finding read only', async () => {
    await openInbox('/portals?finding=f-1', portalOffice('quantri'));
    const dialog = await screen.findByTestId('finding-dialog');
    expect(await within(dialog).findByTestId('finding-read-only')).toBeTruthy();
    expect(within(dialog).queryByTestId('finding-dismiss')).toBeNull();
    expect(within(dialog).queryByTestId('finding-assign')).toBeNull();
  });

  it('speaks English on the toggle, numbers and dates kept the Vietnamese way', async () => {
    await openInbox();
    await waitFor(() => expect(shownIds()).toHaveLength(4));
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(screen.getByTestId('findings-count').textContent).toBe('4 findings'));
    const first = screen.getAllByTestId('finding-row')[0]!;
    expect(first.textContent).toContain('Changed');
    expect(first.textContent).toContain('21/11/2026 02:00');
    expect((await screen.findByTestId('finding-digest')).textContent).toContain('Digest of 06/12/2026');
  });

  it('keeps a watch’s filter (from the watches page) while other filters change', async () => {
    const { history } = await openInbox('/portals?watch=w-quocgia&state=open');
    await waitFor(() => expect(shownIds()).toEqual(['f-1', 'f-2']));
    expect(screen.getByTestId('findings-watch-filter').textContent).toContain('w-quocgia');
    fireEvent.change(screen.getByTestId('findings-kind'), { target: { value: 'changed' } });
    fireEvent.click(screen.getByTestId('findings-apply'));
    await waitFor(() => expect(shownIds()).toEqual(['f-1']));
    expect(new URLSearchParams(history.location.search).get('watch')).toBe('w-quocgia');
  });
});
