import { type CatalogueIndex, indexCatalogue } from '@niemyet/core';
import {
  CURRENT_SNAPSHOT_ID,
  getCurrentSnapshot,
  type NiemyetExtensionDb,
  type SnapshotMeta,
  stripSnapshot,
} from '@niemyet/db';

export interface LoadedCatalogue {
  meta: SnapshotMeta;
  index: CatalogueIndex;
}

/**
 * The catalogue index, built once per snapshot. The worker may be stopped and restarted at any
 * time, and an options page may replace the snapshot behind its back: before each use the cache
 * asks the database, by the hash index alone (no snapshot loaded), whether it is still current.
 */
export class CatalogueCache {
  private loaded: LoadedCatalogue | null = null;

  constructor(private readonly db: NiemyetExtensionDb) {}

  async current(): Promise<LoadedCatalogue | null> {
    if (this.loaded) {
      const ids = await this.db.snapshots.where('hash').equals(this.loaded.meta.hash).primaryKeys();
      if (ids.includes(CURRENT_SNAPSHOT_ID)) return this.loaded;
      this.loaded = null;
    }
    const stored = await getCurrentSnapshot(this.db);
    if (!stored) return null;
    const { snapshot } = stored;
    this.loaded = {
      meta: stripSnapshot(stored),
      index: indexCatalogue({
        asOf: snapshot.asOf,
        active: snapshot.procedures,
        upcoming: snapshot.upcoming,
        abolished: snapshot.abolished,
      }),
    };
    return this.loaded;
  }

  /** The metadata only (popup status): the cached copy when there is one. */
  async meta(): Promise<SnapshotMeta | null> {
    return (await this.current())?.meta ?? null;
  }

  invalidate(): void {
    this.loaded = null;
  }
}
