import {
  type OfficePostingRecord,
  type PostingRecordEntry,
  ProcedureFieldsSchema,
  RepostingActionSchema,
} from '@niemyet/core';
import type { Selectable } from 'kysely';
import { type Db, isoInstant, json, type OfficePostingsTable, type PostingRecordsTable } from '../db/schema';

/** What each office has posted (the content as posted) and the record of who re-posted what. */

function postingOf(r: Selectable<OfficePostingsTable>): OfficePostingRecord {
  return {
    officeId: r.office_id,
    procedureId: r.procedure_id,
    fields: ProcedureFieldsSchema.parse(r.fields),
    postedOn: r.posted_on,
    postedBy: r.posted_by,
    postedAt: isoInstant(r.posted_at),
  };
}

function recordOf(r: Selectable<PostingRecordsTable>): PostingRecordEntry {
  return {
    id: r.id,
    officeId: r.office_id,
    procedureId: r.procedure_id,
    code: r.code,
    name: r.name,
    action: RepostingActionSchema.parse(r.action),
    decisionNumber: r.decision_number,
    doneBy: r.done_by,
    doneAt: isoInstant(r.done_at),
    postedOn: r.posted_on,
  };
}

/** The posted lists of the given offices (all when `officeIds` is omitted), grouped by office. */
export async function readPostings(
  db: Db,
  officeIds?: readonly string[],
): Promise<Map<string, OfficePostingRecord[]>> {
  if (officeIds && officeIds.length === 0) return new Map();
  let query = db.selectFrom('office_postings').selectAll();
  if (officeIds) query = query.where('office_id', 'in', officeIds);
  const rows = await query.orderBy('office_id').orderBy('procedure_id').execute();
  const byOffice = new Map<string, OfficePostingRecord[]>();
  for (const row of rows) {
    const posting = postingOf(row);
    const list = byOffice.get(posting.officeId);
    if (list) list.push(posting);
    else byOffice.set(posting.officeId, [posting]);
  }
  return byOffice;
}

export async function readAllPostings(db: Db): Promise<OfficePostingRecord[]> {
  return [...(await readPostings(db)).values()].flat();
}

/** Posts (or re-posts) procedures at an office: the content given replaces what was posted. */
export async function upsertPostings(db: Db, postings: readonly OfficePostingRecord[]): Promise<void> {
  // Bounded batches: PostgreSQL takes at most 65,535 parameters in one statement.
  for (let start = 0; start < postings.length; start += 1000) {
    const batch = postings.slice(start, start + 1000);
    await db
      .insertInto('office_postings')
      .values(
        batch.map((p) => ({
          office_id: p.officeId,
          procedure_id: p.procedureId,
          fields: json(p.fields),
          posted_on: p.postedOn,
          posted_by: p.postedBy,
          posted_at: p.postedAt,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['office_id', 'procedure_id']).doUpdateSet((eb) => ({
          fields: eb.ref('excluded.fields'),
          posted_on: eb.ref('excluded.posted_on'),
          posted_by: eb.ref('excluded.posted_by'),
          posted_at: eb.ref('excluded.posted_at'),
        })),
      )
      .execute();
  }
}

export async function deletePostings(
  db: Db,
  officeId: string,
  procedureIds: readonly string[],
): Promise<void> {
  for (let start = 0; start < procedureIds.length; start += 1000)
    await db
      .deleteFrom('office_postings')
      .where('office_id', '=', officeId)
      .where('procedure_id', 'in', procedureIds.slice(start, start + 1000))
      .execute();
}

export async function insertPostingRecords(db: Db, records: readonly PostingRecordEntry[]): Promise<void> {
  for (let start = 0; start < records.length; start += 1000) {
    const batch = records.slice(start, start + 1000);
    await db
      .insertInto('posting_records')
      .values(
        batch.map((r) => ({
          id: r.id,
          office_id: r.officeId,
          procedure_id: r.procedureId,
          code: r.code,
          name: r.name,
          action: r.action,
          decision_number: r.decisionNumber,
          done_by: r.doneBy,
          done_at: r.doneAt,
          posted_on: r.postedOn,
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}

/** The office's latest records, newest first. */
export async function latestPostingRecords(
  db: Db,
  officeId: string,
  limit: number,
): Promise<PostingRecordEntry[]> {
  const rows = await db
    .selectFrom('posting_records')
    .selectAll()
    .where('office_id', '=', officeId)
    .orderBy('done_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(recordOf);
}

export async function readAllPostingRecords(db: Db): Promise<PostingRecordEntry[]> {
  const rows = await db.selectFrom('posting_records').selectAll().orderBy('done_at').orderBy('id').execute();
  return rows.map(recordOf);
}
