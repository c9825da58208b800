import { type Kysely, sql } from 'kysely';

/**
 * Indexes for the findings inbox over tens of thousands of findings (issue 13's budget):
 * - the list's order (`last_seen_at desc, id`): a page's ids come straight off the index, with
 *   no sort of the whole table (this replaces the index on `last_seen_at` alone);
 * - the digest's day (`first_seen_at`, `reopened_at`): a day's findings without a full scan;
 * - a finding's sightings with their watch (`finding_id, watch_id`): each row's sighting count
 *   and watch list read from the index alone, whatever the number of watch sightings.
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
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('finding_sightings_finding_watch').execute();
  await db.schema.dropIndex('findings_reopened_at').execute();
  await db.schema.dropIndex('findings_first_seen_at').execute();
  await db.schema.createIndex('findings_last_seen_at').on('findings').column('last_seen_at').execute();
  await db.schema.dropIndex('findings_recent').execute();
}
