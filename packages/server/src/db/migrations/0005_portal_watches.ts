import { type Kysely, sql } from 'kysely';

/**
 * Portal watches and the shared inbox of findings (issue 13). `watch_runs` is also the job
 * table: a run is claimed with `FOR UPDATE SKIP LOCKED` and held by a lease (`lease_until`,
 * `leased_by`), so several server instances never run one watch twice and a run whose server
 * died is taken over once its lease lapses, resuming from `pull_state`. Findings are keyed
 * (`key` unique) so the same problem seen twice is one finding with two sightings.
 * Access tokens keep only the SHA-256 of the secret, as sessions do.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('watches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('portal', 'text', (c) => c.notNull())
    .addColumn('schedule', 'jsonb', (c) => c.notNull())
    .addColumn('scope', 'jsonb', (c) => c.notNull())
    .addColumn('details', 'boolean', (c) => c.notNull())
    .addColumn('webhook', 'text')
    .addColumn('webhook_secret', 'text')
    .addColumn('paused', 'boolean', (c) => c.notNull())
    .addColumn('next_run_at', 'timestamptz')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('watch_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('watch_id', 'text', (c) => c.notNull().references('watches.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('queued_at', 'timestamptz', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .addColumn('audited_on', 'text')
    .addColumn('progress', 'jsonb', (c) => c.notNull())
    .addColumn('summary', 'jsonb')
    .addColumn('findings', 'jsonb', (c) => c.notNull())
    .addColumn('problem', 'jsonb')
    .addColumn('pull_state', 'jsonb')
    .addColumn('lease_until', 'timestamptz')
    .addColumn('leased_by', 'text')
    .execute();
  await db.schema
    .createIndex('watch_runs_watch')
    .on('watch_runs')
    .columns(['watch_id', 'queued_at'])
    .execute();
  await db.schema.createIndex('watch_runs_state').on('watch_runs').column('state').execute();
  // At most one live run per watch, whatever the number of servers asking for one.
  await sql`create unique index watch_runs_one_live on watch_runs (watch_id) where state in ('queued', 'running')`.execute(
    db,
  );

  await db.schema
    .createTable('findings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('portal', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('assignee', 'text')
    .addColumn('reason', 'text')
    .addColumn('reopened', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reopened_at', 'timestamptz')
    .addColumn('field', 'text')
    .addColumn('agency', 'text')
    .addColumn('level', 'text')
    .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('state_changed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('state_changed_by', 'text')
    .execute();
  for (const column of ['portal', 'state', 'kind', 'assignee', 'last_seen_at'])
    await db.schema.createIndex(`findings_${column}`).on('findings').column(column).execute();

  await db.schema
    .createTable('finding_sightings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('finding_id', 'text', (c) => c.notNull().references('findings.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('watch_id', 'text')
    .addColumn('run_id', 'text')
    .addColumn('reported_by', 'text')
    .addColumn('client_id', 'text')
    .addColumn('url', 'text')
    .addColumn('evidence', 'jsonb')
    .addColumn('diffs', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('finding_sightings_finding')
    .on('finding_sightings')
    .column('finding_id')
    .execute();
  await db.schema.createIndex('finding_sightings_watch').on('finding_sightings').column('watch_id').execute();
  // One run sees a finding once; an officer's resend (same clientId) is one sighting.
  await sql`create unique index finding_sightings_run on finding_sightings (finding_id, run_id) where run_id is not null`.execute(
    db,
  );
  await sql`create unique index finding_sightings_client on finding_sightings (reported_by, client_id) where client_id is not null`.execute(
    db,
  );

  await db.schema
    .createTable('access_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().references('users.username').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_used_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['access_tokens', 'finding_sightings', 'findings', 'watch_runs', 'watches'])
    await db.schema.dropTable(table).execute();
}
