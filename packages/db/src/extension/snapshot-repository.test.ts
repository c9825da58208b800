import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  clearCurrentSnapshot,
  getCurrentSnapshot,
  getCurrentSnapshotMeta,
  putCurrentSnapshot,
} from './index';
import { freshDb, smallSnapshot } from './test-support';

describe('snapshot repository', () => {
  it('has no catalogue in a new database', async () => {
    expect(await getCurrentSnapshotMeta(freshDb())).toBeNull();
  });

  it('stores the snapshot with its metadata and counts', async () => {
    const db = freshDb();
    const snapshot = smallSnapshot();
    const meta = await putCurrentSnapshot(db, snapshot, {
      source: 'file',
      origin: 'a.json',
      importedAt: 'T1',
    });
    expect(meta).toEqual({
      hash: snapshot.hash,
      asOf: '2025-01-01',
      generatedAt: '2025-01-01T00:00:00.000Z',
      importedAt: 'T1',
      source: 'file',
      origin: 'a.json',
      counts: { procedures: 2, upcoming: 0, abolished: 0 },
    });
    expect(await getCurrentSnapshotMeta(db)).toEqual(meta);
    expect((await getCurrentSnapshot(db))?.snapshot.procedures.map((p) => p.name)).toEqual([
      'Đăng ký khai sinh',
      'Đăng ký kết hôn',
    ]);
  });

  it('replaces the previous catalogue', async () => {
    const db = freshDb();
    await putCurrentSnapshot(db, smallSnapshot(), { source: 'file', origin: null, importedAt: 'T1' });
    const second = smallSnapshot('2025-06-01', ['Cấp bản sao trích lục hộ tịch']);
    await putCurrentSnapshot(db, second, { source: 'url', origin: 'https://x/s.json', importedAt: 'T2' });
    const meta = await getCurrentSnapshotMeta(db);
    expect(meta?.hash).toBe(second.hash);
    expect(meta?.counts.procedures).toBe(1);
    expect(await db.snapshots.count()).toBe(1);
    await clearCurrentSnapshot(db);
    expect(await getCurrentSnapshotMeta(db)).toBeNull();
  });
});
