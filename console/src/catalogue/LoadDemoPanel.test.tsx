// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { makeProcedureFields } from '@niemyet/core';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../i18n/language';
import { FakeServer } from '../testing/fake-server';
import {
  ACCOUNTS,
  giveElementsABox,
  MemoryStorage,
  renderConsole,
  takeBoxesAway,
} from '../testing/render-console';

/** The demo offer on the empty catalogue: for an admin, at work, refused, then the catalogue. */

afterEach(cleanup);
beforeAll(giveElementsABox);
afterAll(takeBoxesAway);

const asAdmin = () => new FakeServer({ accounts: ACCOUNTS, signedInAs: 'quantri' });

describe('loading the demo from the empty catalogue', () => {
  it('loads it for an admin: busy while the server works, then the catalogue shows it', async () => {
    const server = asAdmin();
    let release = () => {};
    server.demoGate = new Promise<void>((resolve) => {
      release = resolve;
    });
    renderConsole({ server });
    const empty = await screen.findByTestId('catalogue-empty');
    const button = within(empty).getByRole('button', { name: 'Nạp dữ liệu mẫu' });
    fireEvent.click(button);

    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(true));
    expect(button.textContent).toBe('Đang nạp dữ liệu mẫu, vui lòng chờ…');
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(server.requestsTo('POST', '/api/demo')).toHaveLength(1);

    release();
    const count = await screen.findByTestId('catalogue-count');
    expect(count.dataset.total).toBe('3');
    expect(count.textContent).toBe('3 thủ tục đang có hiệu lực');
    expect(screen.queryByTestId('catalogue-empty')).toBeNull();
  });

  it('is not offered to someone who may not load it', async () => {
    renderConsole();
    const empty = await screen.findByTestId('catalogue-empty');
    expect(within(empty).getByRole('link', { name: 'Nhập danh sách quyết định' })).toBeTruthy();
    expect(screen.queryByTestId('load-demo')).toBeNull();
  });

  it('says why the server refused, and leaves the button to try again', async () => {
    const server = asAdmin();
    renderConsole({ server });
    const button = await screen.findByTestId('load-demo');
    // Someone else imported meanwhile: the server is no longer empty.
    server.baseline.push({
      ...makeProcedureFields({ code: '1.000001', name: 'Thủ tục khác' }),
      procedureId: '1.000001',
      effectiveFrom: null,
      effectiveTo: null,
      decisionId: null,
    });
    fireEvent.click(button);
    const alert = await screen.findByTestId('demo-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(alert);
    expect(alert.textContent).toBe(
      'Không nạp được dữ liệu mẫu: Chỉ nạp được dữ liệu mẫu vào máy chủ chưa có dữ liệu.',
    );
    expect((screen.getByTestId('load-demo') as HTMLButtonElement).disabled).toBe(false);
  });

  it('speaks English when the console does', async () => {
    const storage = new MemoryStorage();
    storage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    renderConsole({ server: asAdmin(), storage });
    expect((await screen.findByTestId('load-demo')).textContent).toBe('Load the demo');
  });
});
