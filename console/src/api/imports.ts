import {
  type ImportDecisionsResponse,
  ImportDecisionsResponseSchema,
  ImportWorkspaceResponseSchema,
  type WorkspaceBundle,
} from '@niemyet/core';
import type { ApiClient, UploadProgress } from './http';

/**
 * Imports into the team's workspace: a decision-list CSV, or the workspace an earlier console
 * kept in this browser. Both merge all-or-nothing on the server and answer with the same
 * figures; a refused file is a 422 ApiError whose `errors` name row and column, a file naming
 * decisions the server holds with other content a 409 `import-conflict`.
 */

export interface UploadOptions {
  /** The file's name, for the server's activity log (sent only when it is plain ASCII: a header cannot carry more). */
  fileName?: string;
  signal?: AbortSignal;
  onUploadProgress?: (progress: UploadProgress) => void;
}

/**
 * POST /api/imports/decisions with the file as it is (text/csv, no charset: the server finds the
 * encoding, as the browser's check did).
 */
export async function importDecisionList(
  client: ApiClient,
  csv: Blob | string,
  { fileName, signal, onUploadProgress }: UploadOptions = {},
): Promise<ImportDecisionsResponse> {
  const answer = await client.upload({
    method: 'POST',
    path: '/api/imports/decisions',
    headers: fileName && /^[\x20-\x7e]{1,200}$/.test(fileName) ? { 'X-File-Name': fileName } : {},
    raw: { body: csv, contentType: 'text/csv' },
    response: ImportDecisionsResponseSchema,
    signal,
    onUploadProgress,
  });
  return answer.data as ImportDecisionsResponse;
}

/** POST /api/imports/workspace with a `niemyet.workspace` bundle built from the browser's database. */
export async function importWorkspace(
  client: ApiClient,
  bundle: WorkspaceBundle,
  { signal, onUploadProgress }: UploadOptions = {},
): Promise<ImportDecisionsResponse> {
  const answer = await client.upload({
    method: 'POST',
    path: '/api/imports/workspace',
    // Built from records core validated when they were stored: sent as they are, not re-parsed here.
    raw: { body: JSON.stringify(bundle), contentType: 'application/json' },
    response: ImportWorkspaceResponseSchema,
    signal,
    onUploadProgress,
  });
  return answer.data as ImportDecisionsResponse;
}
