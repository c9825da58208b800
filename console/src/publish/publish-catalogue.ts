import {
  buildCatalogueSnapshot,
  type CatalogueSnapshot,
  type CatalogueState,
  CHANGE_LOG_GENESIS,
} from '@niemyet/core';
import {
  changeLogHead,
  type NiemyetConsoleDb,
  type Publication,
  publishCatalogueSnapshot,
} from '@niemyet/db';

export interface PublishedCatalogue {
  publication: Publication;
  snapshot: CatalogueSnapshot;
}

/**
 * Publishes the catalogue in force on `state.asOf`: builds the hashed snapshot (DESIGN §5),
 * recording the head of the workspace's change log (so whoever holds the snapshot can check
 * the history behind it), and stores it as the latest publication, which is what the extension
 * receives from now on. The head is read at publishing time: the catalogue screen refolds
 * `state` as soon as an import lands, so both describe the same history.
 */
export async function publishCatalogue(
  db: NiemyetConsoleDb,
  state: CatalogueState,
  now: Date = new Date(),
): Promise<PublishedCatalogue> {
  const at = now.toISOString();
  const head = await changeLogHead(db);
  const snapshot = buildCatalogueSnapshot(state, at, {
    count: head?.seq ?? 0,
    headHash: head?.hash ?? CHANGE_LOG_GENESIS,
  });
  const publication = await publishCatalogueSnapshot(db, snapshot, at);
  return { publication, snapshot };
}
