import {
  type RestoreResponse,
  RestoreResponseSchema,
  type WorkspaceBundle,
  WorkspaceBundleSchema,
} from '@niemyet/core';
import type { ApiClient, UploadProgress } from './http';

/** The team workspace as one `niemyet.workspace` bundle: backup and all-or-nothing restore. */

/** GET /api/backup (admin, supervisor). */
export function downloadBackup(client: ApiClient): Promise<WorkspaceBundle> {
  return client.send({ method: 'GET', path: '/api/backup', response: WorkspaceBundleSchema });
}

/** POST /api/restore (admin): 422 `restore-refused` for a bundle that is corrupt or does not verify. */
export function restoreBackup(client: ApiClient, bundle: WorkspaceBundle): Promise<RestoreResponse> {
  return client.send({
    method: 'POST',
    path: '/api/restore',
    json: { schema: WorkspaceBundleSchema, value: bundle },
    response: RestoreResponseSchema,
  });
}

/**
 * POST /api/restore with the chosen file as it is (not re-serialised: a 100 MB bundle is sent
 * once, with upload progress, and can be cancelled through `signal`).
 */
export async function restoreBackupFile(
  client: ApiClient,
  file: Blob,
  options: { signal?: AbortSignal; onUploadProgress?: (progress: UploadProgress) => void } = {},
): Promise<RestoreResponse> {
  const answer = await client.upload({
    method: 'POST',
    path: '/api/restore',
    raw: { body: file, contentType: 'application/json' },
    response: RestoreResponseSchema,
    ...options,
  });
  return answer.data as RestoreResponse;
}
