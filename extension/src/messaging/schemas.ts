import { AuditFindingSchema, AuditSummarySchema } from '@niemyet/core';
import {
  FindingActionSchema,
  type FindingNote,
  FindingNoteInputSchema,
  PullRecordStatusSchema,
  type SnapshotMeta,
  SnapshotSourceSchema,
  type StoredAudit,
} from '@niemyet/db';
import { PullProblemSchema } from '@niemyet/portal';
import { z } from 'zod';
import { ServerRefusalSchema } from '../catalogue/server-refusal';

/**
 * The shapes that cross the message boundary. Everything a content script sends is checked
 * here before the background touches it: a content script runs next to hostile portal pages.
 * Shapes core defines (the audit's findings and summary) are core's schemas, reused here.
 */

/** More rows than any portal page shows: a bound, so a broken page cannot flood the worker. */
export const MAX_ROWS_PER_PAGE = 20_000;

const auditHeaderShape = {
  id: z.string(),
  tabUrl: z.string(),
  adapterId: z.string(),
  readAt: z.string(),
  catalogueHash: z.string(),
  asOf: z.string(),
  pullId: z.string().nullable(),
  summary: AuditSummarySchema,
};

export const AuditHeaderSchema = z.object({ ...auditHeaderShape, findingCount: z.number().int() });
export type AuditHeaderMessage = z.infer<typeof AuditHeaderSchema>;

export const StoredAuditSchema = z.object({
  ...auditHeaderShape,
  findings: z.array(AuditFindingSchema),
}) satisfies z.ZodType<StoredAudit>;

export const SnapshotMetaSchema = z.object({
  hash: z.string(),
  asOf: z.string(),
  generatedAt: z.string(),
  importedAt: z.string(),
  source: SnapshotSourceSchema,
  origin: z.string().nullable(),
  counts: z.object({ procedures: z.number().int(), upcoming: z.number().int(), abolished: z.number().int() }),
}) satisfies z.ZodType<SnapshotMeta>;

export const FindingNoteSchema = z.object({
  id: z.string(),
  at: z.string(),
  auditId: z.string().nullable(),
  rowIndex: z.number().int().nullable(),
  code: z.string().nullable(),
  url: z.string().nullable(),
  action: FindingActionSchema,
  reason: z.string().nullable(),
  text: z.string().nullable(),
}) satisfies z.ZodType<FindingNote>;

export { FindingNoteInputSchema };

/** Counts of a pull's tasks, for progress bars (the rows themselves stay in the worker). */
export const TaskCountsSchema = z.object({
  total: z.number().int(),
  done: z.number().int(),
  failed: z.number().int(),
  pending: z.number().int(),
});

export const PullSummarySchema = z.object({
  id: z.string(),
  status: PullRecordStatusSchema,
  startUrl: z.string(),
  startedAt: z.string(),
  updatedAt: z.string(),
  withDetails: z.boolean(),
  adapterId: z.string().nullable(),
  /** Procedures the listing announces, when it does. */
  total: z.number().int().nullable(),
  rows: z.number().int(),
  pages: TaskCountsSchema,
  details: TaskCountsSchema,
  /** Failed pages with their errors (a portal that times out shows here), at most 20. */
  failures: z.array(
    z.object({
      url: z.string(),
      error: z.string().nullable(),
      problem: PullProblemSchema.nullable().optional(),
    }),
  ),
  /** Links not followed (another origin, not http), with the URL and why, at most 20. */
  skippedLinks: z.array(PullProblemSchema).optional(),
  /** Why the listing was taken as ended early (a repeated page, no new rows). */
  ended: PullProblemSchema.nullable().optional(),
  /** The page cap stopped the listing: it is incomplete. */
  capped: PullProblemSchema.nullable().optional(),
  listingComplete: z.boolean(),
  auditId: z.string().nullable(),
  error: z.string().nullable(),
});
export type PullSummary = z.infer<typeof PullSummarySchema>;

/** What the current tab shows, as far as the extension knows. */
export const PageStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('audited'), audit: AuditHeaderSchema }),
  z.object({ kind: z.literal('no-adapter'), reason: z.string() }),
  z.object({ kind: z.literal('not-read') }),
  z.object({ kind: z.literal('not-a-portal') }),
  z.object({ kind: z.literal('no-page') }),
]);
export type PageState = z.infer<typeof PageStateSchema>;

export const CatalogueUrlStatusSchema = z.object({
  url: z.string().nullable(),
  lastCheckedAt: z.string().nullable(),
  lastChangedAt: z.string().nullable(),
  lastError: z.string().nullable(),
  lastRefusal: ServerRefusalSchema.nullable(),
});
export type CatalogueUrlStatus = z.infer<typeof CatalogueUrlStatusSchema>;
