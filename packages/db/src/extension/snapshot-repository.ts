import type { CatalogueSnapshot } from '@niemyet/core';
import type { NiemyetExtensionDb } from './database';
import { CURRENT_SNAPSHOT_ID, type SnapshotMeta, type SnapshotSource, type StoredSnapshot } from './records';

export interface SnapshotProvenance {
  source: SnapshotSource;
  origin: string | null;
  importedAt: string;
}

export function snapshotMetaOf(snapshot: CatalogueSnapshot, provenance: SnapshotProvenance): SnapshotMeta {
  return {
    hash: snapshot.hash,
    asOf: snapshot.asOf,
    generatedAt: snapshot.generatedAt,
    importedAt: provenance.importedAt,
    source: provenance.source,
    origin: provenance.origin,
    counts: {
      procedures: snapshot.procedures.length,
      upcoming: snapshot.upcoming.length,
      abolished: snapshot.abolished.length,
    },
  };
}

/**
 * Makes `snapshot` the catalogue in force. The caller has validated it (parseCatalogueSnapshot);
 * one `put` replaces the previous one atomically, so a failed import leaves the old catalogue.
 */
export async function putCurrentSnapshot(
  db: NiemyetExtensionDb,
  snapshot: CatalogueSnapshot,
  provenance: SnapshotProvenance,
): Promise<SnapshotMeta> {
  const meta = snapshotMetaOf(snapshot, provenance);
  await db.snapshots.put({ id: CURRENT_SNAPSHOT_ID, ...meta, snapshot });
  return meta;
}

export function getCurrentSnapshot(db: NiemyetExtensionDb): Promise<StoredSnapshot | undefined> {
  return db.snapshots.get(CURRENT_SNAPSHOT_ID);
}

export async function getCurrentSnapshotMeta(db: NiemyetExtensionDb): Promise<SnapshotMeta | null> {
  const stored = await getCurrentSnapshot(db);
  return stored ? stripSnapshot(stored) : null;
}

export function stripSnapshot(stored: StoredSnapshot): SnapshotMeta {
  const { id: _id, snapshot: _snapshot, ...meta } = stored;
  return meta;
}

export async function clearCurrentSnapshot(db: NiemyetExtensionDb): Promise<void> {
  await db.snapshots.delete(CURRENT_SNAPSHOT_ID);
}
