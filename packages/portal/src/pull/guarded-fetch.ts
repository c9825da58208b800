import { isFetchableUrl } from '../dom/link-safety';
import { createOriginPolicy, type OriginPolicy } from './origin-policy';
import { PullError, pullProblem } from './pull-problem';

/**
 * One HTTP exchange with a portal we do not control, bounded in every direction: only http(s);
 * redirects followed by hand and only within the pull's origin (or hosts the user allowed);
 * one timer for the whole exchange — redirects and the body included, so a server that
 * accepts and never answers, or drips one byte a second, cannot hold a pull; and a size cap
 * enforced while the body streams in, so a 200 MB answer is cut at the cap, never buffered.
 *
 * It is free of Node and browser specifics (the `fetch` is injected), so the CLI, the
 * extension's service worker and the server's scheduled watches share it.
 */

/** The part of `fetch` this module uses; `globalThis.fetch` fits, and so do test fakes. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface GuardedRequest {
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
}

export interface GuardedFetchOptions {
  fetch: FetchLike;
  /** The whole exchange — every redirect and the complete body — in milliseconds. */
  timeoutMs?: number;
  /** The largest body read, in bytes; a larger one fails the exchange. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Where redirects may lead; by default the request URL's own origin. */
  policy?: OriginPolicy;
  /** `include` in the extension, so the user's portal session applies. */
  credentials?: RequestCredentials;
  /** Cancels the exchange (the user stopped the pull); rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface GuardedResponse {
  /** The URL that answered, after any redirects. */
  url: string;
  status: number;
  headers: Headers;
  body: string;
  /** Bytes of body read. */
  bytes: number;
  /** Every URL redirected to, in order. */
  redirects: string[];
}

export const GUARDED_FETCH_DEFAULTS = {
  timeoutMs: 30_000,
  maxBytes: 32 * 1024 * 1024,
  maxRedirects: 5,
} as const;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Headers that describe a request body: dropped when a redirect turns it into a GET. */
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language'];

function withoutBodyHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !BODY_HEADERS.includes(k.toLowerCase())));
}

/** Reads the body chunk by chunk, stopping (and cancelling the stream) once over `maxBytes`. */
async function readCapped(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
  url: string,
): Promise<{ text: string; bytes: number }> {
  const stream = response.body;
  if (stream === null) return { text: '', bytes: 0 };
  const reader = stream.getReader();
  // A fetch implementation that does not tie the body to the signal would leave a pending
  // read hanging when the timer fires: cancelling the reader ends it either way.
  const onAbort = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', onAbort, { once: true });
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted) throw signal.reason ?? new Error('aborted');
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new PullError(pullProblem('pull.too-large', { url, maxBytes }));
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
    parts.push(decoder.decode());
    return { text: parts.join(''), bytes };
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function errorDetail(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}

/**
 * Fetches `url` within the bounds above. Resolves with the final answer whatever its status
 * (the caller decides what a 404 means); rejects with a `PullError` saying why it stopped —
 * `retryable` for a timeout or a network failure, not for a refused redirect or an oversized
 * body — or with the signal's reason when the caller cancelled.
 */
export async function guardedFetch(
  url: string,
  request: GuardedRequest,
  options: GuardedFetchOptions,
): Promise<GuardedResponse> {
  const timeoutMs = options.timeoutMs ?? GUARDED_FETCH_DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? GUARDED_FETCH_DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? GUARDED_FETCH_DEFAULTS.maxRedirects;
  if (!isFetchableUrl(url)) throw new PullError(pullProblem('pull.scheme-refused', { url }));
  const policy = options.policy ?? createOriginPolicy(url);
  if (!policy.allows(url)) throw new PullError(pullProblem('pull.link-off-origin', { url, kind: 'request' }));

  const outer = options.signal;
  if (outer?.aborted) throw outer.reason;
  const controller = new AbortController();
  let timedOut = false;
  // The timer lives for the whole exchange and is cleared in `finally`: a signal made by
  // `AbortSignal.timeout` would not cover the body once headers have come.
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error('timeout'));
  }, timeoutMs);
  const onOuterAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onOuterAbort, { once: true });

  let current = new URL(url);
  let method = request.method ?? 'GET';
  let body = request.body;
  let headers = { ...request.headers };
  const redirects: string[] = [];
  try {
    for (;;) {
      const init: RequestInit = { method, headers, redirect: 'manual', signal: controller.signal };
      if (body !== undefined) init.body = body;
      if (options.credentials) init.credentials = options.credentials;
      const response = await options.fetch(current.href, init);

      // Browsers hide a manual redirect's target (an "opaque redirect"): it cannot be checked,
      // so it is not followed.
      if (response.type === 'opaqueredirect') {
        throw new PullError(pullProblem('pull.redirect-hidden', { url: current.href }));
      }
      const location = response.headers.get('location');
      if (REDIRECT_STATUSES.has(response.status) && location !== null) {
        await discardBody(response);
        const from = current.href;
        let target: URL;
        try {
          target = new URL(location, current);
        } catch {
          throw new PullError(pullProblem('pull.redirect-off-origin', { from, to: location }));
        }
        if (!policy.allows(target)) {
          throw new PullError(pullProblem('pull.redirect-off-origin', { from, to: target.href }));
        }
        if (redirects.length >= maxRedirects) {
          throw new PullError(pullProblem('pull.too-many-redirects', { url, max: maxRedirects }));
        }
        const status = response.status;
        if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
          // What browsers do: the answer is elsewhere, fetched with GET, the body not sent again.
          method = 'GET';
          body = undefined;
          headers = withoutBodyHeaders(headers);
        } else if (body !== undefined && !policy.sameOrigin(target)) {
          // 307/308 resend the body: only ever to the origin it was meant for.
          throw new PullError(pullProblem('pull.redirect-body-off-origin', { from, to: target.href }));
        }
        redirects.push(target.href);
        current = target;
        continue;
      }

      const declared = Number(response.headers.get('content-length') ?? Number.NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        await discardBody(response);
        throw new PullError(pullProblem('pull.too-large', { url: current.href, maxBytes }));
      }
      const read = await readCapped(response, maxBytes, controller.signal, current.href);
      return {
        url: current.href,
        status: response.status,
        headers: response.headers,
        body: read.text,
        bytes: read.bytes,
        redirects,
      };
    }
  } catch (error) {
    if (outer?.aborted) throw outer.reason;
    if (timedOut) throw new PullError(pullProblem('pull.timeout', { url, ms: timeoutMs }), true);
    if (error instanceof PullError) throw error;
    throw new PullError(pullProblem('pull.network', { url: current.href, detail: errorDetail(error) }), true);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
    // Whatever is still open (a body left unread after an error) goes with the exchange.
    if (!controller.signal.aborted) controller.abort();
  }
}
