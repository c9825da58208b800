import { importDecisionCsv, verifyChangeLog } from '@niemyet/core';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrator';
import { testDatabases } from '../db/test-databases';
import { readChangeLog } from '../repositories/changelog';
import { mergeBundle } from './import-bundle';

const HEADER = 'decision_number,signed_on,effective_on,action,code,name,level';
const fileOf = (decision: number, codes: number[]) =>
  [
    HEADER,
    ...codes.map(
      (c) => `${decision}/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.00${1000 + c},Thủ tục ${c},Cấp xã`,
    ),
  ].join('\n');

function bundleOf(csv: string) {
  const result = importDecisionCsv(csv, { fileName: 't.csv', importedAt: '2026-01-01T00:00:00.000Z' });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.bundle;
}

describe.each(testDatabases())('merging bundles on $kind', (database) => {
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  it('keeps one unbroken chain when two imports run at once, and refuses conflicting content', async () => {
    const opened = await database.open();
    close = opened.close;
    const { db } = opened;
    await migrate(db);
    const a = bundleOf(fileOf(1, [1, 2, 3]));
    const b = bundleOf(fileOf(2, [4, 5]));
    const now = new Date().toISOString();
    const outcomes = await Promise.all([
      db.transaction().execute((tx) => mergeBundle(tx, a, now)),
      db.transaction().execute((tx) => mergeBundle(tx, b, now)),
    ]);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const log = await readChangeLog(db);
    expect(log).toHaveLength(5);
    expect(verifyChangeLog(log)).toEqual({ ok: true, count: 5 });

    const again = await db.transaction().execute((tx) => mergeBundle(tx, a, now));
    expect(again).toEqual({
      ok: true,
      summary: { decisionsAdded: 0, decisionsAlreadyPresent: 1, baselineAdded: 0, changeLogAdded: 0 },
    });
    const changed = bundleOf(fileOf(1, [1, 2]));
    const refused = await db.transaction().execute((tx) => mergeBundle(tx, changed, now));
    expect(refused.ok).toBe(false);
  });
});
