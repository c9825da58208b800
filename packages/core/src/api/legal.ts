import { z } from 'zod';
import { IsoDateSchema } from '../dates/iso-date';
import { CsvIssueSchema } from '../interchange/csv-issue';
import {
  LegalDocumentSchema,
  LegalDocumentStatusSchema,
  LegalRelationSchema,
  ReviewCampaignSchema,
  ReviewOutcomeSchema,
  ReviewTaskSchema,
  ReviewTaskStateSchema,
} from '../model/legal-document';
import { LegalRefSchema } from '../model/procedure';

/**
 * The legal-document registry and its reviews over the API (issue 11): documents and their
 * status on any date, the procedures that cite them, review campaigns and tasks, and the
 * dashboard. Reading is for every signed-in role (`legal.read`); writing for reviewers and
 * admins (`legal.write`); drafting a decision from tasks needs `decisions.draft` as any draft.
 *
 * A document is addressed by its number, URL-encoded, in any spelling
 * (`/api/documents/42%2F2022%2FN%C4%90-CP`): the server canonicalises it with
 * `documentNumberKey`. `at` (a query parameter) is the date statuses and the catalogue are
 * read on; it defaults to the server's today (Asia/Ho_Chi_Minh).
 */

/** A status on a date, or `cited_only`: the catalogue cites the document, the registry does not hold it. */
export const DocumentStatusViewSchema = z.union([LegalDocumentStatusSchema, z.literal('cited_only')]);
export type DocumentStatusView = z.infer<typeof DocumentStatusViewSchema>;

/** A procedure as a legal view lists it: enough to name it and link to `#/procedures/:code`. */
export const ProcedureRefSchema = z.object({
  procedureId: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  levels: z.array(z.string()),
  field: z.string().nullable(),
  agency: z.string().nullable(),
});
export type ProcedureRef = z.infer<typeof ProcedureRefSchema>;

/**
 * One row of the registry: a registered document (`document` set) or one only cited
 * (`document` null, `citation` the richest citation the catalogue gives), with its status on
 * `at`, what changed it, and how many procedures in force on `at` cite it.
 */
export const DocumentRowSchema = z.object({
  /** Canonical number (`documentNumberKey`). */
  number: z.string(),
  document: LegalDocumentSchema.nullable(),
  citation: LegalRefSchema.nullable(),
  status: DocumentStatusViewSchema,
  /** The day the status began, when known. */
  since: IsoDateSchema.nullable(),
  /** The number of the document that amended, replaced or abolished it. */
  by: z.string().nullable(),
  citedBy: z.number().int().nonnegative(),
});
export type DocumentRow = z.infer<typeof DocumentRowSchema>;

/**
 * `GET /api/documents?q=&status=&source=&at=&limit=&offset=`. `q` matches number (any
 * spelling), title or issuer, accent-insensitively; `source`: `registered`, `cited` (only
 * cited), or both (default). Order: registered by issue date newest first, then cited-only
 * most cited first.
 */
export const DocumentListQuerySchema = z.object({
  q: z.string().max(200).optional(),
  status: DocumentStatusViewSchema.optional(),
  source: z.enum(['all', 'registered', 'cited']).default('all'),
  at: IsoDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type DocumentListQuery = z.infer<typeof DocumentListQuerySchema>;

export const DocumentListResponseSchema = z.object({
  at: IsoDateSchema,
  total: z.number().int(),
  /** Counts over the whole registry (not the page), for the filter chips. */
  counts: z.object({ registered: z.number().int(), citedOnly: z.number().int() }),
  documents: z.array(DocumentRowSchema),
});
export type DocumentListResponse = z.infer<typeof DocumentListResponseSchema>;

/**
 * `POST /api/documents` (register, 201) and `PUT /api/documents/:number` (replace a registered
 * one, 200): the document as the form gives it. `number` in any spelling (stored canonical,
 * `rawNumber` keeps what was typed); relation targets too. 409 `document-exists` when the
 * number is registered already (POST); 422 `document-without-date` when it has relations but
 * neither an effective nor an issue date (no review deadline can be counted).
 */
export const DocumentBodySchema = z
  .object({
    number: z.string().trim().min(1).max(200),
    type: z.string().trim().max(100).nullable().default(null),
    issuer: z.string().trim().max(300).nullable().default(null),
    title: z.string().trim().max(2000).default(''),
    issuedOn: IsoDateSchema.nullable().default(null),
    effectiveOn: IsoDateSchema.nullable().default(null),
    expiresOn: IsoDateSchema.nullable().default(null),
    relations: z.array(LegalRelationSchema).max(100).default([]),
  })
  .strict();
export type DocumentBody = z.infer<typeof DocumentBodySchema>;

/**
 * Answer of register, edit and import: the documents written and the review tasks they
 * created — one per procedure in force on the day a new text takes effect citing a text it
 * amends, replaces or abolishes (core's `eventReviewTasks`), due on the publication deadline.
 */
export const DocumentWriteResponseSchema = z.object({
  documents: z.array(LegalDocumentSchema),
  tasks: z.array(ReviewTaskSchema),
});
export type DocumentWriteResponse = z.infer<typeof DocumentWriteResponseSchema>;

/**
 * `POST /api/documents/import` (body: the CSV bytes, `text/csv`; `?issuerKind=province`):
 * all or nothing. 422 `import-invalid` with `errors` by row and column (core's
 * `importLegalDocumentCsvBytes`), nothing written. 200 `DocumentImportResponse`.
 */
export const DocumentImportResponseSchema = DocumentWriteResponseSchema.extend({
  warnings: z.array(CsvIssueSchema),
});
export type DocumentImportResponse = z.infer<typeof DocumentImportResponseSchema>;

/** A relation seen from its target: `by` amends, replaces or abolishes this document on `on`. */
export const IncomingRelationViewSchema = z.object({
  kind: LegalRelationSchema.shape.kind,
  by: z.string(),
  byTitle: z.string(),
  on: IsoDateSchema.nullable(),
});

/**
 * `GET /api/documents/:number?at=`: one document (registered or only cited; 404 when neither),
 * its status on `at`, the relations pointing at it, the procedures in force on `at` citing it
 * (the impact), and its review tasks (campaign and event, newest first).
 */
export const DocumentDetailResponseSchema = z.object({
  at: IsoDateSchema,
  row: DocumentRowSchema,
  incoming: z.array(IncomingRelationViewSchema),
  procedures: z.array(ProcedureRefSchema),
  tasks: z.lazy(() => z.array(ReviewTaskViewSchema)),
});
export type DocumentDetailResponse = z.infer<typeof DocumentDetailResponseSchema>;

/**
 * `GET /api/impact?number=&at=`: the procedures in force on `at` citing the document, however
 * either side spelled its number. The keys of `niemyet impact --format json`, each procedure
 * with more than `{code, name}`.
 */
export const ImpactResponseSchema = z.object({
  document: z.string(),
  at: IsoDateSchema,
  procedures: z.array(ProcedureRefSchema),
});
export type ImpactResponse = z.infer<typeof ImpactResponseSchema>;

/**
 * `GET /api/procedures/:id/legal-basis?at=`: the legal basis of the procedure's version in
 * force on `at`, each document with its status (`cited_only` when not registered). 404 when
 * the procedure is not in force on `at`.
 */
export const ProcedureLegalBasisResponseSchema = z.object({
  procedureId: z.string(),
  at: IsoDateSchema,
  entries: z.array(
    z.object({
      ref: LegalRefSchema,
      number: z.string(),
      status: DocumentStatusViewSchema,
      by: z.string().nullable(),
    }),
  ),
  /** Whether any cited document has ended (expired, replaced, abolished) on `at`. */
  flagged: z.boolean(),
});
export type ProcedureLegalBasisResponse = z.infer<typeof ProcedureLegalBasisResponseSchema>;

const FlagCountSchema = z.object({ name: z.string().nullable(), count: z.number().int() });

/**
 * `GET /api/legal-basis/flags?at=&field=&agency=&limit=&offset=`: procedures in force resting
 * on an expired, replaced or abolished document (core's `legalBasisFlags`); counts are over
 * every flagged procedure, the list is filtered by `field`/`agency` and paged.
 */
export const LegalBasisFlagsQuerySchema = z.object({
  at: IsoDateSchema.optional(),
  field: z.string().max(300).optional(),
  agency: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export const LegalBasisFlagsResponseSchema = z.object({
  at: IsoDateSchema,
  total: z.number().int(),
  procedures: z.array(
    z.object({
      procedure: ProcedureRefSchema,
      documents: z.array(
        z.object({ number: z.string(), status: LegalDocumentStatusSchema, by: z.string().nullable() }),
      ),
    }),
  ),
  byField: z.array(FlagCountSchema),
  byAgency: z.array(FlagCountSchema),
  byDocument: z.array(FlagCountSchema),
});
export type LegalBasisFlagsResponse = z.infer<typeof LegalBasisFlagsResponseSchema>;

/**
 * A task as lists show it: the stored task, its procedures named, the document's title, and
 * whether it is overdue on the server's today (due before today, not done).
 */
export const ReviewTaskViewSchema = ReviewTaskSchema.extend({
  procedures: z.array(ProcedureRefSchema),
  documentTitle: z.string(),
  overdue: z.boolean(),
  /** The campaign's title, for campaign tasks. */
  campaignTitle: z.string().nullable(),
  /**
   * The number of the decision carrying the task out, once it has one (issued): lists name the
   * decision as offices cite it. Null while it is a draft; optional, added after the first
   * contract, so servers and fakes that leave it out still parse.
   */
  decisionNumber: z.string().nullable().optional(),
});
export type ReviewTaskView = z.infer<typeof ReviewTaskViewSchema>;

/**
 * `GET /api/review-tasks?state=&assignee=&campaign=&document=&due=&limit=&offset=`.
 * `assignee`: a username, `me`, or `none` (unassigned); `due`: `overdue` (before today, not
 * done) or `week` (due Monday–Sunday of this week, not done, not overdue). Order: due date
 * soonest first (no date last), then id.
 */
export const ReviewTaskListQuerySchema = z.object({
  state: ReviewTaskStateSchema.optional(),
  assignee: z.string().max(100).optional(),
  campaign: z.string().max(200).optional(),
  document: z.string().max(200).optional(),
  due: z.enum(['overdue', 'week']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ReviewTaskListQuery = z.infer<typeof ReviewTaskListQuerySchema>;

export const ReviewTaskListResponseSchema = z.object({
  total: z.number().int(),
  tasks: z.array(ReviewTaskViewSchema),
});
export type ReviewTaskListResponse = z.infer<typeof ReviewTaskListResponseSchema>;

/**
 * `PATCH /api/review-tasks/:id` → `ReviewTaskView`. `assignee` must be an active account (422
 * `bad-request` naming the field otherwise). An `outcome` needs a `reason` (422
 * `reason-required`). The server moves the state: 'keep' and 'no_action' (and any outcome of
 * a campaign task) make it `done`; 'amend', 'replace', 'abolish' on an event task leave it
 * `in_progress` until the decision carrying it out is issued. A done task cannot change (409
 * `task-closed`).
 */
export const ReviewTaskPatchSchema = z
  .object({
    assignee: z.string().min(1).max(100).nullable().optional(),
    dueOn: IsoDateSchema.nullable().optional(),
    state: z.enum(['open', 'in_progress']).optional(),
    outcome: ReviewOutcomeSchema.optional(),
    reason: z.string().trim().min(1).max(5000).optional(),
    note: z.string().trim().max(5000).nullable().optional(),
  })
  .strict();
export type ReviewTaskPatch = z.infer<typeof ReviewTaskPatchSchema>;

/**
 * `POST /api/review-tasks/draft-decision` (`decisions.draft`) → 201: a new draft whose items are
 * core's `draftItemsFromReviewTasks` over the catalogue in force (effective date: the latest
 * effective date of the documents that caused the tasks, when given), the tasks linked to it
 * (`in_progress`, `decisionId`). Issuing the decision closes them (`done`, outcome taken from
 * its items when none was given); withdrawing it unlinks them (`open`). 409 `task-linked` when a
 * task is already carried by a live decision; 409 `task-closed` for a done task; 422
 * `nothing-to-draft` when every task is 'keep'/'no_action' or its procedures are no longer in
 * force.
 */
export const DraftFromTasksBodySchema = z
  .object({
    taskIds: z.array(z.string().min(1)).min(1).max(1000),
    title: z.string().trim().min(1).max(500).optional(),
  })
  .strict();
export type DraftFromTasksBody = z.infer<typeof DraftFromTasksBodySchema>;

export const DraftFromTasksResponseSchema = z.object({
  decisionId: z.string(),
  tasks: z.array(ReviewTaskViewSchema),
});
export type DraftFromTasksResponse = z.infer<typeof DraftFromTasksResponseSchema>;

/** How far a campaign is, in documents, and the sentence provincial reports use. */
export const CampaignProgressViewSchema = z.object({
  documents: z.number().int(),
  reviewed: z.number().int(),
  recommended: z.number().int(),
  byOutcome: z.record(ReviewOutcomeSchema, z.number().int()),
  /** `formatCampaignProgressVi`: "đã rà soát 389 văn bản, kiến nghị xử lý 17 văn bản (…)". */
  sentenceVi: z.string(),
  sentenceEn: z.string(),
});

export const CampaignViewSchema = ReviewCampaignSchema.extend({
  /** Who opened it (null for campaigns of bundles from before the server). */
  createdBy: z.string().nullable(),
  progress: CampaignProgressViewSchema,
});
export type CampaignView = z.infer<typeof CampaignViewSchema>;

/** `GET /api/review-campaigns`: newest first. */
export const CampaignListResponseSchema = z.object({ campaigns: z.array(CampaignViewSchema) });
export type CampaignListResponse = z.infer<typeof CampaignListResponseSchema>;

/**
 * `POST /api/review-campaigns` → 201 `CampaignDetailResponse`: a campaign over the documents
 * named (any spelling; registered or only cited; the same document twice is one task), one
 * task per document listing the procedures in force citing it (core's `campaignReviewTasks`).
 */
export const CampaignBodySchema = z
  .object({
    title: z.string().trim().min(1).max(500),
    dueOn: IsoDateSchema.nullable().default(null),
    documents: z.array(z.string().trim().min(1).max(200)).min(1).max(5000),
  })
  .strict();
export type CampaignBody = z.infer<typeof CampaignBodySchema>;

/** `GET /api/review-campaigns/:id`: the campaign, its progress and every task. */
export const CampaignDetailResponseSchema = z.object({
  campaign: CampaignViewSchema,
  tasks: z.array(ReviewTaskViewSchema),
});
export type CampaignDetailResponse = z.infer<typeof CampaignDetailResponseSchema>;

/**
 * `GET /api/reviews/dashboard?at=`: the review desk on one page. `week` is Monday–Sunday
 * around `at`. Counts are of tasks not done unless named `done`.
 */
export const ReviewDashboardResponseSchema = z.object({
  at: IsoDateSchema,
  week: z.object({ from: IsoDateSchema, to: IsoDateSchema }),
  counts: z.object({
    open: z.number().int(),
    inProgress: z.number().int(),
    done: z.number().int(),
    overdue: z.number().int(),
    dueThisWeek: z.number().int(),
  }),
  /** One row per assignee (null = unassigned), most open tasks first. */
  byAssignee: z.array(
    z.object({
      assignee: z.string().nullable(),
      open: z.number().int(),
      inProgress: z.number().int(),
      overdue: z.number().int(),
      dueThisWeek: z.number().int(),
      done: z.number().int(),
    }),
  ),
  /** Overdue then due this week, soonest first, at most 50. */
  urgent: z.array(ReviewTaskViewSchema),
  campaigns: z.array(CampaignViewSchema),
});
export type ReviewDashboardResponse = z.infer<typeof ReviewDashboardResponseSchema>;
