import {
  type CatalogueSnapshot,
  type ChangeLogEntry,
  ChangeLogEntrySchema,
  importDecisionCsv,
  verifyChangeLog,
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type WorkspaceBundle,
} from '@niemyet/core';
import { makeVersion } from '@niemyet/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { CatalogueCache } from '../catalogue/catalogue-cache';
import { DEFAULT_SETTINGS } from '../config';
import { migrate } from '../db/migrator';
import { testDatabases } from '../db/test-databases';
import { addUser } from '../user-admin';

const CSV = (rows: string[]) =>
  [
    'Số quyết định,Ngày ký,Ngày hiệu lực,Hình thức,Mã TTHC,Tên thủ tục,Cấp thực hiện,Lĩnh vực,Cơ quan thực hiện,Căn cứ pháp lý',
    ...rows,
  ].join('\n');
const FIRST =
  '12/QĐ-UBND,05/01/2020,10/01/2020,Mới ban hành,1.000001,Đăng ký khai sinh,Cấp xã,Hộ tịch,UBND cấp xã,123/2015/NĐ-CP';
const SECOND =
  '20/QĐ-UBND,05/02/2020,10/02/2020,Mới ban hành,1.000002,Đăng ký kết hôn,Cấp xã,Hộ tịch,UBND cấp xã,123/2015/NĐ-CP';

/** The bundle an earlier console's Dexie database gives (`legacyWorkspaceBundle`), from a CSV import. */
function legacyBundle(
  rows: string[],
  baseline = [makeVersion({ code: '1.000009', name: 'Cấp phép' })],
): WorkspaceBundle {
  const imported = importDecisionCsv(CSV(rows), {
    fileName: 'cu.csv',
    importedAt: '2025-06-01T00:00:00.000Z',
  });
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exportedAt: '2026-12-06T00:00:00.000Z',
    baseline: [...imported.bundle.baseline, ...baseline],
    decisions: imported.bundle.decisions,
    legalDocuments: [],
    reviewCampaigns: [],
    reviewTasks: [],
    changeLog: imported.bundle.changeLog,
    settings: { calendarAdjustments: [], deadlineRules: [] },
  };
}

describe.each(testDatabases())('POST /api/imports/workspace on $kind', (database) => {
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  async function signedIn(roles: ('drafter' | 'reviewer' | 'admin')[]) {
    const opened = await database.open();
    close = opened.close;
    await migrate(opened.db);
    await addUser(opened.db, { username: 'lan', password: 'mat-khau-dai-1', roles });
    const app = createApp({
      db: opened.db,
      settings: DEFAULT_SETTINGS,
      catalogue: new CatalogueCache(),
      memo: null,
      now: () => new Date('2026-12-06T02:00:00.000Z'),
    });
    const session = await app.request('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'lan', password: 'mat-khau-dai-1' }),
    });
    expect(session.status).toBe(204);
    const cookie = session.headers.get('set-cookie')!.split(';')[0]!;
    const post = (body: unknown) =>
      app.request('/api/imports/workspace', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body: JSON.stringify(body),
      });
    const get = (path: string) => app.request(path, { headers: { Cookie: cookie } });
    return { post, get };
  }

  it('merges the bundle with the figures of a CSV import, chaining its log after the workspace’s', async () => {
    const { post, get } = await signedIn(['drafter']);
    const first = await post(legacyBundle([FIRST]));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      decisions: 1,
      items: 1,
      new: 1,
      amended: 0,
      abolished: 0,
      decisionsAdded: 1,
      decisionsAlreadyPresent: 0,
      baseline: 1,
      changeLog: 1,
      warnings: [],
    });

    // A second browser's workspace: the decision both had is kept, the new one added after it.
    const second = await post(legacyBundle([FIRST, SECOND]));
    expect(await second.json()).toMatchObject({
      decisions: 2,
      decisionsAdded: 1,
      decisionsAlreadyPresent: 1,
      baseline: 0,
    });
    const log = (await (await get('/api/changelog?limit=100')).json()) as { entries: ChangeLogEntry[] };
    // The list answers rows (the entry plus field, agency, signedOn): the chain covers the entry's own keys.
    const entries = log.entries.map((row: unknown) => ChangeLogEntrySchema.parse(row));
    expect(verifyChangeLog(entries).ok).toBe(true);

    const snapshot = (await (await get('/api/catalogue/snapshot?at=2020-12-31')).json()) as CatalogueSnapshot;
    expect(snapshot.procedures.map((p) => p.code).sort()).toEqual(['1.000001', '1.000002', '1.000009']);
  });

  it('writes nothing when a decision is held with other content (409), or the bundle is not one (400)', async () => {
    const { post } = await signedIn(['drafter']);
    await post(legacyBundle([FIRST]));
    const altered = legacyBundle([FIRST]);
    altered.decisions[0] = { ...altered.decisions[0]!, revisionHash: 'f'.repeat(64) };
    altered.decisions.push(...legacyBundle([SECOND]).decisions);
    const refused = await post(altered);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      code: 'import-conflict',
      params: { conflicts: [{ number: '12/QĐ-UBND' }] },
    });
    const again = await post(legacyBundle([FIRST, SECOND]));
    expect(await again.json()).toMatchObject({ decisionsAdded: 1 });

    const bad = await post({ format: 'niemyet.catalogue' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'bad-request', params: { field: 'format' } });
  });

  it('is for those who may import: a reviewer gets 403', async () => {
    const { post } = await signedIn(['reviewer']);
    const refused = await post(legacyBundle([FIRST]));
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('forbidden');
  });
});
