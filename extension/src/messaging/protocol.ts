import { AuditSummarySchema } from '@niemyet/core';
import { z } from 'zod';
import { ConnectOutcomeSchema, ConnectRequestSchema } from '../server-connection/connection-schemas';
import { FindingReportStateSchema } from '../settings/settings';
import { PageVerdictsSchema } from './row-verdict';
import { WireRowsSchema } from './row-wire';
import {
  AuditHeaderSchema,
  CatalogueUrlStatusSchema,
  FindingNoteInputSchema,
  FindingNoteSchema,
  PageStateSchema,
  PullSummarySchema,
  SnapshotMetaSchema,
  StoredAuditSchema,
} from './schemas';

/**
 * The one message protocol between the extension's parts (bitwarden `libs/messaging` style):
 * every command names its request and response schema here, the background router validates
 * each request before a handler sees it, and `sendCommand` validates each answer.
 */

/** A snapshot's text per message when it is sent in parts: well under Chrome's 64 MiB limit. */
export const SNAPSHOT_PART_CHARS = 8 * 1024 * 1024;
/** Parts per snapshot: 256 Mi characters of JSON, far beyond any province's catalogue. */
export const MAX_SNAPSHOT_PARTS = 32;

const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).max(4_000);
const id = z.string().min(1).max(200);

/** What an audit of one page answers: the audit, or why there is none. */
const PageAuditResponseSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('audited'),
    auditId: z.string(),
    catalogueHash: z.string(),
    asOf: z.string(),
    summary: AuditSummarySchema,
    verdicts: PageVerdictsSchema,
  }),
  z.object({ kind: z.literal('no-catalogue') }),
]);
export type PageAuditResponse = z.infer<typeof PageAuditResponseSchema>;

export const COMMANDS = {
  /** A content script read a listing: audit its rows against the catalogue and keep the audit. */
  'audit-page': {
    request: z.object({
      url: httpUrl,
      adapterId: id,
      rows: WireRowsSchema,
    }),
    response: PageAuditResponseSchema,
  },
  /**
   * The rows in view, audited first so their badges need not wait for the whole page's audit:
   * answered at once with the catalogue index at hand, nothing stored (the whole page's
   * `audit-page`, sent right after, is the audit that counts and corrects this one).
   */
  'preview-audit': {
    request: z.object({
      url: httpUrl,
      adapterId: id,
      rows: WireRowsSchema,
    }),
    response: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('audited'), verdicts: PageVerdictsSchema }),
      z.object({ kind: z.literal('no-catalogue') }),
    ]),
  },
  /** A content script found no adapter that understands the page (for the popup's state). */
  'report-page': {
    request: z.object({ url: httpUrl, reason: z.string().max(2_000) }),
    response: z.object({ recorded: z.boolean() }),
  },
  /** The popup's and side panel's view: the catalogue and what is known of a page. */
  'get-status': {
    request: z.object({ url: z.string().max(4_000).nullable() }),
    response: z.object({
      catalogue: SnapshotMetaSchema.nullable(),
      catalogueUrl: CatalogueUrlStatusSchema,
      page: PageStateSchema,
      runningPulls: z.number().int(),
    }),
  },
  /** A snapshot's JSON text from a sender without database access (the console bridge). */
  'import-snapshot': {
    request: z.object({
      text: z.string().min(1),
      source: z.enum(['file', 'url', 'console']),
      origin: z.string().max(4_000).nullable(),
    }),
    response: SnapshotMetaSchema,
  },
  /**
   * One part of a snapshot too large for one message (Chrome refuses messages over 64 MiB; a
   * province's full catalogue can come close). The part that completes the upload is answered
   * with the imported catalogue; the others with how many parts have arrived.
   */
  'snapshot-upload-part': {
    request: z.object({
      uploadId: id,
      index: z
        .number()
        .int()
        .nonnegative()
        .max(MAX_SNAPSHOT_PARTS - 1),
      count: z.number().int().min(1).max(MAX_SNAPSHOT_PARTS),
      text: z.string().min(1).max(SNAPSHOT_PART_CHARS),
      source: z.literal('console'),
      origin: z.string().max(4_000),
    }),
    response: z.discriminatedUnion('state', [
      z.object({ state: z.literal('partial'), received: z.number().int() }),
      z.object({ state: z.literal('imported'), meta: SnapshotMetaSchema }),
    ]),
  },
  /** An extension page replaced the snapshot in the database: drop the cached index. */
  'catalogue-changed': {
    request: z.object({}),
    response: z.object({ hash: z.string().nullable() }),
  },
  /** Fetch the configured catalogue URL now (instead of waiting for the alarm). */
  'check-catalogue-url': {
    request: z.object({}),
    response: CatalogueUrlStatusSchema,
  },
  'start-pull': {
    request: z.object({
      url: httpUrl,
      withDetails: z.boolean(),
      /** Listing pages at most for this pull; the pull-limits setting otherwise. */
      maxPages: z.number().int().min(1).max(100_000).optional(),
    }),
    response: PullSummarySchema,
  },
  'cancel-pull': { request: z.object({ id }), response: PullSummarySchema },
  'resume-pull': { request: z.object({ id }), response: PullSummarySchema },
  'get-pull': { request: z.object({ id }), response: PullSummarySchema.nullable() },
  'list-pulls': {
    request: z.object({ limit: z.number().int().min(1).max(200).default(20) }),
    response: z.array(PullSummarySchema),
  },
  'list-audits': {
    request: z.object({ limit: z.number().int().min(1).max(500).default(50) }),
    response: z.array(AuditHeaderSchema),
  },
  'get-audit': {
    request: z.object({ id }),
    response: StoredAuditSchema.nullable(),
  },
  'latest-audit': {
    request: z.object({ url: z.string().max(4_000) }),
    response: StoredAuditSchema.nullable(),
  },
  'record-finding-note': {
    request: FindingNoteInputSchema,
    response: FindingNoteSchema,
  },
  'list-finding-notes': {
    request: z.object({ auditId: id }),
    response: z.array(FindingNoteSchema),
  },
  /**
   * Connect to the team server with a personal access token (checked first; kept only if the
   * server takes it). Extension pages only: the token never comes from a web page.
   */
  'connect-server': { request: ConnectRequestSchema, response: ConnectOutcomeSchema },
  /** Forget the token; queued findings stay queued for the next connection. */
  'disconnect-server': { request: z.object({}), response: z.object({ disconnected: z.literal(true) }) },
  /** Send the queued confirmed findings now (instead of waiting for the retry alarm). */
  'send-finding-reports': { request: z.object({}), response: FindingReportStateSchema },
  /** Open the side panel for the sender's tab (or a tab holding it where there is none). */
  'open-side-panel': {
    request: z.object({ tabId: z.number().int().nullable().default(null) }),
    response: z.object({ openedIn: z.enum(['side-panel', 'tab']) }),
  },
} as const;

export type CommandTable = typeof COMMANDS;
export type CommandType = keyof CommandTable;
/** What a sender passes (defaults may be left out). */
export type CommandRequest<T extends CommandType> = z.input<CommandTable[T]['request']>;
/** What a handler receives (validated, defaults filled). */
export type CommandPayload<T extends CommandType> = z.output<CommandTable[T]['request']>;
export type CommandResponse<T extends CommandType> = z.output<CommandTable[T]['response']>;

export const COMMAND_CHANNEL = 'niemyet/command';

export interface CommandMessage<T extends CommandType = CommandType> {
  channel: typeof COMMAND_CHANNEL;
  type: T;
  payload: CommandRequest<T>;
}

/** Every answer: a value, or an error in words a person can act on. Never a throw. */
export type CommandResult<T> = { ok: true; value: T } | { ok: false; error: string };

export const CommandEnvelopeSchema = z.object({
  channel: z.literal(COMMAND_CHANNEL),
  type: z.string(),
  payload: z.unknown(),
});

export const CommandResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export function isCommandType(type: string): type is CommandType {
  return Object.hasOwn(COMMANDS, type);
}

/** `rows.3.name: Too big…` — the path of the first problem, for the sender's error state. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return `${path || '(root)'}: ${issue.message}`;
}
