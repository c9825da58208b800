import type { Dexie, Table } from 'dexie';

export const DEFAULT_CHUNK_SIZE = 500;

/**
 * Writes many records in chunks inside one transaction: all or nothing, without handing
 * IndexedDB one giant request (which stalls the page and, in a service worker, risks the
 * worker being stopped mid-call with nothing written and no error seen).
 */
export async function bulkPutChunked<T, K>(
  db: Dexie,
  table: Table<T, K>,
  rows: readonly T[],
  chunkSize = DEFAULT_CHUNK_SIZE,
): Promise<number> {
  if (chunkSize < 1) throw new Error(`chunkSize must be at least 1, got ${chunkSize}`);
  await db.transaction('rw', table, async () => {
    for (let start = 0; start < rows.length; start += chunkSize) {
      await table.bulkPut(rows.slice(start, start + chunkSize));
    }
  });
  return rows.length;
}
