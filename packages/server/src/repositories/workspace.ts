import { type ProcedureVersion, type WorkspaceSettings, WorkspaceSettingsSchema } from '@niemyet/core';
import { sql } from 'kysely';
import { type Db, json } from '../db/schema';
import { INSERT_CHUNK } from './changelog';

/**
 * The workspace's history besides decisions and the change log: the baseline the history
 * starts from, the bundle's other documents, and the generation counter that tells cached
 * catalogues apart.
 */

/** One advisory lock key for everything that appends to the change log (issue, import, restore). */
export const CHAIN_LOCK_KEY = 0x6e69_656d; // "niem"

/**
 * Serialises writers of the change log across every server instance on this database:
 * held until the transaction ends. Two servers issuing at once still write one chain.
 */
export async function lockChain(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${CHAIN_LOCK_KEY})`.execute(db);
}

export async function readBaseline(db: Db): Promise<ProcedureVersion[]> {
  const rows = await db
    .selectFrom('baseline')
    .select('document')
    .orderBy('procedure_id')
    .orderBy('effective_from')
    .execute();
  return rows.map((r) => r.document as ProcedureVersion);
}

export async function insertBaseline(db: Db, versions: readonly ProcedureVersion[]): Promise<void> {
  for (let i = 0; i < versions.length; i += INSERT_CHUNK) {
    const chunk = versions.slice(i, i + INSERT_CHUNK);
    await db
      .insertInto('baseline')
      .values(
        chunk.map((v) => ({
          procedure_id: v.procedureId,
          effective_from: v.effectiveFrom ?? '',
          document: json(v),
        })),
      )
      .onConflict((oc) => oc.columns(['procedure_id', 'effective_from']).doNothing())
      .execute();
  }
}

/** Procedures the workspace knows: in its baseline, or named by any stored decision. */
export async function knownProcedureIds(db: Db): Promise<Set<string>> {
  const { rows } = await sql<{ id: string }>`
    select procedure_id as id from baseline
    union
    select item ->> 'procedureId' from decisions, jsonb_array_elements(document -> 'items') as item`.execute(
    db,
  );
  return new Set(rows.map((r) => r.id));
}

export async function generation(db: Db): Promise<number> {
  const row = await db
    .selectFrom('workspace_state')
    .select('generation')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return row.generation;
}

export async function bumpGeneration(db: Db): Promise<void> {
  await db
    .updateTable('workspace_state')
    .set((eb) => ({ generation: eb('generation', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

/**
 * The workspace's settings (deadline rules, calendar adjustments), kept whole in
 * `workspace_documents`. Legal documents, campaigns and tasks have tables of their own since
 * migration 0004 (repositories/legal-documents.ts, review-campaigns.ts, review-tasks.ts).
 */
export async function readSettings(db: Db): Promise<WorkspaceSettings> {
  const row = await db
    .selectFrom('workspace_documents')
    .select('document')
    .where('kind', '=', 'settings')
    .executeTakeFirst();
  const parsed = WorkspaceSettingsSchema.safeParse(row?.document ?? {});
  return parsed.success ? parsed.data : WorkspaceSettingsSchema.parse({});
}

export async function writeSettings(db: Db, settings: WorkspaceSettings): Promise<void> {
  await db
    .insertInto('workspace_documents')
    .values({ kind: 'settings', document: json(settings) })
    .onConflict((oc) => oc.column('kind').doUpdateSet({ document: json(settings) }))
    .execute();
}

/** Empties the history (a restore replaces it): accounts, sessions, activity and publications stay. */
export async function clearHistory(db: Db): Promise<void> {
  await db.deleteFrom('change_log').execute();
  await db.deleteFrom('decision_comments').execute();
  await db.deleteFrom('decision_revisions').execute();
  await db.deleteFrom('decisions').execute();
  await db.deleteFrom('baseline').execute();
  await db.deleteFrom('workspace_documents').execute();
  await db.deleteFrom('review_tasks').execute();
  await db.deleteFrom('review_campaigns').execute();
  await db.deleteFrom('legal_documents').execute();
}

/** What a cached catalogue was computed from: any issue, import or restore changes it. */
export async function catalogueKey(db: Db): Promise<string> {
  const { rows } = await sql<{ generation: number; seq: number | null; hash: string | null }>`
    select (select generation from workspace_state where id = 1) as generation,
           (select seq from change_log order by seq desc limit 1) as seq,
           (select hash from change_log order by seq desc limit 1) as hash`.execute(db);
  const row = rows[0]!;
  return `${row.generation}:${row.seq ?? 0}:${row.hash ?? ''}`;
}
