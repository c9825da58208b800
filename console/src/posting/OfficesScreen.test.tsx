// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderConsole } from '../testing/render-console';
import { BUILDING, CENTRE, COMMUNE, postingOffice } from './posting-test-office';

/** `#/posting` over an in-memory server: `lan` (drafter + supervisor) manages offices, `hung` (reviewer) reads. */

afterEach(cleanup);

const rows = () => screen.getAllByTestId('office-row');
const row = (id: string) => rows().find((r) => r.dataset.id === id)!;

async function openOffices(server = postingOffice(), path = '/posting') {
  const view = renderConsole({ server, path });
  await screen.findByTestId('offices-screen');
  await screen.findAllByTestId('office-row');
  return view;
}

describe('the offices', () => {
  it('lists the offices in the server’s order, overdue first, with pending counts and deadline state', async () => {
    await openOffices();
    expect(rows().map((r) => r.dataset.id)).toEqual([CENTRE, BUILDING, COMMUNE]);
    const centre = row(CENTRE);
    expect(centre.textContent).toContain('Trung tâm Phục vụ hành chính công tỉnh');
    expect(centre.textContent).toContain('Tỉnh Đồng Nai');
    expect(centre.textContent).toContain('01/11/2026');
    expect(within(centre).getByTestId('count-take-down').textContent).toBe('1');
    expect(within(centre).getByTestId('count-replace').textContent).toBe('1');
    expect(within(centre).getByTestId('count-add').textContent).toBe('0');
    // In effect Wednesday 25/11: due five working days later (02/12); on Sunday 06/12, seven
    // working days open, two past the deadline.
    expect(centre.querySelector('[data-state]')!.textContent).toBe('Quá hạn 2 ngày làm việc');
    const building = row(BUILDING);
    expect(building.querySelector('[data-state]')!.textContent).toBe('Đã cập nhật');
    expect(building.lastElementChild!.textContent).toBe('1');
    const commune = row(COMMUNE);
    expect(commune.textContent).toContain('Chưa niêm yết');
    expect(within(commune).getByTestId('count-add').textContent).toBe('2');
    expect(
      within(centre)
        .getByRole('link', { name: 'Trung tâm Phục vụ hành chính công tỉnh' })
        .getAttribute('href'),
    ).toBe(`/posting/${CENTRE}`);
  });

  it('filters to the offices with pending changes, or overdue only, and keeps the filters in the address', async () => {
    const { history } = await openOffices();
    fireEvent.click(screen.getByTestId('filter-pending'));
    await waitFor(() => expect(rows().map((r) => r.dataset.id)).toEqual([CENTRE, COMMUNE]));
    expect(new URLSearchParams(history.location.search).get('pending')).toBe('1');
    expect(screen.getByTestId('offices-count').textContent).toBe('2/3 nơi niêm yết');
    fireEvent.click(screen.getByTestId('filter-overdue'));
    await waitFor(() => expect(rows().map((r) => r.dataset.id)).toEqual([CENTRE]));
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ lọc' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(history.location.search).toBe('');
  });

  it('opens with the filters of a shared link', async () => {
    await openOffices(postingOffice(), '/posting?overdue=1');
    expect(rows().map((r) => r.dataset.id)).toEqual([CENTRE]);
    expect((screen.getByTestId('filter-overdue') as HTMLInputElement).checked).toBe(true);
  });

  it('adds an office: the form’s own checks, then a field the server refuses said under it, then saved', async () => {
    const { server } = await openOffices();
    fireEvent.click(screen.getByTestId('add-office'));
    const dialog = await screen.findByTestId('add-office-dialog');
    fireEvent.click(within(dialog).getByTestId('office-save'));
    expect(await within(dialog).findByText('Hãy nhập tên nơi niêm yết.')).toBeTruthy();
    expect(within(dialog).getByText('Hãy chọn ít nhất một cơ quan hoặc một cấp thực hiện.')).toBeTruthy();
    expect(server.requestsTo('POST', '/api/offices')).toHaveLength(0);

    fireEvent.change(within(dialog).getByTestId('office-name'), {
      target: { value: 'Bộ phận Một cửa Sở Tư pháp' },
    });
    fireEvent.change(within(dialog).getByTestId('office-area'), { target: { value: 'Tỉnh Đồng Nai' } });
    // The agencies of the catalogue in force are offered as written there.
    await waitFor(() =>
      expect([...dialog.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'))).toContain(
        'Sở Tư pháp',
      ),
    );
    fireEvent.change(within(dialog).getByTestId('office-agencies-input'), {
      target: { value: 'Sở Tư pháp' },
    });
    fireEvent.click(within(dialog).getByTestId('office-agencies-add'));
    // The same agency typed without diacritics is the same agency: added once.
    fireEvent.change(within(dialog).getByTestId('office-agencies-input'), {
      target: { value: 'so tu phap' },
    });
    fireEvent.keyDown(within(dialog).getByTestId('office-agencies-input'), { key: 'Enter' });
    expect(
      within(dialog)
        .getAllByTestId('office-agencies-value')
        .map((v) => v.firstChild!.textContent),
    ).toEqual(['Sở Tư pháp']);
    fireEvent.click(within(dialog).getByTestId('office-level-province'));

    server.posting.refuseNext = { field: 'area', issue: 'Too long' };
    fireEvent.click(within(dialog).getByTestId('office-save'));
    expect(await within(dialog).findByText('Máy chủ không nhận giá trị này: Too long')).toBeTruthy();
    expect(within(dialog).getByTestId('office-area').getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(within(dialog).getByTestId('office-save'));
    await waitFor(() => expect(screen.queryByTestId('add-office-dialog')).toBeNull());
    expect(JSON.parse(server.requestsTo('POST', '/api/offices').at(-1)!.body)).toEqual({
      name: 'Bộ phận Một cửa Sở Tư pháp',
      area: 'Tỉnh Đồng Nai',
      address: null,
      scope: { agencies: ['Sở Tư pháp'], levels: ['province'], fields: [] },
    });
    await waitFor(() => expect(rows()).toHaveLength(4));
    // Posted nothing yet: everything in force for the Justice Department is to add.
    const added = rows().find((r) => r.textContent?.includes('Bộ phận Một cửa Sở Tư pháp'))!;
    expect(within(added).getByTestId('count-add').textContent).toBe('2');
  });

  it('shows a reviewer the offices without the add button', async () => {
    await openOffices(postingOffice('hung'));
    expect(screen.queryByTestId('add-office')).toBeNull();
    expect(rows()).toHaveLength(3);
  });

  it('puts «Niêm yết» in the navigation with the number of overdue offices', async () => {
    await openOffices();
    const link = await screen.findByTestId('nav-posting');
    expect(link.getAttribute('href')).toBe('/posting');
    expect((await within(link).findByTestId('posting-overdue-badge')).textContent).toBe('1');
    expect(link.textContent).toContain('1 nơi quá hạn niêm yết lại');
  });

  it('speaks English in the toggle, with Vietnamese notation for dates and counts', async () => {
    await openOffices();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Posting at the counter' })).toBeTruthy();
    expect(row(CENTRE).querySelector('[data-state]')!.textContent).toBe('Overdue by 2 working days');
    expect(row(BUILDING).querySelector('[data-state]')!.textContent).toBe('Up to date');
    expect(row(CENTRE).textContent).toContain('01/11/2026');
    expect(screen.getByLabelText('Only overdue offices')).toBeTruthy();
  });

  it('tells a manager how to start when there is no office', async () => {
    const server = postingOffice();
    server.posting.offices.clear();
    renderConsole({ server, path: '/posting' });
    expect((await screen.findByTestId('offices-empty')).textContent).toContain('Thêm nơi niêm yết');
  });
});
