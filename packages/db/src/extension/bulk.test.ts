import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { bulkPutChunked } from './index';
import { freshDb, makeAudit } from './test-support';

describe('bulkPutChunked', () => {
  it('writes every row across several chunks', async () => {
    const db = freshDb();
    const audits = Array.from({ length: 23 }, (_, i) => makeAudit({ id: `a${i}` }));
    expect(await bulkPutChunked(db, db.audits, audits, 5)).toBe(23);
    expect(await db.audits.count()).toBe(23);
  });

  it('writes nothing when a later chunk fails', async () => {
    const db = freshDb();
    const audits = Array.from({ length: 12 }, (_, i) => makeAudit({ id: `a${i}` }));
    // A record without its key fails in the third chunk, after two chunks went through.
    (audits[11] as { id?: string }).id = undefined;
    await expect(bulkPutChunked(db, db.audits, audits, 5)).rejects.toThrow();
    expect(await db.audits.count()).toBe(0);
  });

  it('refuses a chunk size below one', async () => {
    const db = freshDb();
    await expect(bulkPutChunked(db, db.audits, [], 0)).rejects.toThrow('chunkSize must be at least 1, got 0');
  });
});
