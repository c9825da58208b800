// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeServer } from '../testing/fake-server';
import { ACCOUNTS, renderConsole } from '../testing/render-console';

/** The users screen (admins) and the activity log (admins, supervisors), against the in-memory server. */

afterEach(cleanup);

function asAdmin(path: string) {
  const server = new FakeServer({ accounts: ACCOUNTS, signedInAs: 'quantri' });
  server.accounts.get('lan')!.lastSignInAt = '2026-12-05T01:30:00.000Z';
  return { ...renderConsole({ path, server }), server };
}

const row = (username: string) =>
  screen.getAllByTestId('user-row').find((r) => r.dataset.username === username)!;

describe('the users screen', () => {
  it('lists every account with its roles, state and last sign-in', async () => {
    asAdmin('/users');
    await screen.findByTestId('users-table');
    expect(screen.getAllByTestId('user-row').map((r) => r.dataset.username)).toEqual([
      'hung',
      'lan',
      'quantri',
    ]);
    const lan = row('lan');
    expect(within(lan).getByTestId('user-row-roles').textContent).toBe('Soạn thảo, Giám sát');
    expect(within(lan).getByTestId('user-row-state').textContent).toBe('Đang hoạt động');
    expect(lan.textContent).toMatch(/\d\d:\d\d:\d\d 05\/12\/2026/);
    expect(row('hung').textContent).toContain('Chưa đăng nhập');
    // An admin cannot disable themselves from here (it would end this very session).
    expect((within(row('quantri')).getByTestId('toggle-disabled') as HTMLButtonElement).disabled).toBe(true);
  });

  it('adds a user with roles, and says why the server refused one', async () => {
    const { server } = asAdmin('/users');
    const form = await screen.findByTestId('add-user');
    fireEvent.change(within(form).getByLabelText('Tên đăng nhập'), { target: { value: 'minh' } });
    fireEvent.change(within(form).getByLabelText('Mật khẩu (ít nhất 10 ký tự)'), {
      target: { value: 'mat-khau-cua-minh' },
    });
    const roles = within(form).getByTestId('add-user-roles');
    fireEvent.click(within(roles).getByLabelText('Soạn thảo'));
    fireEvent.click(within(roles).getByLabelText('Thẩm định pháp lý'));
    fireEvent.click(within(form).getByTestId('add-user-submit'));
    expect((await screen.findByTestId('users-notice')).textContent).toBe('Đã thêm người dùng minh.');
    expect(within(row('minh')).getByTestId('user-row-roles').textContent).toBe('Thẩm định pháp lý');
    expect(JSON.parse(server.requestsTo('POST', '/api/users')[0]!.body)).toEqual({
      username: 'minh',
      password: 'mat-khau-cua-minh',
      roles: ['reviewer'],
    });

    fireEvent.change(within(form).getByLabelText('Tên đăng nhập'), { target: { value: 'lan' } });
    fireEvent.change(within(form).getByLabelText('Mật khẩu (ít nhất 10 ký tự)'), {
      target: { value: 'mat-khau-khac-1' },
    });
    fireEvent.click(within(form).getByTestId('add-user-submit'));
    expect((await within(form).findByTestId('add-user-error')).textContent).toBe(
      'Tên đăng nhập «lan» đã có người dùng.',
    );
  });

  it('changes the roles of an account and disables then enables it', async () => {
    const { server } = asAdmin('/users');
    await screen.findByTestId('users-table');
    fireEvent.click(within(row('hung')).getByTestId('change-roles'));
    const editor = within(row('hung')).getByTestId('edit-roles');
    fireEvent.click(within(editor).getByLabelText('Giám sát'));
    fireEvent.click(within(row('hung')).getByTestId('save-roles'));
    await waitFor(() =>
      expect(within(row('hung')).getByTestId('user-row-roles').textContent).toBe(
        'Thẩm định pháp lý, Giám sát',
      ),
    );
    expect(server.accounts.get('hung')?.roles).toEqual(['reviewer', 'supervisor']);

    fireEvent.click(within(row('lan')).getByTestId('toggle-disabled'));
    await waitFor(() => expect(within(row('lan')).getByTestId('user-row-state').textContent).toBe('Đã khóa'));
    expect(server.accounts.get('lan')?.disabled).toBe(true);
    fireEvent.click(within(row('lan')).getByTestId('toggle-disabled'));
    await waitFor(() =>
      expect(within(row('lan')).getByTestId('user-row-state').textContent).toBe('Đang hoạt động'),
    );
  });

  it('is not for other roles: no menu entry, and the page says so', async () => {
    renderConsole({ path: '/users' });
    expect((await screen.findByTestId('not-allowed')).textContent).toBe(
      'Tài khoản của bạn không có quyền xem trang này.',
    );
    expect(within(screen.getByRole('navigation')).queryByRole('link', { name: 'Người dùng' })).toBeNull();
  });
});

describe('the activity log', () => {
  it('lists time (dd/mm/yyyy HH:mm), actor, action and details, newest first', async () => {
    const { server } = asAdmin('/activity');
    server.activity.push({
      id: 1,
      at: '2026-12-05T01:30:00.000Z',
      actor: 'lan',
      action: 'import',
      target: 'ds.csv',
      details: { decisions: 68, items: 775 },
    });
    const table = await screen.findByTestId('activity-table');
    const [first] = within(table).getAllByTestId('activity-row');
    const cells = [...first!.querySelectorAll('td')].map((cell) => cell.textContent);
    expect(cells[0]).toMatch(/^05\/12\/2026 \d\d:30$/);
    expect(cells.slice(1)).toEqual([
      'lan',
      'Nhập dữ liệu',
      'ds.csv · decisions: 68 · items: 775 · 127.0.0.1',
    ]);
  });

  it('is in the menu of supervisors, not of drafters', async () => {
    renderConsole({ server: new FakeServer({ accounts: ACCOUNTS, signedInAs: 'lan' }) });
    expect(
      await within(await screen.findByRole('navigation')).findByRole('link', { name: 'Nhật ký hoạt động' }),
    ).toBeTruthy();
    cleanup();
    renderConsole({
      server: new FakeServer({
        accounts: { an: { password: 'x'.repeat(10), roles: ['drafter'] } },
        signedInAs: 'an',
      }),
    });
    const nav = await screen.findByRole('navigation');
    await within(nav).findByRole('link', { name: 'Nhập quyết định' });
    expect(within(nav).queryByRole('link', { name: 'Nhật ký hoạt động' })).toBeNull();
  });
});
