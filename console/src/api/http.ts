import type { z } from 'zod';
import { ApiError, apiErrorFromResponse, CLIENT_ERROR_CODES } from './api-error';
import { takeEarlyAnswer } from './early-requests';

/**
 * The console's one way to the server (DESIGN §3: the console reaches the server only over
 * HTTP, through this typed client, never by importing its code). Same origin, so the session
 * cookie (HttpOnly) goes with every call and nothing else has to hold a credential.
 * - Bodies going out are parsed with the contract's zod schema first: a request the server
 *   would refuse never leaves, and the schema's defaults are what is sent.
 * - Answers coming in are parsed with the contract's schema: a screen only ever sees data of
 *   the documented shape, or an ApiError.
 * - A 401 `unauthenticated` from any call is announced once to whoever listens (the session),
 *   which sends the user to the sign-in screen.
 */

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** The code the server gives a request without a valid session. */
export const UNAUTHENTICATED = 'unauthenticated';

type Query = Record<string, string | number | undefined>;

interface RequestBase {
  method: HttpMethod;
  path: string;
  query?: Query;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** A JSON body, checked against its schema before it is sent. */
export interface JsonBody<S extends z.ZodType = z.ZodType> {
  schema: S;
  value: z.input<S>;
}

export interface RequestSpec<R extends z.ZodType | null> extends RequestBase {
  json?: JsonBody;
  /** A body sent as it is (a CSV file, a backup bundle the user chose). */
  raw?: { body: Blob | string; contentType: string };
  /** The answer's schema; null when the answer has no body worth reading (204). */
  response: R;
  /** Answer 304 as "unchanged" (a conditional GET with If-None-Match) instead of an error. */
  allowNotModified?: boolean;
}

export type Answer<R extends z.ZodType | null> =
  | {
      status: number;
      notModified: false;
      headers: Headers;
      data: R extends z.ZodType ? z.output<R> : undefined;
    }
  | { status: 304; notModified: true; headers: Headers; data: undefined };

export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * Sends one request and returns its status, headers and text. The page uses XMLHttpRequest for
 * uploads (fetch reports no upload progress); tests and every other call use fetch.
 */
export interface Transport {
  send(request: {
    method: HttpMethod;
    url: string;
    headers: Record<string, string>;
    body: Blob | string | undefined;
    signal: AbortSignal | undefined;
    onUploadProgress?: (progress: UploadProgress) => void;
  }): Promise<{ status: number; headers: Headers; text: string }>;
}

export interface ApiClientOptions {
  /** The fetch to use (tests pass a fake server); the page's own by default. */
  fetch?: typeof fetch;
  /** Where the API is: '' (same origin) on the page. */
  baseUrl?: string;
  /** The transport for uploads with progress; XMLHttpRequest on the page, fetch otherwise. */
  uploadTransport?: Transport;
}

export interface ApiClient {
  request<R extends z.ZodType | null>(spec: RequestSpec<R>): Promise<Answer<R>>;
  /** `request` for the usual case: the parsed body, or an ApiError for anything but 2xx. */
  send<R extends z.ZodType | null>(spec: RequestSpec<R>): Promise<Answer<R>['data'] & {}>;
  /** A request whose body upload reports progress (the import of a large CSV). */
  upload<R extends z.ZodType | null>(
    spec: RequestSpec<R> & { onUploadProgress?: (progress: UploadProgress) => void },
  ): Promise<Answer<R>>;
  /**
   * A GET whose body the caller reads itself, as it arrives (a streamed export): the Response
   * of a 2xx, an ApiError for anything else (the error body read and parsed as usual).
   */
  open(spec: { path: string; query?: Query; signal?: AbortSignal }): Promise<Response>;
  /** Called on every 401 `unauthenticated`; returns the function that stops listening. */
  onUnauthenticated(listener: (error: ApiError) => void): () => void;
}

/**
 * `fetch`, or for a GET the page's first script already sent with the same headers
 * (early-requests.ts), that answer — when `early` (the page's own client; tests pass a fetch).
 */
export function fetchTransport(fetchImpl: typeof fetch, early = false): Transport {
  return {
    async send({ method, url, headers, body, signal }) {
      const sent = early && method === 'GET' && !signal?.aborted ? takeEarlyAnswer(url, headers) : null;
      const response = await (sent ??
        fetchImpl(url, {
          method,
          headers,
          body,
          signal,
          credentials: 'same-origin',
          // Conditional requests are ours (If-None-Match with the cached hash): the HTTP cache must
          // not answer for the server, nor turn our 304 into a 200 from its own copy.
          cache: 'no-store',
        }));
      return { status: response.status, headers: response.headers, text: await response.text() };
    },
  };
}

/** XMLHttpRequest, for its upload progress events; abort() on the signal cancels the upload. */
export function xhrTransport(): Transport {
  return {
    send({ method, url, headers, body, signal, onUploadProgress }) {
      return new Promise((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open(method, url);
        xhr.withCredentials = false; // same origin: cookies go anyway
        for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
        if (onUploadProgress)
          xhr.upload.addEventListener('progress', (event) =>
            onUploadProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0 }),
          );
        const onAbort = () => xhr.abort();
        signal?.addEventListener('abort', onAbort, { once: true });
        const done = () => signal?.removeEventListener('abort', onAbort);
        xhr.addEventListener('load', () => {
          done();
          resolve({
            status: xhr.status,
            headers: headersOf(xhr.getAllResponseHeaders()),
            text: xhr.responseText,
          });
        });
        xhr.addEventListener('error', () => {
          done();
          reject(new TypeError('network error'));
        });
        xhr.addEventListener('abort', () => {
          done();
          reject(new DOMException('The upload was cancelled', 'AbortError'));
        });
        if (signal?.aborted) onAbort();
        else xhr.send(body ?? null);
      });
    },
  };
}

function headersOf(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

export function urlOf(baseUrl: string, path: string, query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== '') params.set(name, String(value));
  const search = params.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const baseUrl = options.baseUrl ?? '';
  const transport = fetchTransport(fetchImpl, options.fetch === undefined);
  const uploadTransport =
    options.uploadTransport ??
    (options.fetch === undefined && typeof XMLHttpRequest !== 'undefined' ? xhrTransport() : transport);
  const listeners = new Set<(error: ApiError) => void>();

  async function run<R extends z.ZodType | null>(
    via: Transport,
    spec: RequestSpec<R>,
    onUploadProgress?: (progress: UploadProgress) => void,
  ): Promise<Answer<R>> {
    const headers: Record<string, string> = { Accept: 'application/json', ...spec.headers };
    let body: Blob | string | undefined;
    if (spec.json) {
      const checked = spec.json.schema.safeParse(spec.json.value);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        const field = issue?.path.join('.') ?? '';
        throw new ApiError({
          status: 0,
          code: CLIENT_ERROR_CODES.badRequest,
          params: { field },
          message: `request body refused before sending: ${field}: ${issue?.message ?? ''}`,
        });
      }
      body = JSON.stringify(checked.data);
      headers['Content-Type'] = 'application/json';
    } else if (spec.raw) {
      body = spec.raw.body;
      headers['Content-Type'] = spec.raw.contentType;
    }

    let answer: { status: number; headers: Headers; text: string };
    try {
      answer = await via.send({
        method: spec.method,
        url: urlOf(baseUrl, spec.path, spec.query),
        headers,
        body,
        signal: spec.signal,
        onUploadProgress,
      });
    } catch (cause) {
      if (spec.signal?.aborted || (cause instanceof DOMException && cause.name === 'AbortError'))
        throw new ApiError({ status: 0, code: CLIENT_ERROR_CODES.aborted, message: 'cancelled' });
      throw new ApiError({
        status: 0,
        code: CLIENT_ERROR_CODES.network,
        message: cause instanceof Error ? cause.message : String(cause),
      });
    }

    if (answer.status === 304 && spec.allowNotModified)
      return { status: 304, notModified: true, headers: answer.headers, data: undefined };
    if (answer.status < 200 || answer.status >= 300) {
      const error = apiErrorFromResponse(answer.status, answer.headers.get('Retry-After'), answer.text);
      if (error.status === 401 && error.code === UNAUTHENTICATED)
        for (const listener of listeners) listener(error);
      throw error;
    }
    if (spec.response === null)
      return { status: answer.status, notModified: false, headers: answer.headers, data: undefined as never };

    let json: unknown;
    try {
      json = JSON.parse(answer.text);
    } catch {
      throw new ApiError({
        status: answer.status,
        code: CLIENT_ERROR_CODES.badResponse,
        params: { path: spec.path },
        message: `${spec.method} ${spec.path}: the answer is not JSON`,
      });
    }
    const parsed = spec.response.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ApiError({
        status: answer.status,
        code: CLIENT_ERROR_CODES.badResponse,
        params: { path: spec.path },
        message: `${spec.method} ${spec.path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
      });
    }
    return { status: answer.status, notModified: false, headers: answer.headers, data: parsed.data as never };
  }

  return {
    request: (spec) => run(transport, spec),
    async send(spec) {
      const answer = await run(transport, spec);
      return answer.data as never;
    },
    upload: (spec) => run(uploadTransport, spec, spec.onUploadProgress),
    async open({ path, query, signal }) {
      let response: Response;
      try {
        response = await fetchImpl(urlOf(baseUrl, path, query), {
          method: 'GET',
          signal,
          credentials: 'same-origin',
          cache: 'no-store',
        });
      } catch (cause) {
        if (signal?.aborted || (cause instanceof DOMException && cause.name === 'AbortError'))
          throw new ApiError({ status: 0, code: CLIENT_ERROR_CODES.aborted, message: 'cancelled' });
        throw new ApiError({
          status: 0,
          code: CLIENT_ERROR_CODES.network,
          message: cause instanceof Error ? cause.message : String(cause),
        });
      }
      if (response.ok) return response;
      const error = apiErrorFromResponse(
        response.status,
        response.headers.get('Retry-After'),
        await response.text(),
      );
      if (error.status === 401 && error.code === UNAUTHENTICATED)
        for (const listener of listeners) listener(error);
      throw error;
    },
    onUnauthenticated(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
