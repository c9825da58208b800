import type { ImportDecisionsResponse } from '@niemyet/core';
import { legacyWorkspaceBundle, markLegacyWorkspaceUploaded, type NiemyetConsoleDb } from '@niemyet/db';
import type { ApiClient } from '../api/http';
import { importWorkspace } from '../api/imports';

/**
 * Sends the workspace an earlier console kept in this browser to the team server, once:
 * the whole bundle (`niemyet.workspace`, built from the database) goes to
 * `POST /api/imports/workspace`, which merges it all or nothing like a decision-list import.
 * Only when the server took it is the browser's copy marked as uploaded (and never offered
 * again); a refusal (a conflict, a network failure) leaves it to offer again.
 */
export async function uploadLegacyWorkspace(
  db: NiemyetConsoleDb,
  client: ApiClient,
  now: () => Date = () => new Date(),
): Promise<ImportDecisionsResponse> {
  const bundle = await legacyWorkspaceBundle(db, now().toISOString());
  const figures = await importWorkspace(client, bundle);
  await markLegacyWorkspaceUploaded(db, now().toISOString());
  return figures;
}
