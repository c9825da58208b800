// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { makeItem } from '@niemyet/core/testing';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeServer } from '../../testing/fake-server';
import { ACCOUNTS, renderConsole } from '../../testing/render-console';
import { CATALOGUE, draftDecision, openEditor } from './editor-test-setup';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('decision editor: keyboard and leaving', () => {
  it('keeps focus inside a dialog, closes it with Escape and gives focus back', async () => {
    await openEditor();
    const opener = screen.getByRole('button', { name: 'Thêm thủ tục mới' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Thêm thủ tục mới ban hành' });
    expect(document.activeElement).toBe(within(dialog).getByTestId('new-item-name'));
    const cancel = within(dialog).getByRole('button', { name: 'Huỷ' });
    cancel.focus();
    fireEvent.keyDown(cancel, { key: 'Tab' });
    expect(document.activeElement).toBe(within(dialog).getByTestId('new-item-name'));
    fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(cancel, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('asks before leaving with unsaved changes, and stays when told to', async () => {
    const { history } = await openEditor();
    // happy-dom has no confirm(); the browser's asks the user.
    const confirm = vi.fn(() => false);
    Object.defineProperty(window, 'confirm', { value: confirm, configurable: true });
    fireEvent.change(screen.getByTestId('header-title'), { target: { value: 'Sửa dở' } });
    await act(async () => history.push('/publications'));
    expect(confirm).toHaveBeenCalledWith(
      'Có thay đổi chưa lưu. Rời trang thì các thay đổi này sẽ mất. Vẫn rời trang?',
    );
    expect(history.location.pathname).toBe('/decisions/d1');
    expect(screen.getByTestId('decision-editor')).toBeTruthy();
    // Once saved, leaving asks nothing.
    await waitFor(() => expect(screen.getByTestId('save-status').dataset.state).toBe('saved'), {
      timeout: 4000,
    });
    confirm.mockClear();
    await act(async () => history.push('/publications'));
    expect(confirm).not.toHaveBeenCalled();
    await waitFor(() => expect(history.location.pathname).toBe('/publications'));
  });
});

describe('decision editor: a large decision', () => {
  it('opens 300 items, grouped, well under half a second once the decision arrives', async () => {
    const items = Array.from({ length: 300 }, (_, n) =>
      makeItem({
        id: `i${n}`,
        action: 'new',
        code: null,
        procedureId: `local:${n}`,
        name: `Thủ tục mới số ${n}`,
        changes: {
          name: `Thủ tục mới số ${n}`,
          field: `Lĩnh vực ${n % 12}`,
          levels: [n % 2 ? 'province' : 'commune'],
        },
      }),
    );
    const server = new FakeServer({ accounts: ACCOUNTS, signedInAs: 'lan' });
    server.baseline.push(...CATALOGUE);
    server.decisions.set('d1', draftDecision({ items }));
    renderConsole({ server, path: '/decisions/d1' });
    await waitFor(() => expect(server.requestsTo('GET', '/api/me')).toHaveLength(1));
    server.hold();
    await waitFor(() => expect(server.requestsTo('GET', '/api/decisions/d1')).toHaveLength(1));
    const started = performance.now();
    await act(async () => server.release());
    await waitFor(() => expect(screen.getAllByTestId('decision-item')).toHaveLength(300), { interval: 5 });
    const took = performance.now() - started;
    expect(screen.getByTestId('item-group-new').querySelector('h4')?.textContent).toBe(
      'Thủ tục hành chính mới ban hành (300)',
    );
    expect(took).toBeLessThan(500);
  });
});
