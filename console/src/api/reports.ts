import {
  type PeriodReportQuery,
  PeriodReportQuerySchema,
  type PeriodReportResponse,
  PeriodReportResponseSchema,
} from '@niemyet/core';
import type { ApiClient } from './http';
import { type DownloadedFile, type DownloadProgress, streamedDownload } from './streamed-download';

/** The period report (issue 12): its figures and paragraph, and the same as a workbook. */

export function periodReport(
  client: ApiClient,
  period: PeriodReportQuery,
  signal?: AbortSignal,
): Promise<PeriodReportResponse> {
  const { from, to } = PeriodReportQuerySchema.parse(period);
  return client.send({
    method: 'GET',
    path: '/api/reports/period',
    query: { from, to },
    response: PeriodReportResponseSchema,
    signal,
  });
}

export function exportPeriodReport(
  client: ApiClient,
  period: PeriodReportQuery,
  options: { signal?: AbortSignal; onProgress?(progress: DownloadProgress): void } = {},
): Promise<DownloadedFile> {
  const { from, to } = PeriodReportQuerySchema.parse(period);
  return streamedDownload(client, {
    path: '/api/reports/period/export',
    query: { from, to, format: 'xlsx' },
    fallbackName: `bao-cao-${from}-${to}.xlsx`,
    ...options,
  });
}
