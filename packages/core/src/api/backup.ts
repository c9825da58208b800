import { z } from 'zod';

/**
 * `GET /api/backup` answers the workspace bundle (`niemyet.workspace`, `WorkspaceBundleSchema`);
 * `POST /api/restore` takes one and replaces the workspace with it, all or nothing (accounts,
 * sessions, publications and the activity log stay). A corrupt bundle, one of a newer version or one whose
 * change log does not verify is refused (422 `restore-refused`).
 */
export const RestoreResponseSchema = z.object({
  decisions: z.number().int(),
  baseline: z.number().int(),
  changeLog: z.number().int(),
  legalDocuments: z.number().int(),
});
export type RestoreResponse = z.infer<typeof RestoreResponseSchema>;
