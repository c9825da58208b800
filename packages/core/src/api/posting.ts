import { z } from 'zod';
import { FieldDiffSchema } from '../audit/audit-schemas';
import { IsoDateSchema } from '../dates/iso-date';
import { OfficeSchema, OfficeScopeSchema } from '../model/office';
import type { PostingEntry, PostingSheet } from '../posting/posting-sheet';
import type { RepostingChecklist, RepostingItem } from '../posting/reposting-checklist';

/**
 * Posting (niêm yết) at the counter (issue 14): offices, the sheet each posts, the re-posting
 * checklist after decisions take effect, and the public list of what each office has posted.
 *
 * Permissions: `posting.read` (every role) reads offices, sheets and checklists;
 * `posting.manage` (supervisors, admins) creates and edits offices; `posting.record`
 * (drafters, supervisors, admins: whoever does the re-posting) marks checklist items done.
 * The public list (`/api/public/offices/:id` as JSON, `/public/offices/:id` as a page) needs
 * no sign-in: what is posted at a counter is public.
 *
 * `at` (a query parameter, YYYY-MM-DD) defaults to the server's today in Vietnam. A posted
 * list holds each procedure as it was when the office marked it posted: the checklist is the
 * difference between that list and the catalogue in force (core's `repostingChecklist`).
 */

/** `POST /api/offices` → 201 `{id}`. */
export const OfficeBodySchema = z
  .object({
    name: z.string().trim().min(1).max(300),
    area: z.string().trim().max(300).nullable().optional(),
    address: z.string().trim().max(500).nullable().optional(),
    scope: OfficeScopeSchema,
  })
  .strict();
export type OfficeBody = z.infer<typeof OfficeBodySchema>;

/** `PATCH /api/offices/:id`: any of the body's keys → 200 `OfficeSchema`. */
export const OfficePatchSchema = z
  .object({
    name: z.string().trim().min(1).max(300).optional(),
    area: z.string().trim().max(300).nullable().optional(),
    address: z.string().trim().max(500).nullable().optional(),
    scope: OfficeScopeSchema.optional(),
  })
  .strict();
export type OfficePatch = z.infer<typeof OfficePatchSchema>;

export const OfficeCreatedSchema = z.object({ id: z.string() });

export const SubmissionChannelsSchema = z.object({
  counter: z.boolean(),
  online: z.enum(['full', 'partial']).nullable(),
  postal: z.boolean(),
  other: z.array(z.string()),
});

export const PostingEntrySchema = z.object({
  procedureId: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  field: z.string().nullable(),
  agency: z.string().nullable(),
  levels: z.array(z.string()),
  processingTime: z.string().nullable(),
  fees: z.string().nullable(),
  channels: SubmissionChannelsSchema,
  portalUrl: z.string().nullable(),
}) satisfies z.ZodType<PostingEntry>;

export const PostingGroupSchema = z.object({
  field: z.string().nullable(),
  entries: z.array(PostingEntrySchema),
});

/** `GET /api/offices/:id/sheet?at=` (JSON; `sheet.docx` is the same sheet as an A4 DOCX). */
export const PostingSheetSchema = z.object({
  office: OfficeSchema,
  validFrom: IsoDateSchema,
  total: z.number().int(),
  groups: z.array(PostingGroupSchema),
}) satisfies z.ZodType<PostingSheet>;

export const RepostingActionSchema = z.enum(['take-down', 'replace', 'add']);

export const RepostingItemSchema = z.object({
  action: RepostingActionSchema,
  procedureId: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  field: z.string().nullable(),
  since: IsoDateSchema.nullable(),
  decisionId: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  diffs: z.array(FieldDiffSchema),
}) satisfies z.ZodType<RepostingItem>;

export const RepostingDeadlineSchema = z.object({
  ruleId: z.string(),
  workingDays: z.number().int(),
  dueOn: IsoDateSchema,
  overdue: z.boolean(),
  source: z.string(),
});

const RepostingChecklistCoreSchema = z.object({
  at: IsoDateSchema,
  items: z.array(RepostingItemSchema),
  upcoming: z.array(RepostingItemSchema),
  counts: z.object({ 'take-down': z.number().int(), replace: z.number().int(), add: z.number().int() }),
  neverPosted: z.boolean(),
  pendingSince: IsoDateSchema.nullable(),
  workingDaysOpen: z.number().int(),
  deadline: RepostingDeadlineSchema.nullable(),
}) satisfies z.ZodType<RepostingChecklist>;

/** One checklist item marked done: who did it and when (the office's re-posting record). */
export const RepostingRecordSchema = z.object({
  procedureId: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  action: RepostingActionSchema,
  decisionNumber: z.string().nullable(),
  doneBy: z.string(),
  /** ISO instant. */
  doneAt: z.string(),
  /** The catalogue date the item was done against (the posted content is the one in force then). */
  postedOn: IsoDateSchema,
});
export type RepostingRecord = z.infer<typeof RepostingRecordSchema>;

/** `GET /api/offices/:id/checklist?at=`: the checklist and the latest records (newest first, at most 200). */
export const RepostingChecklistResponseSchema = RepostingChecklistCoreSchema.extend({
  office: OfficeSchema,
  done: z.array(RepostingRecordSchema),
});
export type RepostingChecklistResponse = z.infer<typeof RepostingChecklistResponseSchema>;

/**
 * `POST /api/offices/:id/checklist/done` `{at?, items: [{procedureId, action}]}` → 200 the new
 * checklist. Each item must still be pending on `at` with that action, else 409
 * `checklist-changed` (params `{procedureIds}`) and nothing is recorded: the screen reloads.
 * take-down removes the procedure from the posted list; replace and add post the content in
 * force on `at`. Recorded with the signed-in user and the time, in one transaction.
 */
export const RepostingDoneBodySchema = z
  .object({
    at: IsoDateSchema.optional(),
    items: z
      .array(z.object({ procedureId: z.string().min(1).max(200), action: RepostingActionSchema }).strict())
      .min(1)
      .max(5000),
  })
  .strict();
export type RepostingDoneBody = z.infer<typeof RepostingDoneBodySchema>;

/** An office in the list: where its posting stands (what supervisors watch). */
export const OfficeSummarySchema = OfficeSchema.extend({
  /** The latest day anything was marked posted; null when never posted. */
  postedOn: IsoDateSchema.nullable(),
  postedCount: z.number().int(),
  counts: RepostingChecklistCoreSchema.shape.counts,
  upcomingCount: z.number().int(),
  neverPosted: z.boolean(),
  pendingSince: IsoDateSchema.nullable(),
  workingDaysOpen: z.number().int(),
  deadline: RepostingDeadlineSchema.nullable(),
});
export type OfficeSummary = z.infer<typeof OfficeSummarySchema>;

/** `GET /api/offices?at=` → the offices, the overdue first, then by pending working days, then by name. */
export const OfficeListResponseSchema = z.object({
  at: IsoDateSchema,
  offices: z.array(OfficeSummarySchema),
});
export type OfficeListResponse = z.infer<typeof OfficeListResponseSchema>;

/** `GET /api/public/offices` (no sign-in): every office and its posted date. */
export const PublicOfficeListResponseSchema = z.object({
  offices: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      area: z.string().nullable(),
      address: z.string().nullable(),
      postedOn: IsoDateSchema.nullable(),
      total: z.number().int(),
    }),
  ),
});

/**
 * `GET /api/public/offices/:id` (no sign-in): the list as posted at the office — each
 * procedure as it was when posted — grouped by field, with the date of the latest posting.
 * `/public/offices/:id` is the same as a page (server-rendered, no script, embeddable).
 */
export const PublicOfficeResponseSchema = z.object({
  office: OfficeSchema.pick({ id: true, name: true, area: true, address: true }),
  postedOn: IsoDateSchema.nullable(),
  total: z.number().int(),
  groups: z.array(PostingGroupSchema),
});
export type PublicOfficeResponse = z.infer<typeof PublicOfficeResponseSchema>;
