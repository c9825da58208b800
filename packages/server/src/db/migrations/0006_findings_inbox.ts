import { type Kysely, sql } from 'kysely';

/**
 * The findings inbox over tens of thousands of findings (issue 13's budget), and its trend
 * counting a re-opened finding open only while it was:
 * - the list's order (`last_seen_at desc, id`): a page's ids come straight off the index, with
 *   no sort of the whole table (this replaces the index on `last_seen_at` alone);
 * - the digest's day (`first_seen_at`, `reopened_at`): a day's findings without a full scan;
 * - a finding's sightings with their watch (`finding_id, watch_id`): each row's sighting count
 *   and watch list read from the index alone, whatever the number of watch sightings;
 * - `finding_openings`: +1 when a finding opens (first seen, re-opened) and -1 when it closes
 *   (fixed, dismissed), so the open findings at any instant are a sum over the rows before it.
 *   Filled here from what the findings say: opened when first seen, closed when last fixed or
 *   dismissed (a finding re-opened before this migration counts open since its first sighting,
 *   as the trend counted it until then).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index findings_recent on findings (last_seen_at desc, id)`.execute(db);
  await db.schema.dropIndex('findings_last_seen_at').execute();
  await db.schema.createIndex('findings_first_seen_at').on('findings').column('first_seen_at').execute();
  await db.schema.createIndex('findings_reopened_at').on('findings').column('reopened_at').execute();
  await db.schema
    .createIndex('finding_sightings_finding_watch')
    .on('finding_sightings')
    .columns(['finding_id', 'watch_id'])
    .execute();

  await db.schema
    .createTable('finding_openings')
    .addColumn('finding_id', 'text', (c) => c.notNull().references('findings.id').onDelete('cascade'))
    // The finding's portal (never changes: it is part of its key), so the trend needs no join.
    .addColumn('portal', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('delta', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('finding_openings_finding')
    .on('finding_openings')
    .column('finding_id')
    .execute();
  await sql`insert into finding_openings (finding_id, portal, at, delta)
            select id, portal, first_seen_at, 1 from findings`.execute(db);
  await sql`insert into finding_openings (finding_id, portal, at, delta)
            select id, portal, state_changed_at, -1 from findings where state in ('fixed', 'dismissed')`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('finding_openings').execute();
  await db.schema.dropIndex('finding_sightings_finding_watch').execute();
  await db.schema.dropIndex('findings_reopened_at').execute();
  await db.schema.dropIndex('findings_first_seen_at').execute();
  await db.schema.createIndex('findings_last_seen_at').on('findings').column('last_seen_at').execute();
  await db.schema.dropIndex('findings_recent').execute();
}
