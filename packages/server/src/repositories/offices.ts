import { type OfficeRecord, OfficeScopeSchema } from '@niemyet/core';
import type { Selectable } from 'kysely';
import { type Db, isoInstant, json, type OfficesTable } from '../db/schema';

/** Offices: where procedures are posted, and what each posts (its scope). */

function officeOf(r: Selectable<OfficesTable>): OfficeRecord {
  return {
    id: r.id,
    name: r.name,
    area: r.area,
    address: r.address,
    scope: OfficeScopeSchema.parse(r.scope),
    createdBy: r.created_by,
    createdAt: isoInstant(r.created_at),
    updatedAt: isoInstant(r.updated_at),
  };
}

export async function readOffices(db: Db): Promise<OfficeRecord[]> {
  const rows = await db.selectFrom('offices').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map(officeOf);
}

/** One office; with `forUpdate` its row is locked until the transaction ends (one re-posting at a time). */
export async function readOffice(db: Db, id: string, forUpdate = false): Promise<OfficeRecord | null> {
  let query = db.selectFrom('offices').selectAll().where('id', '=', id);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? officeOf(row) : null;
}

/** Inserts offices; one whose id is held already is skipped (an import keeps the team's). */
export async function insertOffices(db: Db, offices: readonly OfficeRecord[]): Promise<void> {
  if (offices.length === 0) return;
  await db
    .insertInto('offices')
    .values(
      offices.map((office) => ({
        id: office.id,
        name: office.name,
        area: office.area,
        address: office.address,
        scope: json(office.scope),
        created_by: office.createdBy,
        created_at: office.createdAt,
        updated_at: office.updatedAt,
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export async function updateOffice(
  db: Db,
  id: string,
  changes: Partial<Pick<OfficeRecord, 'name' | 'area' | 'address' | 'scope'>>,
  now: string,
): Promise<void> {
  await db
    .updateTable('offices')
    .set({
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.area !== undefined ? { area: changes.area } : {}),
      ...(changes.address !== undefined ? { address: changes.address } : {}),
      ...(changes.scope !== undefined ? { scope: json(changes.scope) } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

/** Empties offices with their postings and records (a restore whose bundle carries offices). */
export async function clearOffices(db: Db): Promise<void> {
  await db.deleteFrom('posting_records').execute();
  await db.deleteFrom('office_postings').execute();
  await db.deleteFrom('offices').execute();
}
