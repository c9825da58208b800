import type { IsoDate } from '@niemyet/core';

/**
 * The last few catalogues shown, kept in memory by date (whole snapshots, or the catalogue
 * screen's tables of them). Reading 20,000 procedures back from IndexedDB costs hundreds of
 * milliseconds (structured clone), and users go back and forth between a few dates; one held
 * here is shown in the same frame. Kept small: one snapshot of 20,000 procedures weighs tens
 * of megabytes.
 */
export class RecentSnapshots<T extends { asOf: string }> {
  private readonly byDate = new Map<IsoDate, T>();
  constructor(private readonly capacity = 3) {}

  get(asOf: IsoDate): T | null {
    const snapshot = this.byDate.get(asOf);
    if (!snapshot) return null;
    // Most recently used last: the first key is the one to drop.
    this.byDate.delete(asOf);
    this.byDate.set(asOf, snapshot);
    return snapshot;
  }

  remember(snapshot: T): void {
    this.byDate.delete(snapshot.asOf);
    this.byDate.set(snapshot.asOf, snapshot);
    while (this.byDate.size > this.capacity) this.byDate.delete(this.byDate.keys().next().value!);
  }
}
