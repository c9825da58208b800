import 'fake-indexeddb/auto';
import {
  CHANGE_LOG_GENESIS,
  catalogueAt,
  changeLogAnchor,
  foldCatalogue,
  importDecisionCsv,
  parseCatalogueSnapshot,
} from '@niemyet/core';
import {
  importWorkspaceBundle,
  latestPublication,
  latestPublishedSnapshot,
  readChangeLog,
} from '@niemyet/db';
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

  it('records the head of the change log it was published from', async () => {
    const db = freshConsoleDb();
    const empty = await publishCatalogue(db, state);
    expect(empty.snapshot.changeLog).toEqual({ count: 0, headHash: CHANGE_LOG_GENESIS });
    const imported = importDecisionCsv(
      [
        'Số quyết định,Ngày ký,Ngày hiệu lực,Hình thức,Mã TTHC,Tên TTHC,Cấp thực hiện',
        '12/QĐ-UBND,03/02/2020,05/02/2020,Mới ban hành,1.004194,Đăng ký tạm trú,Cấp xã',
      ].join('\n'),
      { fileName: 't.csv', importedAt: '2026-11-25T03:00:00.000Z' },
    );
    if (!imported.ok) throw new Error('the CSV should import');
    await importWorkspaceBundle(db, imported.bundle);
    const { snapshot } = await publishCatalogue(db, state);
    expect(snapshot.changeLog).toEqual(changeLogAnchor(await readChangeLog(db)));
    expect(snapshot.changeLog?.count).toBe(1);
    expect(parseCatalogueSnapshot(snapshotFileText(snapshot))).toEqual(snapshot);
  });
});
