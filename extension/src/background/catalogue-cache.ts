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
    const loaded = this.cached();
    if (loaded && (await this.stillCurrent(loaded))) return loaded;
    this.loaded = null;
    const today = todayInVietnam(this.now());
    const stored = await getCurrentSnapshot(this.db);
    if (!stored) return null;
    const on = auditDate(stored.snapshot.asOf, today);
    this.loaded = { meta: stripSnapshot(stored), index: snapshotCatalogueIndex(stored.snapshot, on), on };
    return this.loaded;
  }

  /**
   * The index built last, if it is for today, without asking the database whether its snapshot
   * is still the current one: callers that cannot wait use it at once and check
   * `stillCurrent` meanwhile.
   */
  cached(): LoadedCatalogue | null {
    const loaded = this.loaded;
    if (!loaded || loaded.on !== auditDate(loaded.meta.asOf, todayInVietnam(this.now()))) return null;
    return loaded;
  }

  /** Whether the database still holds `loaded`'s snapshot as the current one (by the hash index alone). */
  async stillCurrent(loaded: LoadedCatalogue): Promise<boolean> {
    const ids = await this.db.snapshots.where('hash').equals(loaded.meta.hash).primaryKeys();
    return ids.includes(CURRENT_SNAPSHOT_ID) && this.loaded === loaded;
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
