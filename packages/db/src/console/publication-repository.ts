import type { CatalogueSnapshot } from '@niemyet/core';
import type { NiemyetConsoleDb } from './database';
import type { Publication } from './records';

/**
 * Publications of the catalogue: each stores a snapshot (as `buildCatalogueSnapshot` made it)
 * and its metadata; the latest one is "the published catalogue" the extension receives.
 * Earlier ones are kept: they say what the extension was told, and when.
 */

export async function publishCatalogueSnapshot(
  db: NiemyetConsoleDb,
  snapshot: CatalogueSnapshot,
  publishedAt: string,
): Promise<Publication> {
  const meta: Omit<Publication, 'seq'> = {
    hash: snapshot.hash,
    asOf: snapshot.asOf,
    generatedAt: snapshot.generatedAt,
    publishedAt,
    counts: {
      procedures: snapshot.procedures.length,
      upcoming: snapshot.upcoming.length,
      abolished: snapshot.abolished.length,
    },
  };
  return db.transaction('rw', [db.publications, db.publicationSnapshots], async () => {
    const seq = await db.publications.add(meta);
    await db.publicationSnapshots.put({ seq, snapshot });
    return { seq, ...meta };
  });
}

/** The publication in force (the latest), or null before the first one. */
export async function latestPublication(db: NiemyetConsoleDb): Promise<Publication | null> {
  return (await db.publications.orderBy('seq').last()) ?? null;
}

/** The published catalogue: the latest publication's snapshot, or null before the first one. */
export async function latestPublishedSnapshot(db: NiemyetConsoleDb): Promise<CatalogueSnapshot | null> {
  return db.transaction('r', [db.publications, db.publicationSnapshots], async () => {
    const latest = await db.publications.orderBy('seq').last();
    if (!latest) return null;
    return (await db.publicationSnapshots.get(latest.seq))?.snapshot ?? null;
  });
}

export async function publishedSnapshotOf(
  db: NiemyetConsoleDb,
  seq: number,
): Promise<CatalogueSnapshot | null> {
  return (await db.publicationSnapshots.get(seq))?.snapshot ?? null;
}

/** Every publication, newest first, without the snapshots. */
export function listPublications(db: NiemyetConsoleDb): Promise<Publication[]> {
  return db.publications.orderBy('seq').reverse().toArray();
}
