import { randomUUID } from 'node:crypto';
import type { Office, OfficeBody, OfficePatch, OfficeRecord } from '@niemyet/core';
import type { Services, SignedInUser } from '../context';
import type { Db } from '../db/schema';
import { notFound } from '../http/errors';
import { insertOffices, readOffice, updateOffice } from '../repositories/offices';

/** Offices as the API shows them, and their creation and changes (supervisors and admins). */

export function officeView(record: OfficeRecord): Office {
  return {
    id: record.id,
    name: record.name,
    area: record.area,
    address: record.address,
    scope: record.scope,
  };
}

/** The office or 404 `not-found`; `forUpdate` locks its row for the caller's transaction. */
export async function officeOr404(db: Db, id: string, forUpdate = false): Promise<OfficeRecord> {
  const office = await readOffice(db, id, forUpdate);
  if (!office) throw notFound('office', id);
  return office;
}

export async function createOffice(
  services: Services,
  user: SignedInUser,
  body: OfficeBody,
): Promise<{ id: string }> {
  const now = services.now().toISOString();
  const id = randomUUID();
  await insertOffices(services.db, [
    {
      id,
      name: body.name,
      area: body.area || null,
      address: body.address || null,
      scope: body.scope,
      createdBy: user.username,
      createdAt: now,
      updatedAt: now,
    },
  ]);
  return { id };
}

export async function patchOffice(services: Services, id: string, patch: OfficePatch): Promise<Office> {
  await officeOr404(services.db, id);
  await updateOffice(
    services.db,
    id,
    {
      name: patch.name,
      // An emptied area or address is no area or address.
      area: patch.area === undefined ? undefined : patch.area || null,
      address: patch.address === undefined ? undefined : patch.address || null,
      scope: patch.scope,
    },
    services.now().toISOString(),
  );
  return officeView(await officeOr404(services.db, id));
}

export async function readOfficeView(services: Services, id: string): Promise<Office> {
  return officeView(await officeOr404(services.db, id));
}
