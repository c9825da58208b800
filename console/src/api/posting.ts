import {
  type IsoDate,
  type Office,
  type OfficeBody,
  OfficeBodySchema,
  OfficeCreatedSchema,
  type OfficeListResponse,
  OfficeListResponseSchema,
  type OfficePatch,
  OfficePatchSchema,
  OfficeSchema,
  type PostingSheet,
  PostingSheetSchema,
  type RepostingChecklistResponse,
  RepostingChecklistResponseSchema,
  type RepostingDoneBody,
  RepostingDoneBodySchema,
} from '@niemyet/core';
import type { ApiClient } from './http';
import { type DownloadedFile, type DownloadProgress, streamedDownload } from './streamed-download';

/**
 * Posting at the counter over HTTP (issue 14): offices, their sheets and re-posting checklists.
 * Bodies are checked with the contract's schemas before they leave, answers when they come
 * back; `at` left out means the server's today in Vietnam.
 */

const officePath = (id: string) => `/api/offices/${encodeURIComponent(id)}`;

/** GET /api/offices: the offices, overdue first (the server's order). */
export function listOffices(client: ApiClient, signal?: AbortSignal): Promise<OfficeListResponse> {
  return client.send({ method: 'GET', path: '/api/offices', response: OfficeListResponseSchema, signal });
}

/** POST /api/offices → 201 `{id}` (400 `bad-request` naming the field). */
export function createOffice(client: ApiClient, body: OfficeBody): Promise<{ id: string }> {
  return client.send({
    method: 'POST',
    path: '/api/offices',
    json: { schema: OfficeBodySchema, value: body },
    response: OfficeCreatedSchema,
  });
}

export function getChecklist(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<RepostingChecklistResponse> {
  return client.send({
    method: 'GET',
    path: `${officePath(id)}/checklist`,
    response: RepostingChecklistResponseSchema,
    signal,
  });
}

/** POST …/checklist/done → the new checklist (409 `checklist-changed` when an item is no longer pending). */
export function markChecklistDone(
  client: ApiClient,
  id: string,
  body: RepostingDoneBody,
): Promise<RepostingChecklistResponse> {
  return client.send({
    method: 'POST',
    path: `${officePath(id)}/checklist/done`,
    json: { schema: RepostingDoneBodySchema, value: body },
    response: RepostingChecklistResponseSchema,
  });
}

export function getPostingSheet(
  client: ApiClient,
  id: string,
  at: IsoDate | undefined,
  signal?: AbortSignal,
): Promise<PostingSheet> {
  return client.send({
    method: 'GET',
    path: `${officePath(id)}/sheet`,
    query: { at },
    response: PostingSheetSchema,
    signal,
  });
}

/** The sheet as an A4 Word document with its QR codes, as the server writes it. */
export function downloadPostingSheet(
  client: ApiClient,
  id: string,
  at: IsoDate | undefined,
  options: { signal?: AbortSignal; onProgress?(progress: DownloadProgress): void } = {},
): Promise<DownloadedFile> {
  return streamedDownload(client, {
    path: `${officePath(id)}/sheet.docx`,
    query: { at },
    fallbackName: `niem-yet-${id}${at ? `-${at}` : ''}.docx`,
    ...options,
  });
}

/** Where the public list of an office is, outside the console and without sign-in. */
export function publicOfficePaths(id: string): { page: string; json: string } {
  const segment = encodeURIComponent(id);
  return { page: `/public/offices/${segment}`, json: `/api/public/offices/${segment}` };
}

/** PATCH /api/offices/:id → the office as changed (400 `bad-request` naming the field). */
export function patchOffice(client: ApiClient, id: string, patch: OfficePatch): Promise<Office> {
  return client.send({
    method: 'PATCH',
    path: officePath(id),
    json: { schema: OfficePatchSchema, value: patch },
    response: OfficeSchema,
  });
}

/** GET /api/offices/:id (404 `not-found` for an office that does not exist). */
export function getOffice(client: ApiClient, id: string, signal?: AbortSignal): Promise<Office> {
  return client.send({ method: 'GET', path: officePath(id), response: OfficeSchema, signal });
}
