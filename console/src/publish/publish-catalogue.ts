import type { CatalogueSnapshot, IsoDate, Publication } from '@niemyet/core';
import { fetchPublishedSnapshot } from '../api/catalogue';
import type { ApiClient } from '../api/http';
import { publishCatalogue as postPublication } from '../api/publications';

export interface PublishedCatalogue {
  publication: Publication;
  /** The published snapshot, for the extension over the bridge (null if the server lost it meanwhile). */
  snapshot: CatalogueSnapshot | null;
}

/**
 * Publishes the catalogue in force on `asOf`: the server builds the hashed snapshot (DESIGN §5)
 * and serves it from then on as `/api/catalogue/published`; the console reads that snapshot
 * back to hand it to an open extension at once.
 */
export async function publishCatalogue(client: ApiClient, asOf: IsoDate): Promise<PublishedCatalogue> {
  const publication = await postPublication(client, asOf);
  const published = await fetchPublishedSnapshot(client);
  const snapshot = published?.changed ? published.snapshot : null;
  return { publication, snapshot: snapshot?.hash === publication.hash ? snapshot : null };
}
