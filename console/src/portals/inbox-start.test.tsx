// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { giveElementsABox, PASSWORD, renderConsole, takeBoxesAway } from '../testing/render-console';
import { portalOffice } from './portal-test-office';
import { FINDINGS_FIRST_PAGE } from './use-findings';

/**
 * The inbox's start (issue 13's budget: first rows painted ≤ 300 ms): its route asks the first
 * page beside `/api/me` rather than after it, and the screen takes that answer instead of
 * asking again; without a session it is still the sign-in screen.
 */

beforeAll(giveElementsABox);
afterAll(takeBoxesAway);
afterEach(cleanup);

/** The list's first pages (not the navigation's count of the user's open findings, `limit=1`). */
const firstPages = (server: ReturnType<typeof portalOffice>) =>
  server
    .requestsTo('GET', '/api/findings')
    .filter((r) => r.search.get('offset') === '0' && r.search.get('limit') === String(FINDINGS_FIRST_PAGE));

describe('opening the inbox', () => {
  it('asks its first page while /api/me is still unanswered, and only once', async () => {
    const server = portalOffice();
    server.hold();
    renderConsole({ server, path: '/portals?state=open' });
    // Nothing has been answered yet, and both are already on their way.
    await waitFor(() => expect(firstPages(server)).toHaveLength(1));
    expect(server.requestsTo('GET', '/api/me')).toHaveLength(1);
    const [first] = firstPages(server);
    expect(first!.search.get('limit')).toBe(String(FINDINGS_FIRST_PAGE));
    expect(first!.search.get('state')).toBe('open');

    server.release();
    await waitFor(() => expect(screen.getAllByTestId('finding-row')).toHaveLength(3));
    // The screen took the prefetched page: the list was not asked from the start again.
    expect(firstPages(server)).toHaveLength(1);
  });

  it('shows a first page that came before /api/me in the screen’s first render, not one render later', async () => {
    const server = portalOffice();
    // /api/me is answered only once the first page has been (as when the page's first script
    // asked both and the server answered the list first).
    let firstPageAnswered: () => void = () => {};
    const answered = new Promise<void>((resolve) => {
      firstPageAnswered = resolve;
    });
    const serve = server.fetch;
    Object.defineProperty(server, 'fetch', {
      value: async (input: string | URL | Request, init?: RequestInit) => {
        const url = new URL(String(input instanceof Request ? input.url : input), 'http://console.test');
        if (url.pathname === '/api/me') await answered;
        const response = await serve(input, init);
        if (url.pathname === '/api/findings' && url.searchParams.get('limit') === String(FINDINGS_FIRST_PAGE))
          setTimeout(firstPageAnswered, 20);
        return response;
      },
    });
    // The rows in the DOM when the screen itself first is.
    let rowsWithTheScreen: number | null = null;
    const observer = new MutationObserver(() => {
      if (rowsWithTheScreen === null && document.querySelector('[data-testid="portals-screen"]'))
        rowsWithTheScreen = document.querySelectorAll('[data-testid="finding-row"]').length;
    });
    observer.observe(document.body, { childList: true, subtree: true });
    renderConsole({ server, path: '/portals' });
    await waitFor(() => expect(screen.getAllByTestId('finding-row')).toHaveLength(4));
    observer.disconnect();
    expect(rowsWithTheScreen).toBe(4);
    expect(screen.getByTestId('findings-count').textContent).toContain('4');
    expect(firstPages(server)).toHaveLength(1);
  });

  it('asks again, and only for the new filter, when the filter changes; not when a finding is opened', async () => {
    const server = portalOffice();
    const { history } = renderConsole({ server, path: '/portals' });
    await waitFor(() => expect(screen.getAllByTestId('finding-row')).toHaveLength(4));
    expect(firstPages(server)).toHaveLength(1);

    fireEvent.click(screen.getAllByTestId('finding-open')[0]!);
    await waitFor(() => expect(server.requestsTo('GET', '/api/findings/f-1')).toHaveLength(1));
    expect(new URLSearchParams(history.location.search).get('finding')).toBe('f-1');
    expect(firstPages(server)).toHaveLength(1);

    fireEvent.change(screen.getByTestId('findings-kind'), { target: { value: 'changed' } });
    fireEvent.click(screen.getByTestId('findings-apply'));
    await waitFor(() => expect(screen.getAllByTestId('finding-row')).toHaveLength(1));
    // The loader asked the new filter's first page, and the screen took it.
    expect(firstPages(server).map((r) => r.search.get('kind'))).toEqual([null, 'changed']);
  });

  it('without a session shows the sign-in screen (not a session that expired), then the inbox', async () => {
    const server = portalOffice();
    server.expireSession();
    const { history } = renderConsole({ server, path: '/portals' });
    const username = await screen.findByLabelText('Tên đăng nhập');
    expect(history.location.pathname).toBe('/sign-in');
    // The prefetched page's 401 came before /api/me's: it did not count as an ended session.
    expect(firstPages(server).length).toBeGreaterThanOrEqual(1);
    expect(screen.queryByTestId('session-expired')).toBeNull();

    fireEvent.change(username, { target: { value: 'lan' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: PASSWORD } });
    fireEvent.click(screen.getByTestId('sign-in-submit'));
    await waitFor(() => expect(screen.getAllByTestId('finding-row')).toHaveLength(4));
    expect(history.location.pathname).toBe('/portals');
  });
});
