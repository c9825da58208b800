import { buildCatalogueSnapshot, type CatalogueSnapshot, type CatalogueState } from '@niemyet/core';
import { type NiemyetConsoleDb, type Publication, publishCatalogueSnapshot } from '@niemyet/db';

export interface PublishedCatalogue {
  publication: Publication;
  snapshot: CatalogueSnapshot;
}

/**
 * Publishes the catalogue in force on `state.asOf`: builds the hashed snapshot (DESIGN §5)
 * and stores it as the latest publication, which is what the extension receives from now on.
 */
export async function publishCatalogue(
  db: NiemyetConsoleDb,
  state: CatalogueState,
  now: Date = new Date(),
): Promise<PublishedCatalogue> {
  const at = now.toISOString();
  const snapshot = buildCatalogueSnapshot(state, at);
  const publication = await publishCatalogueSnapshot(db, snapshot, at);
  return { publication, snapshot };
}
