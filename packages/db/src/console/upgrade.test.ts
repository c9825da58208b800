import 'fake-indexeddb/auto';
import { importDecisionCsv } from '@niemyet/core';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { buildCatalogueSnapshot } from '../../../core/src/catalogue/snapshot';
import { makeVersion } from '../../../core/src/testing/builders';
import { schemaAt } from '../migrations/index';
import { NiemyetConsoleDb } from './database';
import { legacyWorkspaceBundle, legacyWorkspacePending, legacyWorkspaceState } from './legacy-workspace';
import { CONSOLE_DB_MIGRATIONS } from './migrations/index';
import { latestPublication, latestPublishedSnapshot, listPublications } from './publication-repository';
import { loadWorkspaceHistory, readChangeLog } from './workspace-repository';

/**
 * A user's console database as the previous version (v1, the local-first console) left it,
 * written with raw Dexie and the v1 schema as it shipped, then opened by the current code.
 * When a version is added, this test moves to it: the previous version's schema and data here.
 */
const PREVIOUS_VERSION = 1;
const SHIPPED_V1_SCHEMA = {
  decisions: 'id, number, state, signedOn, effectiveOn',
  baseline: 'id, procedureId',
  changeLog: 'seq, decisionId, procedureId, occurredOn, kind',
  publications: '++seq, hash, publishedAt, asOf',
  publicationSnapshots: 'seq',
};

const CSV = [
  'Số quyết định,Ngày ký,Ngày hiệu lực,Hình thức,Mã TTHC,Tên thủ tục,Cấp thực hiện,Lĩnh vực,Cơ quan thực hiện,Căn cứ pháp lý',
  '12/QĐ-UBND,05/01/2020,10/01/2020,Mới ban hành,1.000001,Đăng ký khai sinh,Cấp xã,Hộ tịch,UBND cấp xã,123/2015/NĐ-CP',
  '12/QĐ-UBND,05/01/2020,10/01/2020,Mới ban hành,1.000002,Đăng ký kết hôn,Cấp xã,Hộ tịch,UBND cấp xã,123/2015/NĐ-CP',
  '40/QĐ-UBND,01/03/2021,15/03/2021,Sửa đổi,1.000001,Đăng ký khai sinh (sửa đổi),Cấp xã,Hộ tịch,UBND cấp xã,123/2015/NĐ-CP',
].join('\n');

async function writeV1Workspace(name: string) {
  const imported = importDecisionCsv(CSV, { fileName: 'ds.csv', importedAt: '2025-06-01T00:00:00.000Z' });
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
  const baselineVersion = makeVersion({ code: '1.000009', name: 'Cấp giấy phép xây dựng' });
  const baseline = {
    ...baselineVersion,
    id: `${baselineVersion.procedureId}|${baselineVersion.effectiveFrom}`,
  };
  const snapshots = ['2025-01-01', '2025-07-01'].map((asOf, i) =>
    buildCatalogueSnapshot(
      {
        asOf,
        active: new Map([['1.000001', makeVersion({ code: '1.000001', name: `Đăng ký khai sinh ${i}` })]]),
        upcoming: [],
        abolished: [],
      },
      `${asOf}T00:00:00.000Z`,
    ),
  );

  const old = new Dexie(name);
  old.version(PREVIOUS_VERSION).stores(SHIPPED_V1_SCHEMA);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    await old.table('decisions').bulkPut(imported.bundle.decisions);
    await old.table('changeLog').bulkPut(imported.bundle.changeLog);
    await old.table('baseline').put(baseline);
    for (const snapshot of snapshots) {
      const seq = await old.table('publications').add({
        hash: snapshot.hash,
        asOf: snapshot.asOf,
        generatedAt: snapshot.generatedAt,
        publishedAt: `${snapshot.asOf}T08:00:00.000Z`,
        counts: { procedures: snapshot.procedures.length, upcoming: 0, abolished: 0 },
      });
      await old.table('publicationSnapshots').put({ seq, snapshot });
    }
  });
  old.close();
  return { bundle: imported.bundle, baselineVersion, snapshots };
}

describe('the console database, upgraded from the previous version', () => {
  it('still declares the previous version exactly as it shipped', () => {
    expect(schemaAt(CONSOLE_DB_MIGRATIONS, PREVIOUS_VERSION)).toEqual(SHIPPED_V1_SCHEMA);
  });

  it('keeps a v1 workspace and its publications, and adds the cache and flags', async () => {
    const name = `console-upgrade-${Math.random()}`;
    const { bundle, baselineVersion, snapshots } = await writeV1Workspace(name);

    const db = new NiemyetConsoleDb(name);
    await db.open();
    expect(db.verno).toBe(CONSOLE_DB_MIGRATIONS.at(-1)!.version);

    // The earlier workspace is all there, and offered for upload as it was.
    const history = await loadWorkspaceHistory(db);
    expect(history.baseline).toEqual([baselineVersion]);
    expect(history.decisions.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...bundle.decisions].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await readChangeLog(db)).toEqual(bundle.changeLog);
    const state = await legacyWorkspaceState(db);
    expect(state).toEqual({
      decisions: bundle.decisions.length,
      baseline: 1,
      changeLog: bundle.changeLog.length,
      uploadedAt: null,
    });
    expect(legacyWorkspacePending(state)).toBe(true);
    expect((await legacyWorkspaceBundle(db, '2026-12-06T00:00:00.000Z')).decisions).toHaveLength(2);
    // Indexes of v1 still answer.
    expect(await db.decisions.where('number').equals('40/QĐ-UBND').count()).toBe(1);

    // Publications keep their order and their snapshots.
    expect((await listPublications(db)).map((p) => p.asOf)).toEqual(['2025-07-01', '2025-01-01']);
    expect((await latestPublication(db))?.hash).toBe(snapshots[1]!.hash);
    expect(await latestPublishedSnapshot(db)).toEqual(snapshots[1]);

    // The v2 tables are there, empty, and take records.
    expect(await db.catalogueCache.count()).toBe(0);
    expect(await db.flags.count()).toBe(0);
    await db.catalogueCache.put({
      hash: snapshots[0]!.hash,
      asOf: snapshots[0]!.asOf,
      fetchedAt: '2026-12-06T00:00:00.000Z',
      snapshot: snapshots[0]!,
    });
    expect((await db.catalogueCache.where('asOf').equals('2025-01-01').first())?.snapshot).toEqual(
      snapshots[0],
    );
    db.close();
  });
});
