import { z } from 'zod';
import { IsoDateSchema } from '../dates/iso-date';
import { LegalRefSchema, ProcedurePatchSchema } from './procedure';

export const DecisionActionSchema = z.enum(['new', 'amended', 'abolished']);
export type DecisionAction = z.infer<typeof DecisionActionSchema>;

/**
 * One procedure in a publication decision. `changes` holds the proposed fields: all known
 * fields for `new`, only the changed fields for `amended`, nothing for `abolished`.
 */
export const DecisionItemSchema = z.object({
  id: z.string().min(1),
  action: DecisionActionSchema,
  procedureId: z.string().min(1),
  /** Canonical national code, null for "Không có mã số". */
  code: z.string().nullable(),
  /** The code as written in the source, with any agency suffix. */
  rawCode: z.string().nullable().default(null),
  name: z.string().min(1),
  changes: ProcedurePatchSchema.default({}),
  reason: z.string().nullable().default(null),
  /** The legal document that causes this item (for `abolished`: the abolishing document). */
  causeDocument: LegalRefSchema.nullable().default(null),
  /** When the item was entered on (or, abolished, removed from) the national database. */
  nationalDbOn: IsoDateSchema.nullable().default(null),
});
export type DecisionItem = z.infer<typeof DecisionItemSchema>;

export const DecisionStateSchema = z.enum([
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'issued',
  'withdrawn',
]);
export type DecisionState = z.infer<typeof DecisionStateSchema>;

/** Every state change, with who did it, when, and why. */
export const DecisionTransitionSchema = z.object({
  from: DecisionStateSchema.nullable(),
  to: DecisionStateSchema,
  actor: z.string().min(1),
  at: z.string(),
  comment: z.string().nullable().default(null),
});
export type DecisionTransition = z.infer<typeof DecisionTransitionSchema>;

/** A reviewer's approval, bound to the revision it approved: an edit makes it stale. */
export const DecisionApprovalSchema = z.object({
  reviewer: z.string().min(1),
  revisionHash: z.string(),
  at: z.string(),
  comment: z.string().nullable().default(null),
});
export type DecisionApproval = z.infer<typeof DecisionApprovalSchema>;

export const AttachmentSchema = z.object({
  name: z.string(),
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string(),
});

export const DecisionScopeSchema = z.object({
  agency: z.string().nullable().default(null),
  fields: z.array(z.string()).default([]),
  levels: z.array(z.string()).default([]),
});

/** A publication decision ("quyết định công bố"), e.g. "1234/QĐ-UBND". */
export const DecisionSchema = z.object({
  id: z.string().min(1),
  /**
   * The number as written ("2751/QĐ-UBND"). A draft has none yet (''): the number is given
   * when the signed decision is recorded as issued, and validation requires it then
   * (`issueDecision`).
   */
  number: z.string(),
  title: z.string().default(''),
  issuer: z.string().nullable().default(null),
  signer: z.string().nullable().default(null),
  signedOn: IsoDateSchema.nullable().default(null),
  effectiveOn: IsoDateSchema.nullable().default(null),
  scope: DecisionScopeSchema.default({ agency: null, fields: [], levels: [] }),
  items: z.array(DecisionItemSchema).default([]),
  legalBasis: z.array(LegalRefSchema).default([]),
  attachments: z.array(AttachmentSchema).default([]),
  state: DecisionStateSchema,
  /** Who wrote the current revision: they may not approve it. */
  author: z.string().min(1),
  revision: z.number().int().nonnegative().default(0),
  /** Hash of the decision's content at this revision (see `decisionRevisionHash`). */
  revisionHash: z.string().default(''),
  /**
   * The reviewers the draft was sent to at its last submission (usernames); empty = any
   * reviewer. Only they are waited on and only they may give a verdict.
   */
  reviewers: z.array(z.string()).default([]),
  approvals: z.array(DecisionApprovalSchema).default([]),
  transitions: z.array(DecisionTransitionSchema).default([]),
});
export type Decision = z.infer<typeof DecisionSchema>;
