import 'fake-indexeddb/auto';
import { catalogueAt, foldCatalogue, parseCatalogueSnapshot } from '@niemyet/core';
import { latestPublication, latestPublishedSnapshot } from '@niemyet/db';
import { describe, expect, it } from 'vitest';
import { makeVersion } from '../../../packages/core/src/testing/builders';
import { freshConsoleDb } from '../../../packages/db/src/console/test-support';
import { publishCatalogue } from './publish-catalogue';
import { snapshotFileName, snapshotFileText } from './snapshot-file';

const state = catalogueAt(
  foldCatalogue(
    [makeVersion({ code: '1.000001' }), makeVersion({ code: '1.000002', name: 'Đăng ký kết hôn' })],
    [],
  ),
  '2020-12-31',
);

describe('publishing the catalogue', () => {
  it('stores the snapshot of the chosen date as the published catalogue', async () => {
    const db = freshConsoleDb();
    const now = new Date('2026-11-25T03:00:00.000Z');
    const { publication, snapshot } = await publishCatalogue(db, state, now);
    expect(snapshot).toMatchObject({
      format: 'niemyet.catalogue',
      asOf: '2020-12-31',
      generatedAt: now.toISOString(),
    });
    expect(publication).toMatchObject({ hash: snapshot.hash, publishedAt: now.toISOString() });
    expect(publication.counts.procedures).toBe(2);
    expect(await latestPublication(db)).toEqual(publication);
    expect(await latestPublishedSnapshot(db)).toEqual(snapshot);
  });

  it('writes a file the extension and the CLI accept, hash included', async () => {
    const { snapshot } = await publishCatalogue(freshConsoleDb(), state);
    expect(snapshotFileName(snapshot.asOf)).toBe('danh-muc-2020-12-31.json');
    const text = snapshotFileText(snapshot);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseCatalogueSnapshot(text)).toEqual(snapshot);
  });
});
