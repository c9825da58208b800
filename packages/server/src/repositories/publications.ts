import type { CatalogueSnapshot, Publication } from '@niemyet/core';
import { type Db, isoInstant, json } from '../db/schema';

/** Stores a published snapshot; publishing the same content twice keeps the first record. */
export async function insertPublication(
  db: Db,
  snapshot: CatalogueSnapshot,
  publishedBy: string,
  now: string,
): Promise<Publication> {
  await db
    .insertInto('publications')
    .values({
      hash: snapshot.hash,
      as_of: snapshot.asOf,
      generated_at: snapshot.generatedAt,
      published_at: now,
      published_by: publishedBy,
      procedures: snapshot.procedures.length,
      upcoming: snapshot.upcoming.length,
      abolished: snapshot.abolished.length,
      snapshot: json(snapshot),
    })
    .onConflict((oc) => oc.column('hash').doUpdateSet({ published_at: now, published_by: publishedBy }))
    .execute();
  return (await listPublications(db)).find((p) => p.hash === snapshot.hash)!;
}

export async function listPublications(db: Db): Promise<Publication[]> {
  const rows = await db
    .selectFrom('publications')
    .select([
      'hash',
      'as_of',
      'generated_at',
      'published_at',
      'published_by',
      'procedures',
      'upcoming',
      'abolished',
    ])
    .orderBy('published_at', 'desc')
    .execute();
  return rows.map((r) => ({
    hash: r.hash,
    asOf: r.as_of,
    generatedAt: r.generated_at,
    publishedAt: isoInstant(r.published_at),
    publishedBy: r.published_by,
    procedures: r.procedures,
    upcoming: r.upcoming,
    abolished: r.abolished,
  }));
}

/** The hash of the latest publication (cheap: for ETag checks before the snapshot is read). */
export async function latestPublicationHash(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('publications')
    .select('hash')
    .orderBy('published_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.hash ?? null;
}

export async function publicationSnapshot(db: Db, hash: string): Promise<CatalogueSnapshot | null> {
  const row = await db
    .selectFrom('publications')
    .select('snapshot')
    .where('hash', '=', hash)
    .executeTakeFirst();
  return (row?.snapshot as CatalogueSnapshot | undefined) ?? null;
}
