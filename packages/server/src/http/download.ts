import { PassThrough, Readable, type Writable } from 'node:stream';

/**
 * `Content-Disposition` for a download: an ASCII name for old clients and the UTF-8 name
 * (RFC 6266 / 5987) for the rest, so Vietnamese file names survive.
 */
export function contentDisposition(filename: string): string {
  const ascii = filename
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replaceAll('Đ', 'D')
    .replaceAll('đ', 'd')
    .replace(/[^A-Za-z0-9._-]+/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export interface Download {
  filename: string;
  contentType: string;
  headers?: Record<string, string>;
}

/**
 * A download written while it is sent: `write` fills a Node stream that becomes the response
 * body, waiting on it when the client reads slower than it writes. When the client goes away
 * (the request aborts or the body is cancelled) `signal` aborts, so the writer stops between
 * rows instead of building a file nobody reads.
 */
export function streamedDownload(
  request: Request,
  download: Download,
  write: (output: Writable, signal: AbortSignal) => Promise<void>,
): Response {
  const output = new PassThrough();
  const controller = new AbortController();
  const abort = () => controller.abort(new Error('the client went away'));
  request.signal.addEventListener('abort', abort, { once: true });
  output.once('close', () => {
    if (!output.writableFinished) abort();
  });
  write(output, controller.signal).then(
    () => {
      if (!output.writableEnded) output.end();
    },
    (error: unknown) => {
      if (!controller.signal.aborted)
        console.error(
          `[niemyet] ${download.filename}: ${error instanceof Error ? error.message : String(error)}`,
        );
      // Cut the body short: the client sees a failed download, never a complete-looking one.
      output.destroy(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return new Response(Readable.toWeb(output) as unknown as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': download.contentType,
      'Content-Disposition': contentDisposition(download.filename),
      'Cache-Control': 'no-store',
      ...download.headers,
    },
  });
}

/** A download already made (a report workbook, an annex). */
export function fileDownload(download: Download, bytes: Uint8Array): Response {
  // A copy on its own ArrayBuffer: what Response's body types accept under every lib setting.
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': download.contentType,
      'Content-Disposition': contentDisposition(download.filename),
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'no-store',
      ...download.headers,
    },
  });
}

/** Pipes text chunks into a stream, waiting whenever it asks to (backpressure). */
export async function writeChunks(chunks: AsyncIterable<string>, output: Writable): Promise<void> {
  for await (const chunk of chunks) {
    if (output.destroyed) return;
    if (!output.write(chunk))
      await new Promise<void>((resolve) => {
        output.once('drain', resolve);
        output.once('close', resolve);
      });
  }
}

export const MEDIA_TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
