import { afterEach, describe, expect, it } from 'vitest';
import { xhrTransport } from './http';

/**
 * The upload transport over XMLHttpRequest (the page's, for upload progress), against a fake
 * XMLHttpRequest: progress events reach the caller, headers and body are sent as given, the
 * answer's headers are read back, and aborting the signal aborts the request.
 */

class FakeXhr {
  static last: FakeXhr | null = null;
  method = '';
  url = '';
  sent: unknown = undefined;
  headers: Record<string, string> = {};
  status = 0;
  responseText = '';
  withCredentials = true;
  aborted = false;
  private listeners: Record<string, (() => void)[]> = {};
  readonly upload = {
    listeners: [] as ((event: { loaded: number; total: number; lengthComputable: boolean }) => void)[],
    addEventListener(
      _type: 'progress',
      listener: (event: { loaded: number; total: number; lengthComputable: boolean }) => void,
    ) {
      this.listeners.push(listener);
    },
  };
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  addEventListener(type: string, listener: () => void) {
    this.listeners[type] = [...(this.listeners[type] ?? []), listener];
  }
  send(body: unknown) {
    this.sent = body;
  }
  abort() {
    this.aborted = true;
    for (const listener of this.listeners.abort ?? []) listener();
  }
  getAllResponseHeaders() {
    return 'content-type: application/json\r\netag: "abc"\r\n';
  }
  /** The test plays the network: some progress, then the answer. */
  answer(status: number, text: string) {
    for (const listener of this.upload.listeners) listener({ loaded: 5, total: 10, lengthComputable: true });
    this.status = status;
    this.responseText = text;
    for (const listener of this.listeners.load ?? []) listener();
  }
}

const original = globalThis.XMLHttpRequest;
afterEach(() => {
  globalThis.XMLHttpRequest = original;
});

describe('the upload transport', () => {
  it('sends the body with its headers, reports upload progress and reads the answer', async () => {
    globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
    const progress: { loaded: number; total: number }[] = [];
    const sending = xhrTransport().send({
      method: 'POST',
      url: '/api/imports/decisions',
      headers: { 'Content-Type': 'text/csv' },
      body: 'a,b',
      signal: undefined,
      onUploadProgress: (p) => progress.push(p),
    });
    const xhr = FakeXhr.last!;
    expect([xhr.method, xhr.url, xhr.sent, xhr.headers]).toEqual([
      'POST',
      '/api/imports/decisions',
      'a,b',
      { 'Content-Type': 'text/csv' },
    ]);
    xhr.answer(200, '{"ok":true}');
    const answer = await sending;
    expect(progress).toEqual([{ loaded: 5, total: 10 }]);
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('{"ok":true}');
    expect(answer.headers.get('ETag')).toBe('"abc"');
  });

  it('aborts the request when the signal is aborted, rejecting with an AbortError', async () => {
    globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
    const controller = new AbortController();
    const sending = xhrTransport().send({
      method: 'POST',
      url: '/api/imports/decisions',
      headers: {},
      body: 'a,b',
      signal: controller.signal,
    });
    controller.abort();
    await expect(sending).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeXhr.last?.aborted).toBe(true);
  });
});
