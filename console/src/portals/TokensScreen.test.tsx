// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderConsole } from '../testing/render-console';
import { portalOffice } from './portal-test-office';

/** The access tokens page over an in-memory server, signed in as `lan`. */

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('personal access tokens', () => {
  it('creates a token shown once with where to paste it, lists it, then revokes it after confirming', async () => {
    const server = portalOffice();
    renderConsole({ server, path: '/tokens' });
    expect((await screen.findByTestId('tokens-empty')).textContent).toBe('Bạn chưa tạo mã truy cập nào.');

    fireEvent.click(screen.getByTestId('token-create'));
    expect(await screen.findByText('Hãy đặt tên cho mã để sau này nhận ra.')).toBeTruthy();
    expect(server.requestsTo('POST', '/api/tokens')).toHaveLength(0);

    fireEvent.change(screen.getByTestId('token-name'), { target: { value: 'Máy văn phòng' } });
    fireEvent.click(screen.getByTestId('token-create'));
    const created = await screen.findByTestId('token-created');
    const secret = server.portals.tokens[0]!.secret;
    expect(within(created).getByTestId('token-secret').textContent).toBe(secret);
    expect(created.textContent).toContain('Tùy chọn (Options)');
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    fireEvent.click(within(created).getByTestId('token-copy'));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(secret));
    expect(await within(created).findByText('Đã chép.')).toBeTruthy();

    const listed = await screen.findByTestId('token-row');
    expect(listed.textContent).toContain('Máy văn phòng');
    expect(listed.textContent).toContain('06/12/2026 09:00');
    expect(listed.textContent).toContain('Chưa dùng');
    expect(listed.textContent).not.toContain(secret);

    // Shown once: hidden on request, and not there after coming back.
    fireEvent.click(screen.getByTestId('token-hide'));
    expect(screen.queryByTestId('token-secret')).toBeNull();
    expect(document.body.textContent).not.toContain(secret);

    fireEvent.click(within(listed).getByTestId('token-revoke'));
    const dialog = await screen.findByTestId('token-revoke-dialog');
    expect(dialog.textContent).toContain('Thu hồi mã «Máy văn phòng»?');
    // Cancel has the focus: Enter does not revoke by accident.
    expect(document.activeElement?.textContent).toBe('Hủy');
    fireEvent.click(within(dialog).getByTestId('token-revoke-confirm'));
    await waitFor(() => expect(screen.getByTestId('token-state').textContent).toContain('Đã thu hồi'));
    expect(server.requestsTo('DELETE', `/api/tokens/${server.portals.tokens[0]!.id}`)).toHaveLength(1);
    expect(within(screen.getByTestId('token-row')).queryByTestId('token-revoke')).toBeNull();
  });
});
