import { z } from 'zod';
import { AuditEvidenceSchema, FieldDiffSchema } from '../audit/audit-schemas';
import { IsoDateSchema } from '../dates/iso-date';

/**
 * Portal watches and the shared inbox of portal discrepancies (issue 13). A watch is a portal
 * listing URL checked on a schedule with the pull code of `niemyet pull`; each run audits the
 * rows against the catalogue in force that day and records findings. Findings from watches
 * and from officers' extensions land in one inbox, keyed by portal, procedure and kind, so the
 * same problem seen twice is one finding with two sightings.
 *
 * Permissions: `watches.read` (every role) reads watches, runs and findings; `watches.manage`
 * (supervisors, admins) creates and runs watches; `findings.triage` (drafters, reviewers,
 * supervisors) assigns findings and moves their state; `findings.report` is what a personal
 * access token grants besides reading the catalogue (the extension reporting in).
 */

/** What a finding says is wrong (the route's `kind` values, exactly). */
export const FindingKindSchema = z.enum([
  'changed',
  'abolished-but-listed',
  'not-in-catalogue',
  'missing',
  'not-yet-effective',
  'damaged-text',
  'run-failed',
]);
export type FindingKind = z.infer<typeof FindingKindSchema>;

/**
 * open → reported (to the portal's owner) → fixed (set by the server when a later audit of the
 * same portal shows the row matching, or the procedure listed again for `missing`) or
 * dismissed (with a reason). A fixed finding seen again is re-opened (`reopened` counts it).
 */
export const FindingStateSchema = z.enum(['open', 'reported', 'fixed', 'dismissed']);
export type FindingState = z.infer<typeof FindingStateSchema>;

/** A schedule: every day at a Vietnam time, or every N minutes (tests, busy portals). */
export const WatchScheduleSchema = z.union([
  z.object({ kind: z.literal('daily'), at: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/) }).strict(),
  z.object({ kind: z.literal('every'), minutes: z.number().int().min(1).max(10_080) }).strict(),
]);
export type WatchSchedule = z.infer<typeof WatchScheduleSchema>;

/** Which part of the listing the watch answers for: rows outside it are not audited. */
export const WatchScopeSchema = z
  .object({
    agency: z.string().trim().max(300).optional(),
    field: z.string().trim().max(300).optional(),
    level: z.string().trim().max(100).optional(),
  })
  .strict();
export type WatchScope = z.infer<typeof WatchScopeSchema>;

/**
 * `POST /api/watches` `{url, schedule?, scope?, name?, details?, webhook?}` → 201 `{id}`.
 * `schedule` defaults to nightly at 02:00 Vietnam time. The URL must be http(s) and, unless the
 * server was started with `--allow-private-hosts`, not resolve to a loopback, private or
 * link-local address (422 `host-not-allowed`, params `{host}`). `webhook`: an https URL the
 * server POSTs each run's new and re-opened findings to, the body signed with HMAC-SHA256 in
 * `X-Niemyet-Signature` using `webhookSecret` (returned once, at creation).
 */
export const WatchBodySchema = z
  .object({
    url: z.string().url().max(2000),
    name: z.string().trim().min(1).max(200).optional(),
    schedule: WatchScheduleSchema.optional(),
    scope: WatchScopeSchema.optional(),
    /** Also read each procedure's detail page (slower; finds changed fields, not only names). */
    details: z.boolean().optional(),
    webhook: z.string().url().max(2000).nullable().optional(),
  })
  .strict();
export type WatchBody = z.infer<typeof WatchBodySchema>;

export const WatchCreatedSchema = z.object({ id: z.string(), webhookSecret: z.string().nullable() });

export const WatchRunStateSchema = z.enum(['queued', 'running', 'done', 'failed']);
export type WatchRunState = z.infer<typeof WatchRunStateSchema>;

/**
 * `GET /api/watches/:id/runs/:runId`: a run's state and what it found. `failed` runs carry the
 * pull problem (portal down, markup no reader understands, refused redirect…) and produced a
 * `run-failed` finding. `progress` counts pages while running.
 */
export const WatchRunSchema = z.object({
  id: z.string(),
  watchId: z.string(),
  state: WatchRunStateSchema,
  trigger: z.enum(['schedule', 'manual']),
  queuedAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  /** The catalogue date audited against (the run's day in Vietnam). */
  auditedOn: IsoDateSchema.nullable(),
  progress: z.object({ pages: z.number().int(), rows: z.number().int() }),
  /** Rows audited by status, once done. */
  summary: z.record(z.string(), z.number().int()).nullable(),
  /** Findings this run opened, saw again, and marked fixed. */
  findings: z.object({ opened: z.number().int(), seen: z.number().int(), fixed: z.number().int() }),
  problem: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type WatchRun = z.infer<typeof WatchRunSchema>;

/** `POST /api/watches/:id/runs` (run now) → 202 `{runId}`; a run already queued or running is returned instead. */
export const WatchRunCreatedSchema = z.object({ runId: z.string() });

export const WatchSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  schedule: WatchScheduleSchema,
  scope: WatchScopeSchema,
  details: z.boolean(),
  webhook: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  paused: z.boolean(),
  nextRunAt: z.string().nullable(),
  lastRun: WatchRunSchema.nullable(),
  openFindings: z.number().int(),
});
export type Watch = z.infer<typeof WatchSchema>;

/** `GET /api/watches` → every watch, by name. `PATCH /api/watches/:id` `{name?, schedule?, scope?, paused?, webhook?}`. */
export const WatchListResponseSchema = z.object({ watches: z.array(WatchSchema) });
export const WatchPatchSchema = WatchBodySchema.omit({ url: true }).extend({
  paused: z.boolean().optional(),
});

/** One time a finding was seen: by a watch run or by an officer's extension. */
export const SightingSchema = z.object({
  at: z.string(),
  source: z.enum(['watch', 'extension']),
  watchId: z.string().nullable(),
  runId: z.string().nullable(),
  /** The officer (username of the token's owner) for extension sightings. */
  reportedBy: z.string().nullable(),
  url: z.string().nullable(),
  evidence: AuditEvidenceSchema.nullable(),
  diffs: z.array(FieldDiffSchema),
});
export type Sighting = z.infer<typeof SightingSchema>;

/**
 * A finding as lists show it (the route's `{code, name, kind, state, sightings}` and more).
 * `portal` is the listing's origin (`https://dichvucong.gov.vn`); `key` is
 * `<portal>|<procedure code or normalised name>|<kind>`, unique.
 */
export const FindingSchema = z.object({
  id: z.string(),
  key: z.string(),
  portal: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  kind: FindingKindSchema,
  state: FindingStateSchema,
  /** Number of sightings. */
  sightings: z.number().int(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  assignee: z.string().nullable(),
  reason: z.string().nullable(),
  reopened: z.number().int(),
  field: z.string().nullable(),
  agency: z.string().nullable(),
  level: z.string().nullable(),
  watchIds: z.array(z.string()),
  stateChangedAt: z.string(),
  stateChangedBy: z.string().nullable(),
});
export type Finding = z.infer<typeof FindingSchema>;

/**
 * `GET /api/findings?watch=&portal=&state=&kind=&agency=&field=&assignee=&olderThan=&q=&limit=&offset=`
 * → `{total, findings}`; `state` and `kind` take one value or several comma-separated;
 * `olderThan` (days) keeps findings first seen that many days ago or more. Newest sighting first.
 */
export const FindingListQuerySchema = z.object({
  watch: z.string().max(200).optional(),
  portal: z.string().max(500).optional(),
  state: z.string().max(200).optional(),
  kind: z.string().max(300).optional(),
  agency: z.string().max(300).optional(),
  field: z.string().max(300).optional(),
  assignee: z.string().max(100).optional(),
  olderThan: z.coerce.number().int().min(0).max(3650).optional(),
  q: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type FindingListQuery = z.infer<typeof FindingListQuerySchema>;

export const FindingListResponseSchema = z.object({
  total: z.number().int(),
  findings: z.array(FindingSchema),
});
export type FindingListResponse = z.infer<typeof FindingListResponseSchema>;

/** `GET /api/findings/:id` → the finding and every sighting, newest first. */
export const FindingDetailResponseSchema = z.object({
  finding: FindingSchema,
  sightings: z.array(SightingSchema),
});
export type FindingDetailResponse = z.infer<typeof FindingDetailResponseSchema>;

/**
 * `PATCH /api/findings/:id` `{state?, assignee?, reason?}` (`findings.triage`): `state` only
 * `reported` or `dismissed` by hand (fixed is the server's to confirm; a dismissed or fixed
 * finding may be set back to `open`); dismissing needs a `reason` (422 `reason-required`).
 */
export const FindingPatchSchema = z
  .object({
    state: z.enum(['open', 'reported', 'dismissed']).optional(),
    assignee: z.string().min(1).max(100).nullable().optional(),
    reason: z.string().trim().min(1).max(2000).optional(),
  })
  .strict();
export type FindingPatch = z.infer<typeof FindingPatchSchema>;

/**
 * `POST /api/findings` (a personal access token with `findings.report`, or a signed-in user):
 * the findings an officer confirmed on a page, each with its row's evidence. Answer 200
 * `{findings: [{id, created}]}` in the order sent: `created` false when it was a new sighting of
 * a finding already in the inbox. `clientId` makes a resend of a queued report harmless.
 */
export const FindingReportSchema = z
  .object({
    url: z.string().url().max(2000),
    findings: z
      .array(
        z
          .object({
            clientId: z.string().min(1).max(100),
            kind: FindingKindSchema.exclude(['run-failed']),
            code: z.string().max(100).nullable(),
            name: z.string().min(1).max(2000),
            evidence: AuditEvidenceSchema.nullable(),
            diffs: z.array(FieldDiffSchema).max(50).default([]),
          })
          .strict(),
      )
      .min(1)
      .max(500),
  })
  .strict();
export type FindingReport = z.infer<typeof FindingReportSchema>;
export const FindingReportResponseSchema = z.object({
  findings: z.array(z.object({ id: z.string(), created: z.boolean() })),
});

/** `GET /api/findings/trend?portal=&weeks=12` → open findings at the end of each week, per portal. */
export const FindingTrendResponseSchema = z.object({
  weeks: z.array(z.string()),
  portals: z.array(z.object({ portal: z.string(), open: z.array(z.number().int()) })),
});
export type FindingTrendResponse = z.infer<typeof FindingTrendResponseSchema>;

/**
 * `GET /api/findings/digest?date=` → new and re-opened findings of that day (Vietnam), per
 * assignee (null = unassigned): the daily digest the console shows. Each list holds at most
 * `DIGEST_LIST_LIMIT` findings, most recently seen first; `openedCount` and `reopenedCount`
 * count them all (a new watch's first night can open thousands).
 */
export const DIGEST_LIST_LIMIT = 20;

export const FindingDigestResponseSchema = z.object({
  date: IsoDateSchema,
  byAssignee: z.array(
    z.object({
      assignee: z.string().nullable(),
      opened: z.array(FindingSchema),
      reopened: z.array(FindingSchema),
      /** Absent from servers before the lists were capped: then the lists are whole. */
      openedCount: z.number().int().optional(),
      reopenedCount: z.number().int().optional(),
    }),
  ),
});
export type FindingDigestResponse = z.infer<typeof FindingDigestResponseSchema>;

/**
 * Personal access tokens: `POST /api/tokens {name}` → 201 `{id, name, token}` (the token is shown
 * once; the server keeps its SHA-256); `GET /api/tokens` → the caller's tokens without secrets;
 * `DELETE /api/tokens/:id` revokes. A token is sent as `Authorization: Bearer <token>` and
 * grants only reading the catalogue (`GET /api/catalogue/published`, `/api/catalogue/snapshot`)
 * and `POST /api/findings`; anything else answers 403 `forbidden`; a revoked token 401
 * `token-revoked`.
 */
export const TokenBodySchema = z.object({ name: z.string().trim().min(1).max(100) }).strict();
export const AccessTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type AccessToken = z.infer<typeof AccessTokenSchema>;
export const TokenCreatedSchema = AccessTokenSchema.extend({ token: z.string() });
export const TokenListResponseSchema = z.object({ tokens: z.array(AccessTokenSchema) });

/** Export of the inbox: `GET /api/findings/export?format=csv|xlsx&<the list's filters>`, streamed. */
export const FINDING_EXPORT_COLUMNS = [
  { key: 'portal', header: 'Cổng' },
  { key: 'code', header: 'Mã TTHC' },
  { key: 'name', header: 'Tên TTHC' },
  { key: 'kind', header: 'Loại sai lệch' },
  { key: 'state', header: 'Trạng thái' },
  { key: 'sightings', header: 'Số lần phát hiện' },
  { key: 'firstSeenAt', header: 'Phát hiện lần đầu' },
  { key: 'lastSeenAt', header: 'Phát hiện gần nhất' },
  { key: 'assignee', header: 'Người xử lý' },
  { key: 'field', header: 'Lĩnh vực' },
  { key: 'agency', header: 'Cơ quan' },
  { key: 'reason', header: 'Lý do' },
] as const;
