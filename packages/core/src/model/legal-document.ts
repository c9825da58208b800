import { z } from 'zod';
import { IsoDateSchema } from '../dates/iso-date';

export const LegalDocumentStatusSchema = z.enum([
  'not_yet_effective',
  'in_force',
  'amended',
  'replaced',
  'expired',
  'abolished',
]);

export const LegalRelationSchema = z.object({
  kind: z.enum(['amends', 'replaces', 'abolishes']),
  /** Canonical number of the other document. */
  target: z.string().min(1),
});

/** A legal document ("văn bản quy phạm pháp luật"): Luật, Nghị định, Thông tư, Quyết định… */
export const LegalDocumentSchema = z.object({
  id: z.string().min(1),
  /** Canonical number (`parseDocumentNumber`), the key procedures cite. */
  number: z.string().min(1),
  rawNumber: z.string().nullable().default(null),
  type: z.string().nullable().default(null),
  issuer: z.string().nullable().default(null),
  title: z.string().default(''),
  issuedOn: IsoDateSchema.nullable().default(null),
  effectiveOn: IsoDateSchema.nullable().default(null),
  expiresOn: IsoDateSchema.nullable().default(null),
  status: LegalDocumentStatusSchema.default('in_force'),
  relations: z.array(LegalRelationSchema).default([]),
});
export type LegalDocument = z.infer<typeof LegalDocumentSchema>;

/** What a review recommends; 'no_action' when the procedure is not concerned after all. */
export const ReviewOutcomeSchema = z.enum(['keep', 'amend', 'replace', 'abolish', 'no_action']);
export type ReviewOutcome = z.infer<typeof ReviewOutcomeSchema>;

/** Where a task is in its life: open until someone takes it, done once its outcome is decided. */
export const ReviewTaskStateSchema = z.enum(['open', 'in_progress', 'done']);
export type ReviewTaskState = z.infer<typeof ReviewTaskStateSchema>;

/** A review campaign ("all 2019 provincial documents"). */
export const ReviewCampaignSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  createdOn: IsoDateSchema,
  dueOn: IsoDateSchema.nullable().default(null),
  /** Who opened it; null in bundles from before the team server. */
  createdBy: z.string().nullable().default(null),
});
export type ReviewCampaign = z.infer<typeof ReviewCampaignSchema>;

/**
 * A review: of one legal document within a campaign (`kind: 'campaign'`), or of one procedure
 * because a registered document amends, replaces or abolishes a document it cites (`kind:
 * 'event'`, no campaign). Fields after `note` came with the registry; their defaults keep
 * older bundles readable.
 */
export const ReviewTaskSchema = z.object({
  id: z.string().min(1),
  campaignId: z.string().min(1).nullable().default(null),
  /** The document under review: for an event task, the one cited that the new text touches. */
  documentNumber: z.string().min(1),
  assignee: z.string().nullable().default(null),
  dueOn: IsoDateSchema.nullable().default(null),
  outcome: ReviewOutcomeSchema.nullable().default(null),
  procedureIds: z.array(z.string()).default([]),
  decisionId: z.string().nullable().default(null),
  note: z.string().nullable().default(null),
  kind: z.enum(['campaign', 'event']).default('campaign'),
  state: ReviewTaskStateSchema.default('open'),
  /** Why the outcome was chosen, as the reviewer wrote it. */
  reason: z.string().nullable().default(null),
  /** Event tasks: the registered document that caused the review, and what it does. */
  triggeredBy: z.string().nullable().default(null),
  relation: LegalRelationSchema.shape.kind.nullable().default(null),
});
export type ReviewTask = z.infer<typeof ReviewTaskSchema>;
