import { type Kysely, sql } from 'kysely';

/**
 * Tells every server instance listening on `niemyet_memo` when what their read memo holds has
 * changed (`cache/read-memo.ts`, `cache/memo-notifications.ts`): at commit, PostgreSQL
 * delivers one notification per statement that touched the tables behind a part —
 * - `sessions`: a session extended or ended, a user renamed, given other roles, disabled or
 *   removed (what `findSessionUser` reads); new sessions and users need no word, since the memo
 *   only holds sessions it found;
 * - `catalogue`: the change log or the workspace generation (the catalogue's cache key);
 * - `documents`: the workspace's settings (`workspace_documents`) or the legal-document
 *   registry, which every decision's deadlines are counted with.
 * Triggers, not calls in the code, so that no writer is missed: another instance of another
 * version, a restore, an administrator's SQL. The payload is `<schema> <part>`, since a
 * channel spans the database and several workspaces may share one in their own schemas.
 * Rolled-back writes notify nobody. PGlite runs the same triggers with nobody listening.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function niemyet_memo_changed() returns trigger language plpgsql as $$
    begin
      perform pg_notify('niemyet_memo', tg_table_schema || ' ' || tg_argv[0]);
      return null;
    end
    $$`.execute(db);
  await sql`
    create trigger sessions_memo after update or delete or truncate on sessions
    for each statement execute function niemyet_memo_changed('sessions')`.execute(db);
  await sql`
    create trigger users_memo after update of username, roles, disabled or delete or truncate on users
    for each statement execute function niemyet_memo_changed('sessions')`.execute(db);
  await sql`
    create trigger change_log_memo after insert or update or delete or truncate on change_log
    for each statement execute function niemyet_memo_changed('catalogue')`.execute(db);
  await sql`
    create trigger workspace_state_memo after insert or update or delete or truncate on workspace_state
    for each statement execute function niemyet_memo_changed('catalogue')`.execute(db);
  await sql`
    create trigger workspace_documents_memo after insert or update or delete or truncate on workspace_documents
    for each statement execute function niemyet_memo_changed('documents')`.execute(db);
  await sql`
    create trigger legal_documents_memo after insert or update or delete or truncate on legal_documents
    for each statement execute function niemyet_memo_changed('documents')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger legal_documents_memo on legal_documents`.execute(db);
  await sql`drop trigger workspace_documents_memo on workspace_documents`.execute(db);
  await sql`drop trigger workspace_state_memo on workspace_state`.execute(db);
  await sql`drop trigger change_log_memo on change_log`.execute(db);
  await sql`drop trigger users_memo on users`.execute(db);
  await sql`drop trigger sessions_memo on sessions`.execute(db);
  await sql`drop function niemyet_memo_changed()`.execute(db);
}
