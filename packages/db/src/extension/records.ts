import type { AuditFinding, AuditSummary, CatalogueSnapshot, FindingReport } from '@niemyet/core';
import { z } from 'zod';

/**
 * What the extension's database stores. Small records (notes, pull metadata) have zod schemas
 * because they arrive from messages; the snapshot and audits are built by validated code
 * (`parseCatalogueSnapshot`, `auditRows`) and only typed here — re-validating a catalogue of
 * 10,000 procedures on every read would cost more than it protects.
 */

export const SnapshotSourceSchema = z.enum(['file', 'url', 'console']);
export type SnapshotSource = z.infer<typeof SnapshotSourceSchema>;

/** The key of the one snapshot in force in the extension. */
export const CURRENT_SNAPSHOT_ID = 'current';

export interface SnapshotCounts {
  procedures: number;
  upcoming: number;
  abolished: number;
}

/** What the popup and options show about the catalogue, without the catalogue itself. */
export interface SnapshotMeta {
  hash: string;
  asOf: string;
  generatedAt: string;
  /** ISO instant the extension stored it. */
  importedAt: string;
  source: SnapshotSource;
  /** Where it came from: file name, URL or console origin. */
  origin: string | null;
  counts: SnapshotCounts;
}

export interface StoredSnapshot extends SnapshotMeta {
  id: string;
  snapshot: CatalogueSnapshot;
}

/** One audit of a page (or of a whole pull). */
export interface StoredAudit {
  id: string;
  /** The page audited (for a pull: its start URL). */
  tabUrl: string;
  adapterId: string;
  /** ISO instant the page was read. */
  readAt: string;
  /** The catalogue the audit ran against. */
  catalogueHash: string;
  asOf: string;
  /** Set when the audit covers a pull rather than one page. */
  pullId: string | null;
  summary: AuditSummary;
  findings: AuditFinding[];
}

export const FindingActionSchema = z.enum(['confirm', 'dismiss', 'note']);
export type FindingAction = z.infer<typeof FindingActionSchema>;

/**
 * A user's action on a finding. It targets one row of one audit (`auditId` + `rowIndex`) or,
 * to survive re-reads of the page, a procedure code on a page (`code` + `url`). A dismissal
 * needs a reason: "dismissed" with no why is useless to the supervisor reading it later.
 */
export const FindingNoteInputSchema = z
  .object({
    auditId: z.string().min(1).nullable().default(null),
    rowIndex: z.number().int().nonnegative().nullable().default(null),
    code: z.string().min(1).nullable().default(null),
    url: z.string().min(1).nullable().default(null),
    action: FindingActionSchema,
    reason: z.string().trim().min(1).nullable().default(null),
    text: z.string().nullable().default(null),
  })
  .superRefine((note, ctx) => {
    const byRow = note.auditId !== null && note.rowIndex !== null;
    const byCode = note.code !== null && note.url !== null;
    if (!byRow && !byCode) {
      ctx.addIssue({
        code: 'custom',
        message: 'a note targets auditId + rowIndex or code + url',
        path: ['auditId'],
      });
    }
    if (note.action === 'dismiss' && note.reason === null) {
      ctx.addIssue({ code: 'custom', message: 'a dismissal needs a reason', path: ['reason'] });
    }
    if (note.action === 'note' && !note.text?.trim()) {
      ctx.addIssue({ code: 'custom', message: 'a note needs text', path: ['text'] });
    }
  });
export type FindingNoteInput = z.input<typeof FindingNoteInputSchema>;

export type FindingNote = z.output<typeof FindingNoteInputSchema> & {
  id: string;
  /** ISO instant of the action. */
  at: string;
};

export const PullRecordStatusSchema = z.enum(['running', 'cancelled', 'done']);
export type PullRecordStatus = z.infer<typeof PullRecordStatusSchema>;

/**
 * A pull and its persisted scheduler state. The db package does not know the portal package
 * (DESIGN §3: db depends on core only), so the state's type is the caller's; `status` is
 * copied out of it as a plain string so "running pulls" is an index look-up.
 */
export interface StoredPull<TState = unknown> {
  id: string;
  status: PullRecordStatus;
  startUrl: string;
  /** ISO instants. */
  startedAt: string;
  updatedAt: string;
  /** The audit of the pull's rows, once there is one. */
  auditId: string | null;
  /** The last error that stopped the pull (not per-page failures, those live in the state). */
  error: string | null;
  state: TState;
}

/**
 * A finding an officer confirmed, queued for the team server's inbox (`POST /api/findings`):
 * `report` is one item of the contract's `findings` array as it will be sent; `url` is the page
 * it was found on (the request's `url`, so items of one page go in one request).
 */
export interface QueuedFindingReport {
  clientId: string;
  url: string;
  /** ISO instant it was queued. */
  queuedAt: string;
  report: FindingReport['findings'][number];
}
