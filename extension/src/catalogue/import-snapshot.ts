import { parseCatalogueSnapshot } from '@niemyet/core';
import {
  type NiemyetExtensionDb,
  putCurrentSnapshot,
  type SnapshotMeta,
  type SnapshotProvenance,
} from '@niemyet/db';

/**
 * Validates a snapshot's JSON text and makes it the catalogue in force — all or nothing: any
 * problem throws (naming it: a path, the format, the hash) before the database is touched.
 * Used by the options page (files: no message-size limit) and the background (URL, console).
 */
export async function importSnapshotText(
  db: NiemyetExtensionDb,
  text: string,
  provenance: SnapshotProvenance,
): Promise<SnapshotMeta> {
  const snapshot = parseCatalogueSnapshot(text);
  return putCurrentSnapshot(db, snapshot, provenance);
}
