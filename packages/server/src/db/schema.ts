import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';

/**
 * The tables as Kysely sees them (what migrations create). Dates of the domain (effective,
 * signed) are ISO `YYYY-MM-DD` text, as everywhere in core; instants are `timestamptz`,
 * read back as Date. Documents (a decision, a baseline version, a change-log entry, a
 * snapshot) are JSONB holding core's zod types; the columns beside them are what queries
 * filter and sort on.
 */

type Instant = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface UsersTable {
  username: string;
  /** `scrypt$N$r$p$salt$hash` (see auth/passwords.ts). */
  password_hash: string;
  roles: Json<string[]>;
  disabled: boolean;
  created_at: Instant;
  last_sign_in_at: Instant | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a database leak gives no usable session. */
  token_hash: string;
  username: string;
  created_at: Instant;
  expires_at: Instant;
  last_seen_at: Instant;
}

export interface SetupTokensTable {
  token_hash: string;
  created_at: Instant;
  expires_at: Instant;
  used_at: Instant | null;
}

export interface SignInAttemptsTable {
  /** `user:<name>` or `address:<ip>`. */
  key: string;
  failures: number;
  window_start: Instant;
  locked_until: Instant | null;
}

export interface ActivityTable {
  id: Generated<number>;
  at: Instant;
  actor: string | null;
  action: string;
  target: string | null;
  address: string | null;
  details: Json<Record<string, unknown>>;
}

export interface BaselineTable {
  procedure_id: string;
  /** `effectiveFrom`, '' for "since before recorded history". */
  effective_from: string;
  document: Json<unknown>;
}

export interface DecisionsTable {
  id: string;
  state: string;
  author: string;
  revision: number;
  number: string;
  title: string;
  signed_on: string | null;
  effective_on: string | null;
  revision_hash: string;
  /** Added by migration 0002. */
  item_count: number;
  document: Json<unknown>;
  created_at: Instant;
  updated_at: Instant;
}

/** Added by migration 0003: the content of each saved revision of a decision. */
export interface DecisionRevisionsTable {
  decision_id: string;
  revision: number;
  author: string;
  saved_at: Instant;
  revision_hash: string;
  content: Json<unknown>;
}

/** Added by migration 0003: comments on a decision, an item (`item_id`) or a field of one. */
export interface DecisionCommentsTable {
  id: string;
  decision_id: string;
  revision: number;
  author: string;
  at: Instant;
  item_id: string | null;
  field: string | null;
  text: string;
}

export interface ChangeLogTable {
  seq: number;
  decision_id: string;
  occurred_on: string | null;
  hash: string;
  document: Json<unknown>;
}

export interface PublicationsTable {
  hash: string;
  as_of: string;
  generated_at: string;
  published_at: Instant;
  published_by: string;
  procedures: number;
  upcoming: number;
  abolished: number;
  snapshot: Json<unknown>;
}

/** Added by migration 0004: one registered legal document; `number` canonical (`documentNumberKey`). */
export interface LegalDocumentsTable {
  id: string;
  number: string;
  document: Json<unknown>;
  created_at: Instant;
  created_by: string | null;
}

/** Added by migration 0004: one review campaign. */
export interface ReviewCampaignsTable {
  id: string;
  document: Json<unknown>;
  created_at: Instant;
}

/** Added by migration 0004: one review task, with the columns lists filter on. */
export interface ReviewTasksTable {
  id: string;
  campaign_id: string | null;
  kind: string;
  state: string;
  assignee: string | null;
  due_on: string | null;
  decision_id: string | null;
  document_number: string;
  document: Json<unknown>;
  updated_at: Instant;
}

/** The bundle's other parts: since migration 0004 only its settings (legal records have tables). */
export interface WorkspaceDocumentsTable {
  kind: string;
  document: Json<unknown>;
}

/** One row: `generation` moves on whenever the baseline or history is replaced or added to. */
export interface WorkspaceStateTable {
  id: number;
  generation: number;
}

/** Added by migration 0005: a portal listing checked on a schedule. */
export interface WatchesTable {
  id: string;
  name: string;
  url: string;
  /** The listing's origin: what findings are keyed by. */
  portal: string;
  schedule: Json<unknown>;
  scope: Json<unknown>;
  details: boolean;
  webhook: string | null;
  webhook_secret: string | null;
  paused: boolean;
  next_run_at: Instant | null;
  created_by: string;
  created_at: Instant;
}

/** Added by migration 0005: one run of a watch, and the job the runners claim. */
export interface WatchRunsTable {
  id: string;
  watch_id: string;
  state: string;
  trigger: string;
  queued_at: Instant;
  started_at: Instant | null;
  finished_at: Instant | null;
  audited_on: string | null;
  progress: Json<{ pages: number; rows: number }>;
  summary: Json<Record<string, number>> | null;
  findings: Json<{ opened: number; seen: number; fixed: number }>;
  problem: Json<{ code: string; message: string }> | null;
  pull_state: Json<unknown> | null;
  lease_until: Instant | null;
  leased_by: string | null;
}

/** Added by migration 0005: one discrepancy of one portal, keyed by portal, procedure and kind. */
export interface FindingsTable {
  id: string;
  key: string;
  portal: string;
  code: string | null;
  name: string;
  kind: string;
  state: string;
  assignee: string | null;
  reason: string | null;
  reopened: Generated<number>;
  reopened_at: Instant | null;
  field: string | null;
  agency: string | null;
  level: string | null;
  first_seen_at: Instant;
  last_seen_at: Instant;
  state_changed_at: Instant;
  state_changed_by: string | null;
}

/** Added by migration 0005: one time a finding was seen, by a watch run or an officer's extension. */
export interface FindingSightingsTable {
  id: string;
  finding_id: string;
  at: Instant;
  source: string;
  watch_id: string | null;
  run_id: string | null;
  reported_by: string | null;
  client_id: string | null;
  url: string | null;
  evidence: Json<unknown> | null;
  diffs: Json<unknown[]>;
}

/** Added by migration 0006: a finding opening (+1: first seen, re-opened) or closing (-1: fixed, dismissed). */
export interface FindingOpeningsTable {
  finding_id: string;
  portal: string;
  at: Instant;
  delta: number;
}

/** Added by migration 0005: a personal access token (the SHA-256 of its secret only). */
export interface AccessTokensTable {
  id: string;
  username: string;
  name: string;
  token_hash: string;
  created_at: Instant;
  last_used_at: Instant | null;
  revoked_at: Instant | null;
}

/** Added by migration 0007: a place that posts procedures (a one-stop office, an agency's counter). */
export interface OfficesTable {
  id: string;
  name: string;
  area: string | null;
  address: string | null;
  scope: Json<unknown>;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
}

/** Added by migration 0007: one procedure on an office's posted list, with its content as posted. */
export interface OfficePostingsTable {
  office_id: string;
  procedure_id: string;
  fields: Json<unknown>;
  posted_on: string;
  posted_by: string;
  posted_at: Instant;
}

/** Added by migration 0007: one checklist item marked done (who, when, against which date). */
export interface PostingRecordsTable {
  id: string;
  office_id: string;
  procedure_id: string;
  code: string | null;
  name: string;
  action: string;
  decision_number: string | null;
  done_by: string;
  done_at: Instant;
  posted_on: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  setup_tokens: SetupTokensTable;
  sign_in_attempts: SignInAttemptsTable;
  activity: ActivityTable;
  baseline: BaselineTable;
  decisions: DecisionsTable;
  decision_revisions: DecisionRevisionsTable;
  decision_comments: DecisionCommentsTable;
  change_log: ChangeLogTable;
  publications: PublicationsTable;
  workspace_documents: WorkspaceDocumentsTable;
  legal_documents: LegalDocumentsTable;
  review_campaigns: ReviewCampaignsTable;
  review_tasks: ReviewTasksTable;
  workspace_state: WorkspaceStateTable;
  watches: WatchesTable;
  watch_runs: WatchRunsTable;
  findings: FindingsTable;
  finding_sightings: FindingSightingsTable;
  finding_openings: FindingOpeningsTable;
  access_tokens: AccessTokensTable;
  offices: OfficesTable;
  office_postings: OfficePostingsTable;
  posting_records: PostingRecordsTable;
}

/** What repositories take: the database, or a transaction on it. */
export type Db = Kysely<Database> | Transaction<Database>;

/** JSONB in: Kysely passes a string, PostgreSQL casts it. */
export function json(value: unknown): string {
  return JSON.stringify(value);
}

/** An instant as ISO text, whichever way the driver returned it. */
export function isoInstant(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
