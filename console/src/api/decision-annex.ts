import type { ApiClient } from './http';
import { type DownloadedFile, type DownloadProgress, streamedDownload } from './streamed-download';

/** A decision's annex in the official layout, as a Word document. */
export function downloadDecisionAnnex(
  client: ApiClient,
  decisionId: string,
  options: { signal?: AbortSignal; onProgress?(progress: DownloadProgress): void } = {},
): Promise<DownloadedFile> {
  return streamedDownload(client, {
    path: `/api/decisions/${encodeURIComponent(decisionId)}/annex.docx`,
    fallbackName: 'phu-luc.docx',
    ...options,
  });
}
