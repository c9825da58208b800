import {
  type AccessToken,
  type FindingDetailResponse,
  FindingDetailResponseSchema,
  type FindingDigestResponse,
  FindingDigestResponseSchema,
  type FindingListQuery,
  FindingListQuerySchema,
  type FindingListResponse,
  FindingListResponseSchema,
  type FindingPatch,
  FindingPatchSchema,
  type FindingTrendResponse,
  FindingTrendResponseSchema,
  TokenBodySchema,
  TokenCreatedSchema,
  TokenListResponseSchema,
  type Watch,
  type WatchBody,
  WatchBodySchema,
  WatchCreatedSchema,
  WatchListResponseSchema,
  WatchPatchSchema,
  type WatchRun,
  WatchRunCreatedSchema,
  WatchRunSchema,
} from '@niemyet/core';
import type { z } from 'zod';
import type { ApiClient } from './http';
import { type DownloadedFile, type DownloadProgress, streamedDownload } from './streamed-download';

/**
 * Portal watches, the findings inbox and personal access tokens over HTTP (issue 13). Bodies
 * are checked with the contract's schemas before they leave, answers when they come back. The
 * contract does not fix the body of a PATCH or DELETE answer: the screens read the thing again.
 */

/** The inbox's filters as the list, the export and the address share them (no paging). */
export type FindingFilter = Partial<Omit<FindingListQuery, 'limit' | 'offset'>>;

// Made once, on first use: zod builds a whole schema for `.partial()`, ≈ 15 ms at the console's
// start, where the inbox's first page is asked.
let filterSchema: ReturnType<typeof FindingListQuerySchema.partial> | null = null;

/** The filter as query parameters: checked against the contract first, empty values left out. */
export function findingFilterQuery(filter: FindingFilter): Record<string, string | number | undefined> {
  filterSchema ??= FindingListQuerySchema.partial();
  const checked = filterSchema.parse(filter);
  const query: Record<string, string | number | undefined> = {};
  for (const [key, value] of Object.entries(checked))
    if (value !== undefined && value !== '' && key !== 'limit' && key !== 'offset') query[key] = value;
  return query;
}

export function listWatches(client: ApiClient, signal?: AbortSignal): Promise<Watch[]> {
  return client
    .send({ method: 'GET', path: '/api/watches', response: WatchListResponseSchema, signal })
    .then((answer) => answer.watches);
}

/** POST /api/watches → 201 `{id, webhookSecret}` (422 `host-not-allowed`). */
export function createWatch(client: ApiClient, body: WatchBody): Promise<z.infer<typeof WatchCreatedSchema>> {
  return client.send({
    method: 'POST',
    path: '/api/watches',
    json: { schema: WatchBodySchema, value: body },
    response: WatchCreatedSchema,
  });
}

export async function patchWatch(
  client: ApiClient,
  id: string,
  patch: z.input<typeof WatchPatchSchema>,
): Promise<void> {
  await client.request({
    method: 'PATCH',
    path: `/api/watches/${encodeURIComponent(id)}`,
    json: { schema: WatchPatchSchema, value: patch },
    response: null,
  });
}

/** POST /api/watches/:id/runs → 202 `{runId}` (a run already queued or running comes back instead). */
export async function runWatchNow(client: ApiClient, id: string): Promise<string> {
  const answer = await client.send({
    method: 'POST',
    path: `/api/watches/${encodeURIComponent(id)}/runs`,
    response: WatchRunCreatedSchema,
  });
  return answer.runId;
}

export function getWatchRun(
  client: ApiClient,
  watchId: string,
  runId: string,
  signal?: AbortSignal,
): Promise<WatchRun> {
  return client.send({
    method: 'GET',
    path: `/api/watches/${encodeURIComponent(watchId)}/runs/${encodeURIComponent(runId)}`,
    response: WatchRunSchema,
    signal,
  });
}

/** One page of the inbox, newest sighting first (the server's largest page is 1,000). */
export function listFindings(
  client: ApiClient,
  filter: FindingFilter,
  page: { limit: number; offset: number },
  signal?: AbortSignal,
): Promise<FindingListResponse> {
  return client.send({
    method: 'GET',
    path: '/api/findings',
    query: { ...findingFilterQuery(filter), limit: page.limit, offset: page.offset },
    response: FindingListResponseSchema,
    signal,
  });
}

export function getFinding(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<FindingDetailResponse> {
  return client.send({
    method: 'GET',
    path: `/api/findings/${encodeURIComponent(id)}`,
    response: FindingDetailResponseSchema,
    signal,
  });
}

/** PATCH /api/findings/:id (422 `reason-required` when dismissing without a reason). */
export async function patchFinding(client: ApiClient, id: string, patch: FindingPatch): Promise<void> {
  await client.request({
    method: 'PATCH',
    path: `/api/findings/${encodeURIComponent(id)}`,
    json: { schema: FindingPatchSchema, value: patch },
    response: null,
  });
}

export function getFindingTrend(
  client: ApiClient,
  query: { portal?: string; weeks?: number },
  signal?: AbortSignal,
): Promise<FindingTrendResponse> {
  return client.send({
    method: 'GET',
    path: '/api/findings/trend',
    query: { ...query },
    response: FindingTrendResponseSchema,
    signal,
  });
}

/** The day's digest; without a date the server's today in Vietnam. */
export function getFindingDigest(
  client: ApiClient,
  date: string | undefined,
  signal?: AbortSignal,
): Promise<FindingDigestResponse> {
  return client.send({
    method: 'GET',
    path: '/api/findings/digest',
    query: { date },
    response: FindingDigestResponseSchema,
    signal,
  });
}

export type FindingExportFormat = 'csv' | 'xlsx';

/** The filtered inbox as a file, read as it streams in (progress, cancel with `signal`). */
export function exportFindings(
  client: ApiClient,
  filter: FindingFilter,
  format: FindingExportFormat,
  options: { signal?: AbortSignal; onProgress?(progress: DownloadProgress): void } = {},
): Promise<DownloadedFile> {
  const query: Record<string, string | undefined> = { format };
  for (const [key, value] of Object.entries(findingFilterQuery(filter)))
    if (value !== undefined) query[key] = String(value);
  return streamedDownload(client, {
    path: '/api/findings/export',
    query,
    fallbackName: `sai-lech-cong-dvc.${format}`,
    countLines: format === 'csv',
    ...options,
  });
}

export function listTokens(client: ApiClient, signal?: AbortSignal): Promise<AccessToken[]> {
  return client
    .send({ method: 'GET', path: '/api/tokens', response: TokenListResponseSchema, signal })
    .then((answer) => answer.tokens);
}

/** POST /api/tokens → 201 the token with its secret, which the server never shows again. */
export function createToken(client: ApiClient, name: string): Promise<z.infer<typeof TokenCreatedSchema>> {
  return client.send({
    method: 'POST',
    path: '/api/tokens',
    json: { schema: TokenBodySchema, value: { name } },
    response: TokenCreatedSchema,
  });
}

export async function revokeToken(client: ApiClient, id: string): Promise<void> {
  await client.request({ method: 'DELETE', path: `/api/tokens/${encodeURIComponent(id)}`, response: null });
}
