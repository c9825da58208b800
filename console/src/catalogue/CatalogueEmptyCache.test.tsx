// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { makeProcedureFields } from '@niemyet/core';
import { freshConsoleDb } from '@niemyet/db/testing';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeServer } from '../testing/fake-server';
import { ACCOUNTS, giveElementsABox, renderConsole, takeBoxesAway } from '../testing/render-console';

/**
 * An empty catalogue kept in the browser, while the server has since been given decisions (an
 * import in another tab, by a colleague): the screen must not tell the user to import a list
 * while the server's catalogue is on its way.
 */

afterEach(cleanup);
beforeAll(giveElementsABox);
afterAll(takeBoxesAway);

describe('the catalogue over an empty copy kept in the browser', () => {
  it('says it is loading, not "no decisions yet", until the server answers', async () => {
    const db = freshConsoleDb();
    // First visit: the server is empty, and so is the copy the browser keeps.
    renderConsole({ server: new FakeServer({ accounts: ACCOUNTS, signedInAs: 'quantri' }), db });
    await screen.findByTestId('catalogue-empty');
    await waitFor(async () => expect(await db.catalogueCache.count()).toBe(1));
    cleanup();

    // Meanwhile the server got a procedure; its snapshot is held until the test lets it go.
    const server = new FakeServer({ accounts: ACCOUNTS, signedInAs: 'quantri' });
    server.baseline.push({
      ...makeProcedureFields({ code: '1.000001', name: 'Đăng ký khai sinh' }),
      procedureId: '1.000001',
      effectiveFrom: null,
      effectiveTo: null,
      decisionId: null,
    });
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const answer = server.fetch;
    Object.defineProperty(server, 'fetch', {
      value: async (input: string, init?: RequestInit) => {
        if (String(input).includes('/api/catalogue/snapshot')) await gate;
        return answer(input, init);
      },
    });
    renderConsole({ server, db });
    await screen.findByText('Đang tải…');
    expect(screen.queryByTestId('catalogue-empty')).toBeNull();
    expect(screen.queryByTestId('load-demo')).toBeNull();

    release();
    const count = await screen.findByTestId('catalogue-count');
    expect(count.dataset.total).toBe('1');
    expect(screen.queryByTestId('catalogue-empty')).toBeNull();
  });

  it('says the server could not be asked, not only "no decisions yet", when the empty copy cannot be confirmed', async () => {
    const db = freshConsoleDb();
    renderConsole({ server: new FakeServer({ accounts: ACCOUNTS, signedInAs: 'quantri' }), db });
    await screen.findByTestId('catalogue-empty');
    await waitFor(async () => expect(await db.catalogueCache.count()).toBe(1));
    cleanup();

    const server = new FakeServer({ accounts: ACCOUNTS, signedInAs: 'quantri' });
    const answer = server.fetch;
    Object.defineProperty(server, 'fetch', {
      value: (input: string, init?: RequestInit) =>
        String(input).includes('/api/catalogue/snapshot')
          ? Promise.reject(new TypeError('network down'))
          : answer(input, init),
    });
    renderConsole({ server, db });
    expect((await screen.findByTestId('catalogue-error')).textContent).toMatch(/Không kết nối được máy chủ/);
    expect(screen.getByTestId('catalogue-empty')).toBeTruthy();
  });
});
