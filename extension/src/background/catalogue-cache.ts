import { type CatalogueIndex, type IsoDate, snapshotCatalogueIndex, todayInVietnam } from '@niemyet/core';
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
  /** The day the index is for: versions of the snapshot's `upcoming` take effect as days pass. */
  on: IsoDate;
}

/**
 * The catalogue index, built once per snapshot. The worker may be stopped and restarted at any
 * time, and an options page may replace the snapshot behind its back: before each use the cache
 * asks the database, by the hash index alone (no snapshot loaded), whether it is still current.
 * Audits are of the catalogue in force today (Vietnam time), or on the snapshot's own date
 * when that is later; a new day rebuilds the index.
 */
export class CatalogueCache {
  private loaded: LoadedCatalogue | null = null;

  constructor(
    private readonly db: NiemyetExtensionDb,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async current(): Promise<LoadedCatalogue | null> {
    const today = todayInVietnam(this.now());
    if (this.loaded) {
      const ids = await this.db.snapshots.where('hash').equals(this.loaded.meta.hash).primaryKeys();
      const current = ids.includes(CURRENT_SNAPSHOT_ID);
      if (current && this.loaded.on === auditDate(this.loaded.meta.asOf, today)) return this.loaded;
      this.loaded = null;
    }
    const stored = await getCurrentSnapshot(this.db);
    if (!stored) return null;
    const on = auditDate(stored.snapshot.asOf, today);
    this.loaded = { meta: stripSnapshot(stored), index: snapshotCatalogueIndex(stored.snapshot, on), on };
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

function auditDate(asOf: IsoDate, today: IsoDate): IsoDate {
  return today < asOf ? asOf : today;
}
