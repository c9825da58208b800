import { type Kysely, sql } from 'kysely';

/**
 * The legal-document registry and its reviews in tables of their own (issue 11). Until now a
 * bundle's legal documents, review campaigns and tasks sat whole in `workspace_documents`;
 * the registry is now written one document or task at a time by several people, and tasks are
 * listed by state, assignee, campaign and decision, so each record gets its row (the record
 * itself as JSONB, as decisions are kept, with the columns queries filter on beside it).
 * What the old rows held is moved over; `settings` stays where it is.
 */

const MOVED_KINDS = ['legalDocuments', 'reviewCampaigns', 'reviewTasks'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('legal_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createTable('review_campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('review_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('assignee', 'text')
    .addColumn('due_on', 'text')
    .addColumn('decision_id', 'text')
    .addColumn('document_number', 'text', (c) => c.notNull())
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  for (const column of ['state', 'assignee', 'decision_id', 'campaign_id'])
    await db.schema.createIndex(`review_tasks_${column}`).on('review_tasks').column(column).execute();

  // The records a server kept before this migration, moved into their rows. Written in SQL
  // over the JSONB arrays so the move is one statement per kind, whatever their number. A
  // number held twice keeps its first record (the unique key would refuse the second).
  await sql`
    insert into legal_documents (id, number, document, created_at, created_by)
    select d ->> 'id', d ->> 'number', d, now(), null
    from workspace_documents w, jsonb_array_elements(w.document) as d
    where w.kind = 'legalDocuments' and jsonb_typeof(w.document) = 'array'
    on conflict do nothing`.execute(db);
  await sql`
    insert into review_campaigns (id, document, created_at)
    select c ->> 'id', c, now()
    from workspace_documents w, jsonb_array_elements(w.document) as c
    where w.kind = 'reviewCampaigns' and jsonb_typeof(w.document) = 'array'
    on conflict do nothing`.execute(db);
  await sql`
    insert into review_tasks (id, campaign_id, kind, state, assignee, due_on, decision_id, document_number, document, updated_at)
    select t ->> 'id', t ->> 'campaignId', coalesce(t ->> 'kind', 'campaign'), coalesce(t ->> 'state', 'open'),
           t ->> 'assignee', t ->> 'dueOn', t ->> 'decisionId', t ->> 'documentNumber', t, now()
    from workspace_documents w, jsonb_array_elements(w.document) as t
    where w.kind = 'reviewTasks' and jsonb_typeof(w.document) = 'array'
    on conflict do nothing`.execute(db);
  await sql`delete from workspace_documents where kind in (${sql.join(MOVED_KINDS)})`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Back into the whole-array rows the earlier schema reads, so going down loses nothing.
  await sql`
    insert into workspace_documents (kind, document)
    select 'legalDocuments', coalesce(jsonb_agg(document order by number), '[]'::jsonb) from legal_documents
    on conflict (kind) do update set document = excluded.document`.execute(db);
  await sql`
    insert into workspace_documents (kind, document)
    select 'reviewCampaigns', coalesce(jsonb_agg(document order by created_at, id), '[]'::jsonb) from review_campaigns
    on conflict (kind) do update set document = excluded.document`.execute(db);
  await sql`
    insert into workspace_documents (kind, document)
    select 'reviewTasks', coalesce(jsonb_agg(document order by id), '[]'::jsonb) from review_tasks
    on conflict (kind) do update set document = excluded.document`.execute(db);
  await db.schema.dropTable('review_tasks').execute();
  await db.schema.dropTable('review_campaigns').execute();
  await db.schema.dropTable('legal_documents').execute();
}
