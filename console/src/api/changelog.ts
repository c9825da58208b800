import {
  type ChangeLogFilter,
  ChangeLogFilterSchema,
  type ChangeLogResponse,
  ChangeLogResponseSchema,
  type ChangeLogVerifyResponse,
  ChangeLogVerifyResponseSchema,
} from '@niemyet/core';
import type { ApiClient } from './http';
import { type DownloadedFile, type DownloadProgress, streamedDownload } from './streamed-download';

/**
 * The change log (issue 12): its entries filtered (`GET /api/changelog`), the chain check
 * (`GET /api/changelog/verify`) and its exports (`GET /api/changelog/export`, streamed).
 */

export type ChangeLogExportFormat = 'csv' | 'xlsx' | 'json';

/** The filter as query parameters: checked against the contract first, empty values left out. */
export function changeLogFilterQuery(filter: ChangeLogFilter): Record<string, string | undefined> {
  const checked = ChangeLogFilterSchema.parse(filter);
  const query: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(checked))
    if (value !== undefined && value !== '') query[key] = value;
  return query;
}

/** One page of entries by seq (the server's largest page is 5,000). */
export function listChangeLog(
  client: ApiClient,
  filter: ChangeLogFilter,
  page: { limit: number; offset: number },
  signal?: AbortSignal,
): Promise<ChangeLogResponse> {
  return client.send({
    method: 'GET',
    path: '/api/changelog',
    query: { ...changeLogFilterQuery(filter), limit: page.limit, offset: page.offset },
    response: ChangeLogResponseSchema,
    signal,
  });
}

/** The whole chain recomputed by the server. */
export function verifyChangeLog(client: ApiClient, signal?: AbortSignal): Promise<ChangeLogVerifyResponse> {
  return client.send({
    method: 'GET',
    path: '/api/changelog/verify',
    response: ChangeLogVerifyResponseSchema,
    signal,
  });
}

/** The filtered log as a file, read as it streams in (progress, cancel with `signal`). */
export function exportChangeLog(
  client: ApiClient,
  filter: ChangeLogFilter,
  format: ChangeLogExportFormat,
  options: { signal?: AbortSignal; onProgress?(progress: DownloadProgress): void } = {},
): Promise<DownloadedFile> {
  return streamedDownload(client, {
    path: '/api/changelog/export',
    query: { format, ...changeLogFilterQuery(filter) },
    fallbackName: `nhat-ky-thay-doi.${format}`,
    countLines: format === 'csv',
    ...options,
  });
}
