import { z } from 'zod';
import { DecisionCommentSchema, DecisionContentSchema } from '../api/decision-review';
import { ChangeLogEntrySchema } from './change-log';
import { DecisionSchema } from './decision';
import { LegalDocumentSchema, ReviewCampaignSchema, ReviewTaskSchema } from './legal-document';
import { OfficePostingRecordSchema, OfficeRecordSchema, PostingRecordEntrySchema } from './office-records';
import { ProcedureVersionSchema } from './procedure';
import { WorkspaceSettingsSchema } from './settings';

export const WORKSPACE_FORMAT = 'niemyet.workspace';
/**
 * The version written. Version 2: change-log entries carry `itemHash` and `decisionHash` (the
 * content they record). Version 1 bundles are still read as they are: their entries keep their
 * place in the chain (re-chaining them would change every later hash and every head published
 * since) and `verifyDecisionsAgainstChain` counts them as not covering content.
 */
export const WORKSPACE_VERSION = 2;
/** Every version this build reads. */
export const WORKSPACE_READABLE_VERSIONS = [1, 2] as const;

/** One saved revision of a decision's content, as the team server keeps it for review. */
export const DecisionRevisionRecordSchema = z.object({
  decisionId: z.string(),
  revision: z.number().int().nonnegative(),
  author: z.string(),
  savedAt: z.string(),
  revisionHash: z.string(),
  content: DecisionContentSchema,
});
export type DecisionRevisionRecord = z.infer<typeof DecisionRevisionRecordSchema>;

/**
 * Everything in the console's database: the backup format, and what `niemyet
 * import-decisions` writes. `baseline` holds procedures known to be in force before the
 * recorded decisions start (historic lists begin mid-history); the catalogue is the fold of
 * the baseline and the issued decisions.
 */
export const WorkspaceBundleSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.union([z.literal(1), z.literal(WORKSPACE_VERSION)]),
  exportedAt: z.string(),
  baseline: z.array(ProcedureVersionSchema).default([]),
  decisions: z.array(DecisionSchema).default([]),
  legalDocuments: z.array(LegalDocumentSchema).default([]),
  reviewCampaigns: z.array(ReviewCampaignSchema).default([]),
  reviewTasks: z.array(ReviewTaskSchema).default([]),
  changeLog: z.array(ChangeLogEntrySchema).default([]),
  settings: WorkspaceSettingsSchema.default({ calendarAdjustments: [], deadlineRules: [] }),
  /**
   * The review record a team server keeps beside its decisions: saved revisions and comments.
   * Optional, so bundles written before them (and by a browser console, which keeps neither)
   * read as they are and their version does not move.
   */
  decisionRevisions: z.array(DecisionRevisionRecordSchema).optional(),
  decisionComments: z.array(DecisionCommentSchema).optional(),
  /**
   * Offices, their posted lists and re-posting records (issue 14). Optional for the same
   * reason: a bundle without them restores and leaves the server's offices as they are.
   */
  offices: z.array(OfficeRecordSchema).optional(),
  officePostings: z.array(OfficePostingRecordSchema).optional(),
  postingRecords: z.array(PostingRecordEntrySchema).optional(),
});
export type WorkspaceBundle = z.infer<typeof WorkspaceBundleSchema>;
