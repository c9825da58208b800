import 'fake-indexeddb/auto';
import {
  foldCatalogue,
  importDecisionCsv,
  verifyChangeLog,
  verifyDecisionsAgainstChain,
  type WorkspaceBundle,
} from '@niemyet/core';
import { describe, expect, it } from 'vitest';
import {
  changeLogHead,
  countDecisions,
  importWorkspaceBundle,
  loadWorkspaceHistory,
  readChangeLog,
} from './index';
import { freshConsoleDb } from './test-support';

const HEADER = 'Số quyết định,Ngày ký,Ngày hiệu lực,Hình thức,Mã TTHC,Tên TTHC,Cấp thực hiện';

function bundleOf(rows: string[], importedAt = '2025-03-01T00:00:00.000Z'): WorkspaceBundle {
  const result = importDecisionCsv([HEADER, ...rows].join('\n'), { fileName: 't.csv', importedAt });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.bundle;
}

const FIRST = bundleOf([
  '12/QĐ-UBND,03/02/2020,05/02/2020,Mới ban hành,1.004194,Đăng ký tạm trú,Cấp xã',
  '12/QĐ-UBND,03/02/2020,05/02/2020,Bãi bỏ,1.000001,Thủ tục cũ,Cấp tỉnh',
]);
const SECOND = bundleOf([
  '40/QĐ-UBND,01/06/2020,10/06/2020,"Sửa đổi, bổ sung",1.004194,Đăng ký tạm trú,Cấp xã',
  '40/QĐ-UBND,01/06/2020,10/06/2020,Mới ban hành,2.000815,Đăng ký thường trú,Cấp xã',
]);

describe('workspace repository', () => {
  it('writes a bundle whole: decisions, baseline and the change log', async () => {
    const db = freshConsoleDb();
    const outcome = await importWorkspaceBundle(db, FIRST);
    expect(outcome).toEqual({
      ok: true,
      summary: { decisionsAdded: 1, decisionsAlreadyPresent: 0, baselineAdded: 1, changeLogAdded: 2 },
    });
    const { baseline, decisions } = await loadWorkspaceHistory(db);
    expect(decisions.map((d) => d.number)).toEqual(['12/QĐ-UBND']);
    // The abolished procedure was in force before the file starts: a baseline record, stored without its key.
    expect(baseline.map((v) => v.procedureId)).toEqual(['1.000001']);
    expect(baseline[0]).not.toHaveProperty('id');
    expect(await readChangeLog(db)).toEqual(FIRST.changeLog);
  });

  it('folds what it loads into the same catalogue as the bundle', async () => {
    const db = freshConsoleDb();
    await importWorkspaceBundle(db, FIRST);
    const { baseline, decisions } = await loadWorkspaceHistory(db);
    const stored = foldCatalogue(baseline, decisions);
    const direct = foldCatalogue(FIRST.baseline, FIRST.decisions);
    expect([...stored.procedures.keys()].sort()).toEqual([...direct.procedures.keys()].sort());
  });

  it('skips decisions already imported with the same content', async () => {
    const db = freshConsoleDb();
    await importWorkspaceBundle(db, FIRST);
    const again = bundleOf(
      [
        '12/QĐ-UBND,03/02/2020,05/02/2020,Mới ban hành,1.004194,Đăng ký tạm trú,Cấp xã',
        '12/QĐ-UBND,03/02/2020,05/02/2020,Bãi bỏ,1.000001,Thủ tục cũ,Cấp tỉnh',
      ],
      '2025-04-01T00:00:00.000Z',
    );
    const outcome = await importWorkspaceBundle(db, again);
    expect(outcome).toEqual({
      ok: true,
      summary: { decisionsAdded: 0, decisionsAlreadyPresent: 1, baselineAdded: 0, changeLogAdded: 0 },
    });
    expect(await countDecisions(db)).toBe(1);
    expect(await db.changeLog.count()).toBe(2);
  });

  it('refuses a decision stored with other content, writing nothing', async () => {
    const db = freshConsoleDb();
    await importWorkspaceBundle(db, FIRST);
    const changed = bundleOf([
      '12/QĐ-UBND,03/02/2020,05/02/2020,Mới ban hành,1.004194,Đăng ký tạm trú (sửa),Cấp xã',
      '40/QĐ-UBND,01/06/2020,10/06/2020,Mới ban hành,2.000815,Đăng ký thường trú,Cấp xã',
    ]);
    const outcome = await importWorkspaceBundle(db, changed);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.conflicts.map((c) => c.number)).toEqual(['12/QĐ-UBND']);
    expect(await countDecisions(db)).toBe(1);
    expect(await db.changeLog.count()).toBe(2);
  });

  it('chains a second import after the stored log and keeps the first baseline', async () => {
    const db = freshConsoleDb();
    await importWorkspaceBundle(db, FIRST);
    // Alone, the second file guesses 1.004194 was in force before it: the workspace knows better.
    expect(SECOND.baseline.map((v) => v.procedureId)).toEqual(['1.004194']);
    const outcome = await importWorkspaceBundle(db, SECOND);
    expect(outcome.ok && outcome.summary).toEqual({
      decisionsAdded: 1,
      decisionsAlreadyPresent: 0,
      baselineAdded: 0,
      changeLogAdded: 2,
    });
    const log = await readChangeLog(db);
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(verifyChangeLog(log)).toEqual({ ok: true, count: 4 });
    const { baseline, decisions } = await loadWorkspaceHistory(db);
    // Chained again, the entries keep the content hashes of what they record.
    expect(verifyDecisionsAgainstChain(decisions, log)).toMatchObject({ ok: true, coveredEntries: 4 });
    const history = foldCatalogue(baseline, decisions);
    expect(history.anomalies).toEqual([]);
    expect(history.procedures.get('1.004194')?.versions).toHaveLength(2);
  });

  it('writes nothing when the bundle cannot be written whole', async () => {
    const db = freshConsoleDb();
    const broken = structuredClone(FIRST);
    // A change-log entry the chain refuses (a name that is not text): the whole import fails.
    (broken.changeLog[1] as { name: unknown }).name = 42;
    await expect(importWorkspaceBundle(db, broken)).rejects.toThrow();
    expect(await countDecisions(db)).toBe(0);
    expect(await db.baseline.count()).toBe(0);
    expect(await db.changeLog.count()).toBe(0);
  });
});

/** A bundle of `count` new procedures, 100 per decision: several chunks of every kind. */
function largeBundle(count: number): WorkspaceBundle {
  const rows = Array.from(
    { length: count },
    (_, i) =>
      `${Math.floor(i / 100) + 1}/QĐ-UBND,03/02/2020,05/02/2020,Mới ban hành,2.${String(i).padStart(6, '0')},Thủ tục ${i},Cấp xã`,
  );
  return bundleOf(rows);
}

async function expectEmpty(db: ReturnType<typeof freshConsoleDb>) {
  expect(await countDecisions(db)).toBe(0);
  expect(await db.baseline.count()).toBe(0);
  expect(await db.changeLog.count()).toBe(0);
}

describe('workspace repository: long imports', () => {
  const LARGE = largeBundle(1_200);

  it('tells its progress chunk by chunk, up to the whole weight of the bundle', async () => {
    const db = freshConsoleDb();
    const seen: { done: number; total: number }[] = [];
    await importWorkspaceBundle(db, LARGE, { onProgress: (p) => seen.push(p) });
    // 1,200 items in 12 decisions, then 1,200 log entries.
    expect(seen[0]).toEqual({ done: 0, total: 2_400 });
    expect(seen.at(-1)).toEqual({ done: 2_400, total: 2_400 });
    expect(seen.length).toBeGreaterThan(4);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.done).toBeGreaterThan(seen[i - 1]!.done);
  });

  it('writes nothing when cancelled before it starts', async () => {
    const db = freshConsoleDb();
    const controller = new AbortController();
    controller.abort();
    await expect(importWorkspaceBundle(db, LARGE, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    await expectEmpty(db);
  });

  it('writes nothing when cancelled half-way: the transaction is aborted', async () => {
    const db = freshConsoleDb();
    const controller = new AbortController();
    const written: number[] = [];
    const importing = importWorkspaceBundle(db, LARGE, {
      signal: controller.signal,
      onProgress: ({ done, total }) => {
        written.push(done);
        if (done > 0 && done < total) controller.abort();
      },
    });
    await expect(importing).rejects.toMatchObject({ name: 'AbortError' });
    expect(written.length).toBeGreaterThan(1);
    await expectEmpty(db);
  });

  it('keeps a log chained after the stored head as it is', async () => {
    const db = freshConsoleDb();
    expect(await changeLogHead(db)).toBeNull();
    await importWorkspaceBundle(db, LARGE, { logChainedAfterHead: true });
    expect(await readChangeLog(db)).toEqual(LARGE.changeLog);
    const last = LARGE.changeLog.at(-1)!;
    expect(await changeLogHead(db)).toEqual({ seq: last.seq, hash: last.hash });
  });

  it('chains the log again when the head has moved since it was chained', async () => {
    const db = freshConsoleDb();
    await importWorkspaceBundle(db, FIRST);
    // Chained from the genesis hash, as if the head had been read before FIRST was stored.
    const outcome = await importWorkspaceBundle(db, SECOND, { logChainedAfterHead: true });
    expect(outcome.ok).toBe(true);
    const log = await readChangeLog(db);
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(verifyChangeLog(log)).toEqual({ ok: true, count: 4 });
  });

  it('refuses a pre-chained log with a broken link or a malformed entry, writing nothing', async () => {
    for (const breakIt of [
      (b: WorkspaceBundle) => {
        b.changeLog[700]!.prevHash = 'f'.repeat(64);
      },
      (b: WorkspaceBundle) => {
        (b.changeLog[3] as { name: unknown }).name = 42;
      },
    ]) {
      const db = freshConsoleDb();
      const broken = structuredClone(LARGE);
      breakIt(broken);
      await expect(importWorkspaceBundle(db, broken, { logChainedAfterHead: true })).rejects.toThrow();
      await expectEmpty(db);
    }
  });
});
