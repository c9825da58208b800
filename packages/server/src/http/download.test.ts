import { describe, expect, it } from 'vitest';
import { contentDisposition, streamedDownload, writeChunks } from './download';

describe('streamedDownload', () => {
  it('streams what the writer writes, with the headers', async () => {
    const response = streamedDownload(
      new Request('http://x/'),
      { filename: 'a.csv', contentType: 'text/csv', headers: { 'X-Total-Count': '2' } },
      async (output) => {
        await writeChunks(
          (async function* () {
            yield 'a\r\n';
            yield 'b\r\n';
          })(),
          output,
        );
      },
    );
    expect(response.headers.get('x-total-count')).toBe('2');
    expect(await response.text()).toBe('a\r\nb\r\n');
  });

  it('stops the writer when the client cancels the body, and aborts its signal', async () => {
    let written = 0;
    let seen: AbortSignal | null = null;
    await new Promise<void>((resolve) => {
      const response = streamedDownload(
        new Request('http://x/'),
        { filename: 'a.csv', contentType: 'text/csv' },
        async (output, signal) => {
          seen = signal;
          // An endless export: only the client going away ends it.
          await writeChunks(
            (async function* () {
              for (;;) {
                signal.throwIfAborted();
                written++;
                yield 'x'.repeat(1024);
              }
            })(),
            output,
          ).finally(resolve);
        },
      );
      const reader = response.body!.getReader();
      void reader.read().then(() => reader.cancel());
    });
    expect(written).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen!.aborted).toBe(true);
  });

  it('aborts the writer when the request aborts', async () => {
    const controller = new AbortController();
    let aborted = false;
    streamedDownload(
      new Request('http://x/', { signal: controller.signal }),
      { filename: 'a', contentType: 'x' },
      async (_output, signal) => {
        await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
        aborted = true;
      },
    );
    controller.abort();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(aborted).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII name and the UTF-8 one', () => {
    expect(contentDisposition('phu-luc-137/QĐ-UBND.docx')).toBe(
      `attachment; filename="phu-luc-137-QD-UBND.docx"; filename*=UTF-8''phu-luc-137%2FQ%C4%90-UBND.docx`,
    );
  });
});
