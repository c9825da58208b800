import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { smallSnapshot } from '../extension/test-support';
import {
  latestPublication,
  latestPublishedSnapshot,
  listPublications,
  publishCatalogueSnapshot,
  publishedSnapshotOf,
} from './index';
import { freshConsoleDb } from './test-support';

describe('publication repository', () => {
  it('has nothing published in a new database', async () => {
    const db = freshConsoleDb();
    expect(await latestPublication(db)).toBeNull();
    expect(await latestPublishedSnapshot(db)).toBeNull();
  });

  it('stores a publication with its counts and its snapshot', async () => {
    const db = freshConsoleDb();
    const snapshot = smallSnapshot();
    const publication = await publishCatalogueSnapshot(db, snapshot, '2025-01-02T03:04:05.000Z');
    expect(publication).toEqual({
      seq: 1,
      hash: snapshot.hash,
      asOf: '2025-01-01',
      generatedAt: '2025-01-01T00:00:00.000Z',
      publishedAt: '2025-01-02T03:04:05.000Z',
      counts: { procedures: 2, upcoming: 0, abolished: 0 },
    });
    expect(await latestPublishedSnapshot(db)).toEqual(snapshot);
    expect(await publishedSnapshotOf(db, 1)).toEqual(snapshot);
  });

  it('makes the latest publication the published catalogue and keeps the earlier ones', async () => {
    const db = freshConsoleDb();
    const first = smallSnapshot('2025-01-01');
    const second = smallSnapshot('2025-06-01', ['Cấp bản sao trích lục hộ tịch']);
    await publishCatalogueSnapshot(db, first, 'T1');
    await publishCatalogueSnapshot(db, second, 'T2');
    expect((await latestPublication(db))?.hash).toBe(second.hash);
    expect((await latestPublishedSnapshot(db))?.hash).toBe(second.hash);
    expect((await listPublications(db)).map((p) => p.hash)).toEqual([second.hash, first.hash]);
  });
});
