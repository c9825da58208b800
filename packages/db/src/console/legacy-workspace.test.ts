import 'fake-indexeddb/auto';
import { importDecisionCsv, WorkspaceBundleSchema } from '@niemyet/core';
import { makeVersion } from '@niemyet/core/testing';
import { describe, expect, it } from 'vitest';
import {
  legacyWorkspaceBundle,
  legacyWorkspacePending,
  legacyWorkspaceState,
  markLegacyWorkspaceUploaded,
} from './legacy-workspace';
import { freshConsoleDb } from './test-support';
import { baselineKey, importWorkspaceBundle } from './workspace-repository';

const CSV = [
  'Số quyết định,Ngày ký,Ngày hiệu lực,Hình thức,Mã TTHC,Tên thủ tục,Cấp thực hiện,Lĩnh vực,Cơ quan thực hiện,Căn cứ pháp lý',
  '12/QĐ-UBND,05/01/2020,10/01/2020,Mới ban hành,1.000001,Đăng ký khai sinh,Cấp xã,Hộ tịch,UBND cấp xã,123/2015/NĐ-CP',
].join('\n');

describe('the workspace an earlier console kept in this browser', () => {
  it('is not offered in a browser that never had one', async () => {
    const state = await legacyWorkspaceState(freshConsoleDb());
    expect(state).toEqual({ decisions: 0, baseline: 0, changeLog: 0, uploadedAt: null });
    expect(legacyWorkspacePending(state)).toBe(false);
  });

  it('is offered as a bundle the schema accepts, then never again once uploaded', async () => {
    const db = freshConsoleDb();
    const imported = importDecisionCsv(CSV, { fileName: 'ds.csv', importedAt: '2026-01-01T00:00:00.000Z' });
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    await importWorkspaceBundle(db, imported.bundle);
    const baseline = makeVersion({ code: '1.000009', name: 'Cấp phép' });
    await db.baseline.put({ ...baseline, id: baselineKey(baseline) });

    const state = await legacyWorkspaceState(db);
    expect(state).toMatchObject({ decisions: 1, baseline: 1, changeLog: 1, uploadedAt: null });
    expect(legacyWorkspacePending(state)).toBe(true);

    const bundle = await legacyWorkspaceBundle(db, '2026-12-06T00:00:00.000Z');
    expect(WorkspaceBundleSchema.parse(JSON.parse(JSON.stringify(bundle)))).toEqual(bundle);
    expect(bundle.decisions.map((d) => d.number)).toEqual(['12/QĐ-UBND']);
    expect(bundle.baseline).toEqual([baseline]);
    expect(bundle.changeLog).toHaveLength(1);

    await markLegacyWorkspaceUploaded(db, '2026-12-06T01:00:00.000Z');
    const after = await legacyWorkspaceState(db);
    expect(after.uploadedAt).toBe('2026-12-06T01:00:00.000Z');
    expect(legacyWorkspacePending(after)).toBe(false);
    // Nothing is deleted: the server has the copy that counts, this one stays as it was.
    expect(after.decisions).toBe(1);
  });
});
