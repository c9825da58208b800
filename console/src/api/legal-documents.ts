import {
  type DocumentBody,
  DocumentBodySchema,
  type DocumentDetailResponse,
  DocumentDetailResponseSchema,
  type DocumentImportResponse,
  DocumentImportResponseSchema,
  type DocumentListQuery,
  type DocumentListResponse,
  DocumentListResponseSchema,
  type DocumentWriteResponse,
  DocumentWriteResponseSchema,
  type ImpactResponse,
  ImpactResponseSchema,
  type IsoDate,
  type LegalBasisFlagsResponse,
  LegalBasisFlagsResponseSchema,
  type ProcedureLegalBasisResponse,
  ProcedureLegalBasisResponseSchema,
} from '@niemyet/core';
import type { ApiClient } from './http';
import type { UploadOptions } from './imports';

/**
 * The legal-document registry over the API (issue 11): the list with documents only cited,
 * one document with its impact and review tasks, register / edit / CSV import, a procedure's
 * legal basis and the catalogue-wide flags. A document is addressed by its number in any
 * spelling, encoded whole: its slashes belong to the number, not to the path.
 */

const documentPath = (number: string) => `/api/documents/${encodeURIComponent(number)}`;

/** `GET /api/documents`: a page of the registry, filtered. */
export function listDocuments(
  client: ApiClient,
  query: Partial<DocumentListQuery>,
  signal?: AbortSignal,
): Promise<DocumentListResponse> {
  return client.send({
    method: 'GET',
    path: '/api/documents',
    query: { ...query },
    response: DocumentListResponseSchema,
    signal,
  });
}

/** `GET /api/documents/:number`: one document, its status on `at`, relations, impact and tasks. */
export function documentDetail(
  client: ApiClient,
  number: string,
  at: IsoDate | undefined,
  signal?: AbortSignal,
): Promise<DocumentDetailResponse> {
  return client.send({
    method: 'GET',
    path: documentPath(number),
    query: { at },
    response: DocumentDetailResponseSchema,
    signal,
  });
}

/** `POST /api/documents`: registers a document; the answer lists the review tasks it created. */
export function registerDocument(
  client: ApiClient,
  body: DocumentBody,
  signal?: AbortSignal,
): Promise<DocumentWriteResponse> {
  return client.send({
    method: 'POST',
    path: '/api/documents',
    json: { schema: DocumentBodySchema, value: body },
    response: DocumentWriteResponseSchema,
    signal,
  });
}

/** `PUT /api/documents/:number`: replaces a registered document with the form's content. */
export function editDocument(
  client: ApiClient,
  number: string,
  body: DocumentBody,
  signal?: AbortSignal,
): Promise<DocumentWriteResponse> {
  return client.send({
    method: 'PUT',
    path: documentPath(number),
    json: { schema: DocumentBodySchema, value: body },
    response: DocumentWriteResponseSchema,
    signal,
  });
}

/**
 * `POST /api/documents/import`: the CSV file as it is (the server finds its encoding), with
 * upload progress and cancel. All or nothing: a refused file is a 422 ApiError whose `errors`
 * name row and column.
 */
export async function importDocumentCsv(
  client: ApiClient,
  csv: Blob | string,
  { signal, onUploadProgress }: Omit<UploadOptions, 'fileName'> = {},
): Promise<DocumentImportResponse> {
  const answer = await client.upload({
    method: 'POST',
    path: '/api/documents/import',
    raw: { body: csv, contentType: 'text/csv' },
    response: DocumentImportResponseSchema,
    signal,
    onUploadProgress,
  });
  return answer.data as DocumentImportResponse;
}

/** `GET /api/impact`: the procedures in force on `at` citing a document. */
export function documentImpact(
  client: ApiClient,
  number: string,
  at: IsoDate | undefined,
  signal?: AbortSignal,
): Promise<ImpactResponse> {
  return client.send({
    method: 'GET',
    path: '/api/impact',
    query: { number, at },
    response: ImpactResponseSchema,
    signal,
  });
}

/** `GET /api/procedures/:id/legal-basis`: each cited document with its status on `at`. */
export function procedureLegalBasis(
  client: ApiClient,
  procedureId: string,
  at: IsoDate | undefined,
  signal?: AbortSignal,
): Promise<ProcedureLegalBasisResponse> {
  return client.send({
    method: 'GET',
    path: `/api/procedures/${encodeURIComponent(procedureId)}/legal-basis`,
    query: { at },
    response: ProcedureLegalBasisResponseSchema,
    signal,
  });
}

export interface FlagsQuery {
  at?: IsoDate;
  field?: string;
  agency?: string;
  limit?: number;
  offset?: number;
}

/** `GET /api/legal-basis/flags`: procedures resting on an ended document, with counts. */
export function legalBasisFlags(
  client: ApiClient,
  query: FlagsQuery,
  signal?: AbortSignal,
): Promise<LegalBasisFlagsResponse> {
  return client.send({
    method: 'GET',
    path: '/api/legal-basis/flags',
    query: { ...query },
    response: LegalBasisFlagsResponseSchema,
    signal,
  });
}
