import { type FetchLike, type GuardedFetchOptions, guardedFetch } from './guarded-fetch';
import { createOriginPolicy } from './origin-policy';
import type { FetchedPage } from './pull-runner';
import { pullRequest } from './rest-listing';

/**
 * The `fetchPage` every pull uses (CLI, extension, server watches): a pull address becomes
 * its HTTP request (`pullRequest`: GET for pages, POST for the national JSON service) and is
 * fetched through `guardedFetch`, bounded to the pull's origin.
 */
export interface PullFetcherOptions
  extends Pick<GuardedFetchOptions, 'timeoutMs' | 'maxBytes' | 'maxRedirects' | 'credentials'> {
  fetch: FetchLike;
  /** The pull's start URL: its origin is the only one reached, beside `allowHosts`. */
  startUrl: string;
  allowHosts?: readonly string[];
  /** Sent with every request (a User-Agent in Node, say). */
  headers?: Record<string, string>;
}

export function createPullFetcher(
  options: PullFetcherOptions,
): (address: string, signal: AbortSignal) => Promise<FetchedPage> {
  const policy = createOriginPolicy(options.startUrl, options.allowHosts);
  return async (address, signal) => {
    const request = pullRequest(address);
    const response = await guardedFetch(
      request.url,
      { method: request.method, body: request.body, headers: { ...options.headers, ...request.headers } },
      {
        fetch: options.fetch,
        policy,
        signal,
        timeoutMs: options.timeoutMs,
        maxBytes: options.maxBytes,
        maxRedirects: options.maxRedirects,
        credentials: options.credentials,
      },
    );
    // A service call keeps its pull address: that is what the reader pages by.
    const url = request.method === 'POST' ? address : response.url;
    return { url, status: response.status, body: response.body };
  };
}
