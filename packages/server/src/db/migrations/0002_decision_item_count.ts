import { type Kysely, sql } from 'kysely';

/**
 * The decision list shows how many items each decision holds: a column, filled from the
 * stored documents, so listing 500 decisions does not read 500 JSONB documents.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('decisions')
    .addColumn('item_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update decisions set item_count = coalesce(jsonb_array_length(document -> 'items'), 0)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('decisions').dropColumn('item_count').execute();
}
