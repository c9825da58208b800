import { z } from 'zod';
import { ChangeLogEntrySchema } from './change-log';
import { DecisionSchema } from './decision';
import { LegalDocumentSchema, ReviewCampaignSchema, ReviewTaskSchema } from './legal-document';
import { ProcedureVersionSchema } from './procedure';
import { WorkspaceSettingsSchema } from './settings';

export const WORKSPACE_FORMAT = 'niemyet.workspace';
export const WORKSPACE_VERSION = 1;

/**
 * Everything in the console's database: the backup format, and what `niemyet
 * import-decisions` writes. `baseline` holds procedures known to be in force before the
 * recorded decisions start (historic lists begin mid-history); the catalogue is the fold of
 * the baseline and the issued decisions.
 */
export const WorkspaceBundleSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(WORKSPACE_VERSION),
  exportedAt: z.string(),
  baseline: z.array(ProcedureVersionSchema).default([]),
  decisions: z.array(DecisionSchema).default([]),
  legalDocuments: z.array(LegalDocumentSchema).default([]),
  reviewCampaigns: z.array(ReviewCampaignSchema).default([]),
  reviewTasks: z.array(ReviewTaskSchema).default([]),
  changeLog: z.array(ChangeLogEntrySchema).default([]),
  settings: WorkspaceSettingsSchema.default({ calendarAdjustments: [], deadlineRules: [] }),
});
export type WorkspaceBundle = z.infer<typeof WorkspaceBundleSchema>;
