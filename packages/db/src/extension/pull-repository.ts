import type { NiemyetExtensionDb } from './database';
import type { PullRecordStatus, StoredPull } from './records';

export async function savePull<TState>(db: NiemyetExtensionDb, pull: StoredPull<TState>): Promise<void> {
  await db.pulls.put(pull as StoredPull);
}

export async function getPull<TState>(
  db: NiemyetExtensionDb,
  id: string,
): Promise<StoredPull<TState> | undefined> {
  return (await db.pulls.get(id)) as StoredPull<TState> | undefined;
}

/** Pulls in one status, oldest update first (so resumption is fair). */
export async function pullsWithStatus<TState>(
  db: NiemyetExtensionDb,
  status: PullRecordStatus,
): Promise<StoredPull<TState>[]> {
  const pulls = await db.pulls.where('status').equals(status).sortBy('updatedAt');
  return pulls as StoredPull<TState>[];
}

/** Newest first. */
export async function listPulls<TState>(db: NiemyetExtensionDb, limit = 20): Promise<StoredPull<TState>[]> {
  const pulls = await db.pulls.orderBy('updatedAt').reverse().limit(limit).toArray();
  return pulls as StoredPull<TState>[];
}

export async function deletePull(db: NiemyetExtensionDb, id: string): Promise<void> {
  await db.pulls.delete(id);
}
