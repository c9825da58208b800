// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { makeVersion } from '@niemyet/core/testing';
import { NiemyetConsoleDb } from '@niemyet/db';
import { freshConsoleDb } from '@niemyet/db/testing';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeServer } from '../testing/fake-server';
import { ACCOUNTS, giveElementsABox, renderConsole, takeBoxesAway } from '../testing/render-console';

/**
 * The catalogue of a date kept in the browser, after a reload (nothing in memory): its table is
 * read back from IndexedDB and shown, with exact counts and a working search, while the server
 * is asked whether it changed; the server's 304 then confirms it.
 */

afterEach(cleanup);
beforeAll(giveElementsABox);
afterAll(takeBoxesAway);

function workspace(): FakeServer {
  const server = new FakeServer({ accounts: ACCOUNTS, signedInAs: 'lan' });
  server.baseline.push(
    makeVersion({ code: '1.000002', name: 'Đăng ký kết hôn', field: 'Hộ tịch' }),
    makeVersion({ code: '1.000001', name: 'Đăng ký khai sinh', field: 'Hộ tịch' }),
    makeVersion({ code: null, procedureId: 'local:a', name: 'Cấp phép xây dựng', field: 'Xây dựng' }),
  );
  return server;
}

describe('the catalogue read back from the browser after a reload', () => {
  it('shows the kept table while the server is asked, then takes its 304', async () => {
    const db = freshConsoleDb();
    renderConsole({ server: workspace(), db, path: '/?asOf=2025-01-01' });
    expect((await screen.findByTestId('catalogue-count')).dataset.total).toBe('3');
    await waitFor(async () => expect(await db.catalogueTables.count()).toBe(1));
    cleanup();

    // The same browser database after a reload; the server holds its answer until released.
    const server = workspace();
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const answer = server.fetch;
    const asked: (string | null)[] = [];
    Object.defineProperty(server, 'fetch', {
      value: async (input: string, init?: RequestInit) => {
        if (String(input).includes('/api/catalogue/snapshot')) {
          asked.push(new Headers(init?.headers).get('If-None-Match'));
          await gate;
        }
        return answer(input, init);
      },
    });
    renderConsole({ server, db: new NiemyetConsoleDb(db.name), path: '/?asOf=2025-01-01' });
    const count = await screen.findByTestId('catalogue-count');
    expect(count.dataset.total).toBe('3');
    expect(count.dataset.shown).toBe('3');
    expect(screen.getByTestId('catalogue-checking')).toBeTruthy();
    // In the default order, uncoded last.
    expect(screen.getAllByTestId('catalogue-row').map((row) => row.dataset.code)).toEqual([
      '1.000001',
      '1.000002',
      '',
    ]);
    // The server is being asked about the kept copy: its hash, not a request for the whole.
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^"[0-9a-f]{64}"$/);

    // The search runs over the whole kept table.
    fireEvent.change(screen.getByTestId('catalogue-search'), { target: { value: 'ket hon' } });
    await waitFor(() => expect(screen.getByTestId('catalogue-count').dataset.shown).toBe('1'));

    release();
    await waitFor(() => expect(screen.queryByTestId('catalogue-checking')).toBeNull());
    expect(screen.getByTestId('catalogue-count').dataset.total).toBe('3');
    const answered = server.requestsTo('GET', '/api/catalogue/snapshot');
    expect(answered.map((request) => request.headers.get('If-None-Match'))).toEqual(asked);
  });
});
