// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { makeVersion } from '@niemyet/core/testing';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../i18n/language';
import { FakeServer } from '../testing/fake-server';
import {
  ACCOUNTS,
  giveElementsABox,
  MemoryStorage,
  PASSWORD,
  renderConsole,
  takeBoxesAway,
} from '../testing/render-console';

/** Signing in and out, a session that ends under the user, throttling, and the first run. */

afterEach(cleanup);
beforeAll(giveElementsABox);
afterAll(takeBoxesAway);

function signedOutServer(options: ConstructorParameters<typeof FakeServer>[0] = {}) {
  const server = new FakeServer({ accounts: ACCOUNTS, ...options });
  server.baseline.push(makeVersion({ code: '1.000001', name: 'Đăng ký khai sinh' }));
  return server;
}

async function signIn(username: string, password: string) {
  fireEvent.change(await screen.findByLabelText(/^(Tên đăng nhập|Username)$/), {
    target: { value: username },
  });
  fireEvent.change(screen.getByLabelText(/^(Mật khẩu|Password)$/), { target: { value: password } });
  fireEvent.click(screen.getByTestId('sign-in-submit'));
}

describe('the session', () => {
  it('asks to sign in first, then goes back to where the user was going, with who they are in the header', async () => {
    const server = signedOutServer();
    const { history } = renderConsole({ path: '/?asOf=2020-12-31', server });
    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
    expect(history.location.pathname).toBe('/sign-in');
    expect(screen.queryByTestId('user-badge')).toBeNull();

    await signIn('lan', PASSWORD);
    const asOf = (await screen.findByTestId('catalogue-as-of')) as HTMLInputElement;
    expect(asOf.value).toBe('31/12/2020');
    expect(history.location.href).toBe('/?asOf=2020-12-31');
    const badge = screen.getByTestId('user-badge');
    expect(within(badge).getByTestId('user-name').textContent).toBe('lan');
    expect(within(badge).getByTestId('user-roles').textContent).toContain('Soạn thảo, Giám sát');
  });

  it('says a wrong password from its code, and counts down a throttled sign-in', async () => {
    const server = signedOutServer({ throttleAfter: 1, retryAfterSeconds: 42 });
    renderConsole({ server });
    await signIn('lan', 'sai-mat-khau');
    expect((await screen.findByTestId('sign-in-error')).textContent).toBe(
      'Sai tên đăng nhập hoặc mật khẩu (hoặc tài khoản đã bị khóa).',
    );
    await signIn('lan', PASSWORD);
    await waitFor(() =>
      expect(screen.getByTestId('sign-in-error').textContent).toBe(
        'Đăng nhập sai quá nhiều lần: thử lại sau 42 giây.',
      ),
    );
    expect((screen.getByTestId('sign-in-submit') as HTMLButtonElement).disabled).toBe(true);
  });

  it('says the throttle in English too', async () => {
    const storage = new MemoryStorage();
    storage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    renderConsole({ server: signedOutServer({ throttleAfter: 0, retryAfterSeconds: 30 }), storage });
    await signIn('lan', PASSWORD);
    expect((await screen.findByTestId('sign-in-error')).textContent).toBe(
      'Too many failed sign-ins: try again in 30 seconds.',
    );
  });

  it('goes back to sign-in when any call answers 401, and returns to the page after signing in', async () => {
    const server = signedOutServer({ signedInAs: 'lan' });
    const { history } = renderConsole({ path: '/?asOf=2020-12-31', server });
    const asOf = (await screen.findByTestId('catalogue-as-of')) as HTMLInputElement;
    await waitFor(() => expect(screen.getByTestId('catalogue-count').dataset.total).toBe('1'));

    server.expireSession();
    fireEvent.change(asOf, { target: { value: '01/06/2021' } });
    fireEvent.keyDown(asOf, { key: 'Enter' });
    expect((await screen.findByTestId('session-expired')).textContent).toContain('Phiên đăng nhập đã hết');
    expect(history.location.pathname).toBe('/sign-in');

    await signIn('lan', PASSWORD);
    expect(((await screen.findByTestId('catalogue-as-of')) as HTMLInputElement).value).toBe('01/06/2021');
    expect(history.location.href).toBe('/?asOf=2021-06-01');
  });

  it('signs out to the sign-in screen', async () => {
    const server = signedOutServer({ signedInAs: 'lan' });
    renderConsole({ server });
    fireEvent.click(await screen.findByTestId('sign-out'));
    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
    expect(server.signedInAs).toBeNull();
    expect(server.requestsTo('DELETE', '/api/session')).toHaveLength(1);
  });

  it('shows only what the roles allow: a reviewer has no import, users or activity', async () => {
    renderConsole({ server: signedOutServer({ signedInAs: 'hung' }) });
    const nav = await screen.findByRole('navigation');
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Danh mục' })).toBeTruthy());
    expect(within(nav).queryByRole('link', { name: 'Nhập quyết định' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: 'Người dùng' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: 'Nhật ký hoạt động' })).toBeNull();
    expect((await screen.findByTestId('publish-not-allowed')).textContent).toContain('Chỉ người soạn thảo');
    expect(screen.getByTestId('user-roles').textContent).toContain('Thẩm định pháp lý');
  });
});

describe('the first run', () => {
  it('creates the first admin from the printed link: name, password twice, at least 10 characters', async () => {
    const server = new FakeServer({ setupToken: 'tok-123' });
    const { history } = renderConsole({ path: '/setup?token=tok-123', server });
    const username = await screen.findByLabelText('Tên đăng nhập của quản trị viên');
    fireEvent.change(username, { target: { value: 'quantri' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu (ít nhất 10 ký tự)'), { target: { value: 'ngan' } });
    fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu'), { target: { value: 'ngan' } });
    fireEvent.click(screen.getByTestId('setup-submit'));
    expect((await screen.findByTestId('setup-error')).textContent).toBe('Mật khẩu phải có ít nhất 10 ký tự.');

    fireEvent.change(screen.getByLabelText('Mật khẩu (ít nhất 10 ký tự)'), {
      target: { value: 'mat-khau-quan-tri' },
    });
    fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu'), { target: { value: 'mat-khau-quan-tr' } });
    fireEvent.click(screen.getByTestId('setup-submit'));
    expect((await screen.findByTestId('setup-error')).textContent).toBe(
      'Hai lần nhập mật khẩu không giống nhau.',
    );
    expect(server.requestsTo('POST', '/api/setup')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu'), { target: { value: 'mat-khau-quan-tri' } });
    fireEvent.click(screen.getByTestId('setup-submit'));
    expect((await screen.findByTestId('user-name')).textContent).toBe('quantri');
    expect(screen.getByTestId('user-roles').textContent).toContain('Quản trị');
    expect(history.location.pathname).toBe('/');
    expect(within(screen.getByRole('navigation')).getByRole('link', { name: 'Người dùng' })).toBeTruthy();
  });

  it('says so when the link is wrong, and points a signed-out user to the setup link', async () => {
    const server = new FakeServer({ setupToken: 'tok-123' });
    renderConsole({ path: '/setup?token=wrong', server });
    fireEvent.change(await screen.findByLabelText('Tên đăng nhập của quản trị viên'), {
      target: { value: 'quantri' },
    });
    fireEvent.change(screen.getByLabelText('Mật khẩu (ít nhất 10 ký tự)'), {
      target: { value: 'mat-khau-quan-tri' },
    });
    fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu'), { target: { value: 'mat-khau-quan-tri' } });
    fireEvent.click(screen.getByTestId('setup-submit'));
    expect((await screen.findByTestId('setup-error')).textContent).toContain('Liên kết cài đặt không đúng');
    cleanup();

    renderConsole({ server });
    expect((await screen.findByTestId('setup-needed')).textContent).toContain('#/setup?token=');
  });
});
