import { ApiError, CLIENT_ERROR_CODES } from './api-error';
import type { ApiClient } from './http';

/**
 * A file the server streams (a change-log export, a report workbook, a decision's annex), read
 * chunk by chunk so the page can show how far it is and the user can cancel: the server says
 * how many rows are coming (`X-Total-Count`), the reader counts bytes and, in a CSV, the rows
 * read so far (one line each, after the header).
 */

export interface DownloadProgress {
  bytes: number;
  /** Rows read so far; null when the format does not let a reader count them as they come (XLSX, DOCX, JSON). */
  rows: number | null;
  /** Rows the server said it sends (`X-Total-Count`); null when it did not say. */
  totalRows: number | null;
  /** The body's length when the server gave one (`Content-Length`): bytes are then a fraction of it. */
  totalBytes: number | null;
}

export interface DownloadedFile {
  blob: Blob;
  /** From `Content-Disposition`, else the fallback the caller gave. */
  name: string;
}

export interface StreamedDownloadOptions {
  path: string;
  query?: Record<string, string | undefined>;
  /** The name to save under when the server gives none. */
  fallbackName: string;
  /** Count CSV lines as rows (the first line is the header). */
  countLines?: boolean;
  signal?: AbortSignal;
  onProgress?(progress: DownloadProgress): void;
}

const LF = 0x0a;

export async function streamedDownload(
  client: ApiClient,
  { path, query, fallbackName, countLines = false, signal, onProgress }: StreamedDownloadOptions,
): Promise<DownloadedFile> {
  const response = await client.open({ path, query, signal });
  const totalRows = headerCount(response.headers.get('X-Total-Count'));
  const totalBytes = headerCount(response.headers.get('Content-Length'));
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  const name = fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  let lines = 0;
  const report = () =>
    onProgress?.({
      bytes,
      rows: countLines ? Math.max(0, lines - 1) : null,
      totalRows,
      totalBytes,
    });
  report();
  if (response.body) {
    const reader = response.body.getReader();
    const cancel = () => void reader.cancel().catch(() => {});
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      for (;;) {
        let read: ReadableStreamReadResult<Uint8Array>;
        try {
          read = await reader.read();
        } catch (cause) {
          throw signal?.aborted ? aborted() : networkError(cause);
        }
        if (signal?.aborted) throw aborted();
        if (read.done) break;
        const chunk = new Uint8Array(read.value);
        chunks.push(chunk);
        bytes += chunk.byteLength;
        if (countLines) for (const byte of chunk) if (byte === LF) lines++;
        report();
      }
    } finally {
      signal?.removeEventListener('abort', cancel);
    }
  }
  if (signal?.aborted) throw aborted();
  return { blob: new Blob(chunks, { type }), name };
}

function aborted(): ApiError {
  return new ApiError({ status: 0, code: CLIENT_ERROR_CODES.aborted, message: 'cancelled' });
}

function networkError(cause: unknown): ApiError {
  return new ApiError({
    status: 0,
    code: CLIENT_ERROR_CODES.network,
    message: cause instanceof Error ? cause.message : String(cause),
  });
}

function headerCount(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value.trim());
}

/**
 * The name in `Content-Disposition`: RFC 6266's `filename*=UTF-8''…` (percent-encoded) before
 * the plain `filename="…"`. Any path in it is dropped: the browser saves where the user says.
 */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  let name: string | null = null;
  if (extended) {
    try {
      name = decodeURIComponent(extended[1]!.trim());
    } catch {
      name = null;
    }
  }
  if (name === null) {
    const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(disposition);
    name = plain ? (plain[1] ?? plain[2] ?? '').trim() : null;
  }
  const base = name?.split(/[\\/]/).pop() ?? '';
  return base === '' ? null : base;
}

/** How long the object URL lives after the click: revoking at once can cancel the download in some browsers. */
const URL_LIFETIME_MS = 60_000;

/** Saves a downloaded file through the browser: an object URL and a hidden `a[download]` clicked once. */
export function saveFile({ blob, name }: DownloadedFile, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}
