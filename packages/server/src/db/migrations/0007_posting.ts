import { type Kysely, sql } from 'kysely';

/**
 * Posting at the counter (issue 14). `offices` are the places that post procedures, each
 * with its scope; `office_postings` is what each has posted, one row per procedure holding
 * the content as posted (so an amendment shows as a diff against what hangs on the wall);
 * `posting_records` is who marked which checklist item done and when, read newest first per
 * office. Numbered 0007: 0006 adds the findings' indexes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('offices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('area', 'text')
    .addColumn('address', 'text')
    .addColumn('scope', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('office_postings')
    .addColumn('office_id', 'text', (c) => c.notNull().references('offices.id').onDelete('cascade'))
    .addColumn('procedure_id', 'text', (c) => c.notNull())
    .addColumn('fields', 'jsonb', (c) => c.notNull())
    .addColumn('posted_on', 'text', (c) => c.notNull())
    .addColumn('posted_by', 'text', (c) => c.notNull())
    .addColumn('posted_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('office_postings_pk', ['office_id', 'procedure_id'])
    .execute();
  await db.schema
    .createTable('posting_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('office_id', 'text', (c) => c.notNull().references('offices.id').onDelete('cascade'))
    .addColumn('procedure_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('decision_number', 'text')
    .addColumn('done_by', 'text', (c) => c.notNull())
    .addColumn('done_at', 'timestamptz', (c) => c.notNull())
    .addColumn('posted_on', 'text', (c) => c.notNull())
    .execute();
  // The checklist screen reads an office's latest records: newest first, by office.
  await sql`create index posting_records_office on posting_records (office_id, done_at desc, id desc)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['posting_records', 'office_postings', 'offices'])
    await db.schema.dropTable(table).execute();
}
