import { FINDINGS_FIRST_PAGE } from '../portals/findings-paging';

/**
 * The page's first GETs, sent by the first script the page runs (early-requests-start.ts,
 * before main.tsx in index.html) instead of once the console's code is evaluated and rendered:
 * that is ≈ 100 ms of the inbox's way to its first rows. They are the very requests the
 * console makes next — `/api/me` (the session, asked on every start) and, on `#/portals`
 * without filters, the inbox's first page — with the client's own headers. The client
 * (http.ts) takes such an answer in place of sending the same GET again, once and only while
 * fresh; it then reads, checks and reports it exactly as an answer it asked for itself, so a
 * 401, a failure or a malformed answer meets the screen the same way.
 *
 * Nothing here imports the console's code: the script stays a few hundred bytes.
 */

/** The headers the client sends with a GET without a body (http.ts): an answer to others is not taken. */
export const EARLY_REQUEST_HEADERS: Readonly<Record<string, string>> = { Accept: 'application/json' };

/** Older than this, an early answer is not the start of this page any more: the GET is sent again. */
const FRESH_MS = 10_000;

interface EarlyAnswer {
  response: Promise<Response>;
  at: number;
}

const answers = new Map<string, EarlyAnswer>();

/**
 * The GETs the console makes first at `hash` (the address after `#`, as `location.hash`). The
 * inbox's first page only for the unfiltered view: a filtered address goes through the
 * router's search parsing, which this script does not carry (its loader asks it instead).
 */
export function earlyRequestsFor(hash: string): string[] {
  const urls = ['/api/me'];
  if (hash === '#/portals' || hash === '#/portals/' || hash === '#/portals?')
    urls.push(`/api/findings?limit=${FINDINGS_FIRST_PAGE}&offset=0`);
  return urls;
}

/** Sends a GET of `url` now, for the client to take (`takeEarlyAnswer`). */
export function askEarly(url: string, fetchImpl: typeof fetch = fetch, now = Date.now()): void {
  const response = fetchImpl(url, {
    method: 'GET',
    headers: { ...EARLY_REQUEST_HEADERS },
    credentials: 'same-origin',
    cache: 'no-store',
  });
  // A failure is the client's to report when it takes the answer: not an unhandled rejection here.
  response.catch(() => undefined);
  answers.set(url, { response, at: now });
}

/**
 * The early answer to a GET of `url` with `headers` (then forgotten), or null: none was sent,
 * it is stale, or the GET differs (other headers, such as a conditional GET's If-None-Match).
 */
export function takeEarlyAnswer(
  url: string,
  headers: Record<string, string>,
  now = Date.now(),
): Promise<Response> | null {
  const early = answers.get(url);
  if (!early) return null;
  const names = Object.keys(headers);
  const same =
    names.length === Object.keys(EARLY_REQUEST_HEADERS).length &&
    names.every((name) => headers[name] === EARLY_REQUEST_HEADERS[name]);
  if (!same) return null;
  answers.delete(url);
  return now - early.at > FRESH_MS ? null : early.response;
}
