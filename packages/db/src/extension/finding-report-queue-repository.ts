import type { NiemyetExtensionDb } from './database';
import type { QueuedFindingReport } from './records';

/**
 * The queue of confirmed findings waiting for the team server. A record is keyed by its
 * `clientId`, so confirming the same finding again replaces it rather than sending it twice;
 * records leave the queue only once the server has answered for them.
 */

export async function queueFindingReports(
  db: NiemyetExtensionDb,
  reports: readonly QueuedFindingReport[],
): Promise<void> {
  await db.findingReportQueue.bulkPut([...reports]);
}

/** The oldest queued reports first, at most `limit`. */
export function queuedFindingReports(
  db: NiemyetExtensionDb,
  limit = Infinity,
): Promise<QueuedFindingReport[]> {
  const ordered = db.findingReportQueue.orderBy('queuedAt');
  return (Number.isFinite(limit) ? ordered.limit(limit) : ordered).toArray();
}

export function countQueuedFindingReports(db: NiemyetExtensionDb): Promise<number> {
  return db.findingReportQueue.count();
}

/** Drops the reports the server has answered for. */
export async function removeFindingReports(
  db: NiemyetExtensionDb,
  clientIds: readonly string[],
): Promise<void> {
  await db.findingReportQueue.bulkDelete([...clientIds]);
}
