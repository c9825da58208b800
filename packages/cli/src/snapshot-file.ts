import { type CatalogueSnapshot, type IsoDate, parseCatalogueSnapshot, todayInVietnam } from '@niemyet/core';
import { readJsonFile } from './files';
import { CliError } from './io';

/** Reads a catalogue snapshot, checking its schema and its hash; the message names the file. */
export async function readCatalogueSnapshot(path: string): Promise<CatalogueSnapshot> {
  const json = await readJsonFile(path);
  try {
    return parseCatalogueSnapshot(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError(
      `Tệp «${path}» không phải danh mục niemyet.catalogue hợp lệ (invalid catalogue snapshot): ${detail}`,
    );
  }
}

/** Audits default to today in Vietnam; a snapshot made for a later date is audited on its date. */
export function defaultAuditDate(snapshot: CatalogueSnapshot, today: IsoDate = todayInVietnam()): IsoDate {
  return today < snapshot.asOf ? snapshot.asOf : today;
}
