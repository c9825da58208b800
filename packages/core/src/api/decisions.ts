import { z } from 'zod';
import { IsoDateSchema } from '../dates/iso-date';
import {
  DecisionActionSchema,
  DecisionSchema,
  DecisionScopeSchema,
  DecisionStateSchema,
} from '../model/decision';
import { LegalRefSchema, ProcedurePatchSchema } from '../model/procedure';
import { ValidationIssueSchema } from './errors';
import { TRANSITION_TARGETS } from './permissions';

/**
 * One item as a drafter writes it. The server fills what it can work out: the item id (kept
 * when given, so an edit does not renumber items), `procedureId` (the code, or a local id for
 * "Không có mã số"), and for amended/abolished items the name from the catalogue when absent.
 */
export const DecisionItemInputSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  action: DecisionActionSchema,
  /** The national code as written (`1.004227`, `1.012753.H19`); null or absent: "Không có mã số". */
  code: z.string().max(100).nullable().optional(),
  name: z.string().min(1).max(2000).optional(),
  changes: ProcedurePatchSchema.optional(),
  reason: z.string().max(10_000).nullable().optional(),
  causeDocument: LegalRefSchema.nullable().optional(),
  nationalDbOn: IsoDateSchema.nullable().optional(),
});
export type DecisionItemInput = z.infer<typeof DecisionItemInputSchema>;

/** Content a draft may carry besides its items; the number and signed date come at issue. */
const draftContentShape = {
  title: z.string().max(2000),
  issuer: z.string().max(500).nullable().optional(),
  signer: z.string().max(500).nullable().optional(),
  /** The planned effective date (validation needs one); it may be corrected at issue. */
  effectiveOn: IsoDateSchema.nullable().optional(),
  scope: DecisionScopeSchema.optional(),
  legalBasis: z.array(LegalRefSchema).max(500).optional(),
  items: z.array(DecisionItemInputSchema).max(5000),
};

/** `POST /api/decisions` → 201 `DecisionCreatedResponse`. */
export const DecisionCreateBodySchema = z.object({
  ...draftContentShape,
  items: draftContentShape.items.default([]),
});
export type DecisionCreateBody = z.infer<typeof DecisionCreateBodySchema>;

export const DecisionCreatedResponseSchema = z.object({
  id: z.string(),
  revision: z.number().int(),
  state: z.literal('draft'),
});
export type DecisionCreatedResponse = z.infer<typeof DecisionCreatedResponseSchema>;

/**
 * `PATCH /api/decisions/:id`: the revision the edit was made on, and the content fields it
 * changes (absent = unchanged). A stale revision gets 409 `stale-revision`.
 */
export const DecisionPatchBodySchema = z
  .object({
    revision: z.number().int().nonnegative(),
    title: draftContentShape.title.optional(),
    issuer: draftContentShape.issuer,
    signer: draftContentShape.signer,
    effectiveOn: draftContentShape.effectiveOn,
    scope: draftContentShape.scope,
    legalBasis: draftContentShape.legalBasis,
    items: draftContentShape.items.optional(),
  })
  .strict();
export type DecisionPatchBody = z.infer<typeof DecisionPatchBodySchema>;

export const TransitionTargetSchema = z.enum(TRANSITION_TARGETS);

/**
 * `POST /api/decisions/:id/transitions`. Submitting (`in_review`) may name `reviewers`
 * (usernames holding the reviewer role; absent or empty = any reviewer). Issuing records the
 * decision as signed: `number` and `signedOn` are required then, `effectiveOn` replaces the
 * planned date and `signer` the planned signer when given. Requesting changes and withdrawing
 * need a `comment`.
 */
export const TransitionBodySchema = z
  .object({
    to: TransitionTargetSchema,
    revision: z.number().int().nonnegative(),
    comment: z.string().max(10_000).nullable().optional(),
    number: z.string().trim().min(1).max(200).optional(),
    signedOn: IsoDateSchema.optional(),
    effectiveOn: IsoDateSchema.optional(),
    signer: z.string().trim().min(1).max(500).optional(),
    reviewers: z.array(z.string().min(1).max(100)).max(50).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.to !== 'in_review' && body.reviewers !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['reviewers'],
        message: 'only given when submitting (to: "in_review")',
      });
    if (body.to !== 'issued') {
      for (const key of ['number', 'signedOn', 'effectiveOn', 'signer'] as const)
        if (body[key] !== undefined)
          ctx.addIssue({ code: 'custom', path: [key], message: `only given when issuing (to: "issued")` });
      return;
    }
    if (body.number === undefined)
      ctx.addIssue({ code: 'custom', path: ['number'], message: 'required when issuing' });
    if (body.signedOn === undefined)
      ctx.addIssue({ code: 'custom', path: ['signedOn'], message: 'required when issuing' });
  });
export type TransitionBody = z.infer<typeof TransitionBodySchema>;

/**
 * `GET /api/decisions/:id` (and the answer of PATCH and transitions): the decision, core's
 * validation of it against the catalogue at its effective date, and the transitions the
 * caller may take now (their role allows it and the state machine's guard passes).
 */
export const DecisionDetailResponseSchema = z.object({
  decision: DecisionSchema,
  validation: z.array(ValidationIssueSchema),
  transitions: z.array(TransitionTargetSchema),
});
export type DecisionDetailResponse = z.infer<typeof DecisionDetailResponseSchema>;

/** `GET /api/decisions?state=&waiting=me&limit=&offset=` */
export const DecisionListQuerySchema = z.object({
  state: DecisionStateSchema.optional(),
  /** `me`: decisions waiting on the caller (see `waitingOn`). */
  waiting: z.literal('me').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type DecisionListQuery = z.infer<typeof DecisionListQuerySchema>;

/**
 * The nearest statutory deadline of a decision (core's deadline rules, DESIGN §6): for one not
 * yet issued, the latest day to sign it; for an issued one, the latest day to enter its items
 * on the national database while some are not entered. `none`: no deadline applies (no cause
 * document with an effective date, or every item entered).
 */
export const DeadlineStatusSchema = z.object({
  status: z.enum(['none', 'ok', 'due-soon', 'overdue', 'late']),
  kind: z.enum(['decision-signed', 'national-db-entry']).nullable(),
  dueOn: IsoDateSchema.nullable(),
});
export type DeadlineStatus = z.infer<typeof DeadlineStatusSchema>;

export const DecisionSummarySchema = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  state: DecisionStateSchema,
  author: z.string(),
  /** Reviewers it was sent to (empty = any reviewer). */
  reviewers: z.array(z.string()),
  /** Reviewers whose approval matches the current revision. */
  approvedBy: z.array(z.string()),
  deadline: DeadlineStatusSchema,
  revision: z.number().int(),
  signedOn: IsoDateSchema.nullable(),
  effectiveOn: IsoDateSchema.nullable(),
  items: z.number().int(),
  updatedAt: z.string(),
});
export type DecisionSummary = z.infer<typeof DecisionSummarySchema>;

/** Newest change first. */
export const DecisionListResponseSchema = z.object({
  total: z.number().int(),
  decisions: z.array(DecisionSummarySchema),
});
export type DecisionListResponse = z.infer<typeof DecisionListResponseSchema>;
