import {
  type CatalogueHistory,
  type IsoDate,
  type LegalRegistry,
  legalRegistry,
  type ProcedureVersion,
  todayInVietnam,
} from '@niemyet/core';
import type { Services } from '../context';
import type { Db } from '../db/schema';
import { readLegalDocuments } from '../repositories/legal-documents';

/**
 * What every legal view reads: the server's today (Vietnam's day, from the injectable clock),
 * the registry over the stored documents, and the cached catalogue of a date. The catalogue
 * is always read through the cache on the pool (never inside a transaction: there it would be
 * folded again, and on PGlite the one connection is the transaction's).
 */

export function today(services: Services): IsoDate {
  return todayInVietnam(services.now());
}

export async function registryOf(db: Db): Promise<LegalRegistry> {
  return legalRegistry(await readLegalDocuments(db));
}

export async function activeOn(
  services: Services,
  date: IsoDate,
): Promise<ReadonlyMap<string, ProcedureVersion>> {
  return (await services.catalogue.view(services.db, date)).state.active;
}

export async function historyOf(services: Services): Promise<CatalogueHistory> {
  return services.catalogue.history(services.db);
}
