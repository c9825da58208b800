import type { Kysely } from 'kysely';

/**
 * The review of a decision: every saved revision of its content (so a reviewer can read and
 * diff what changed between rounds), and comments on the decision, an item or one field.
 * Both are kept beside the decision document rather than inside it: they grow with every
 * round and are read only when someone opens the review.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('decision_revisions')
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decisions.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revision_hash', 'text', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('decision_revisions_pk', ['decision_id', 'revision'])
    .execute();
  await db.schema
    .createTable('decision_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decisions.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('item_id', 'text')
    .addColumn('field', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('decision_comments_decision')
    .on('decision_comments')
    .column('decision_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('decision_comments').execute();
  await db.schema.dropTable('decision_revisions').execute();
}
