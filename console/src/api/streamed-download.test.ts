import { describe, expect, it } from 'vitest';
import { createApiClient } from './http';
import { type DownloadProgress, fileNameOf, streamedDownload } from './streamed-download';

/** Reading a streamed file: progress from the server's row count and the bytes read, its name, cancel. */

function serverSending(parts: string[], headers: Record<string, string>) {
  const encoder = new TextEncoder();
  let cancelled = false;
  const fetch = (async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const part of parts) controller.enqueue(encoder.encode(part));
          controller.close();
        },
        cancel() {
          cancelled = true;
        },
      }),
      { status: 200, headers },
    )) as typeof globalThis.fetch;
  return { client: createApiClient({ fetch }), wasCancelled: () => cancelled };
}

describe('streamedDownload', () => {
  it('counts CSV rows (after the header) against X-Total-Count, and names the file from Content-Disposition', async () => {
    const { client } = serverSending(['STT,Mã\r\n1,a\r\n', '2,b\r\n3,c\r\n'], {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="nhat-ky-thay-doi-2020-01-01-2020-12-31.csv"',
      'X-Total-Count': '3',
    });
    const seen: DownloadProgress[] = [];
    const file = await streamedDownload(client, {
      path: '/api/changelog/export',
      fallbackName: 'x.csv',
      countLines: true,
      onProgress: (progress) => seen.push(progress),
    });
    expect(file.name).toBe('nhat-ky-thay-doi-2020-01-01-2020-12-31.csv');
    expect(await file.blob.text()).toBe('STT,Mã\r\n1,a\r\n2,b\r\n3,c\r\n');
    expect(seen.map((p) => [p.rows, p.totalRows])).toEqual([
      [0, 3],
      [1, 3],
      [3, 3],
    ]);
    expect(seen.at(-1)!.bytes).toBe(new TextEncoder().encode('STT,Mã\r\n1,a\r\n2,b\r\n3,c\r\n').length);
  });

  it('reports bytes only when rows cannot be counted, and falls back to the given name', async () => {
    const { client } = serverSending(['PK\u0003\u0004'], { 'Content-Length': '4' });
    const seen: DownloadProgress[] = [];
    const file = await streamedDownload(client, {
      path: '/x',
      fallbackName: 'bao-cao.xlsx',
      onProgress: (progress) => seen.push(progress),
    });
    expect(file.name).toBe('bao-cao.xlsx');
    expect(seen.at(-1)).toEqual({ bytes: 4, rows: null, totalRows: null, totalBytes: 4 });
  });

  it('stops reading and refuses with `aborted` once cancelled', async () => {
    const { client, wasCancelled } = serverSending(['a\n', 'b\n'], {});
    const abort = new AbortController();
    const reading = streamedDownload(client, {
      path: '/x',
      fallbackName: 'x',
      signal: abort.signal,
      onProgress: (progress) => {
        if (progress.bytes > 0) abort.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ code: 'aborted' });
    expect(wasCancelled()).toBe(true);
  });

  it('turns an error answer into the ApiError the body says', async () => {
    const fetch = (async () =>
      new Response(JSON.stringify({ code: 'forbidden', params: {}, message: 'no' }), {
        status: 403,
        headers: { 'Content-Type': 'application/json' },
      })) as typeof globalThis.fetch;
    await expect(
      streamedDownload(createApiClient({ fetch }), { path: '/x', fallbackName: 'x' }),
    ).rejects.toMatchObject({ status: 403, code: 'forbidden' });
  });
});

describe('fileNameOf', () => {
  it("prefers RFC 6266's UTF-8 name, drops any path, and gives null without a name", () => {
    expect(fileNameOf(`attachment; filename="bao-cao.xlsx"; filename*=UTF-8''b%C3%A1o-c%C3%A1o.xlsx`)).toBe(
      'báo-cáo.xlsx',
    );
    expect(fileNameOf('attachment; filename="../../etc/phu-luc.docx"')).toBe('phu-luc.docx');
    expect(fileNameOf('attachment; filename=plain.csv')).toBe('plain.csv');
    expect(fileNameOf('attachment')).toBeNull();
    expect(fileNameOf(null)).toBeNull();
  });
});
