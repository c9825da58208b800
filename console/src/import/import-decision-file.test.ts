import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogueAt, foldCatalogue, verifyChangeLog } from '@niemyet/core';
import { loadWorkspaceHistory } from '@niemyet/db';
import { describe, expect, it } from 'vitest';
import { freshConsoleDb } from '../../../packages/db/src/console/test-support';
import { type ImportFile, type ImportProgress, importDecisionFile } from './import-decision-file';
import type { ImportWorkerPort } from './import-worker-port';
import { inProcessImportWorkers } from './in-process-import-worker';

const fixture = (name: string) => ({
  name,
  arrayBuffer: async () =>
    new Uint8Array(
      readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/decisions/${name}`, import.meta.url))),
    ).buffer,
});
const truth = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../tests/fixtures/decisions/hoa-binh-2020.truth.json', import.meta.url)),
    'utf8',
  ),
);

const viaWorker = () => ({ startWorker: inProcessImportWorkers().start });
const importFile = (db: ReturnType<typeof freshConsoleDb>, file: ImportFile) =>
  importDecisionFile(db, file, viaWorker());

describe('importing a decision-list file', () => {
  it('imports the Hòa Bình 2020 list with the figures of its report', async () => {
    const db = freshConsoleDb();
    const result = await importFile(db, fixture('hoa-binh-2020.csv'));
    if (result.kind !== 'imported') throw new Error(JSON.stringify(result));
    expect(result.figures.decisions).toBe(truth.file.decisions);
    expect(result.figures.items).toBe(truth.file.items);
    const year2020 = result.figures.byYear.find((y) => y.year === '2020')?.report;
    expect(year2020?.decisions).toBe(68);
    expect(year2020?.items).toBe(775);
    expect(year2020?.byAction).toEqual({ new: 340, amended: 237, abolished: 198 });
    expect(result.figures.byYear.map((y) => y.year)).toEqual(['2019', '2020', '2021']);
    expect(result.written).toEqual({
      decisionsAdded: truth.file.decisions,
      decisionsAlreadyPresent: 0,
      baselineAdded: truth.file.baseline,
      changeLogAdded: truth.file.changeLogEntries,
    });

    // What is stored folds into the catalogue of the truth file.
    const { baseline, decisions } = await loadWorkspaceHistory(db);
    const state = catalogueAt(foldCatalogue(baseline, decisions), truth.snapshot.at);
    expect(state.active.size).toBe(truth.snapshot.active);
    expect(state.abolished).toHaveLength(truth.snapshot.abolished);
    expect(state.upcoming).toHaveLength(truth.snapshot.upcoming);
  });

  it('imports the same file twice without adding anything the second time', async () => {
    const db = freshConsoleDb();
    await importFile(db, fixture('hoa-binh-2020.csv'));
    const again = await importFile(db, fixture('hoa-binh-2020.csv'));
    expect(again.kind === 'imported' && again.written).toEqual({
      decisionsAdded: 0,
      decisionsAlreadyPresent: truth.file.decisions,
      baselineAdded: 0,
      changeLogAdded: 0,
    });
  });

  it('refuses a malformed file with every error by row and column, writing nothing', async () => {
    const db = freshConsoleDb();
    const result = await importFile(db, fixture('malformed.csv'));
    if (result.kind !== 'invalid') throw new Error(JSON.stringify(result));
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'Ngày ký'],
      [4, 'Hình thức'],
      [6, null],
    ]);
    expect(await db.decisions.count()).toBe(0);
    expect(await db.changeLog.count()).toBe(0);
  });

  it('reads the bytes of the file: UTF-16 as Excel saves "Unicode Text", and refuses TCVN3 naming it', async () => {
    const db = freshConsoleDb();
    const csv = `${HEADER}\n1/QĐ-UBND,03/02/2020,05/02/2020,Mới ban hành,2.000001,Đăng ký khai sinh,Cấp xã\n`;
    const utf16 = new Uint8Array(2 + csv.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < csv.length; i++)
      new DataView(utf16.buffer).setUint16(2 + i * 2, csv.charCodeAt(i), true);
    const imported = await importFile(db, { name: 'unicode.txt', arrayBuffer: async () => utf16.buffer });
    if (imported.kind !== 'imported') throw new Error(JSON.stringify(imported));
    expect(imported.figures.items).toBe(1);

    // "Số quyết định,Tên thủ tục" and a name in TCVN3, as its bytes show in Latin-1.
    const tcvn3 = 'Sè quyÕt ®Þnh,Tªn thñ tôc\n1/Q§-UBND,Céng hoµ x· héi chñ nghÜa ViÖt Nam\n';
    const refused = await importFile(freshConsoleDb(), {
      name: 'abc.csv',
      arrayBuffer: async () => Uint8Array.from(tcvn3, (c) => c.charCodeAt(0)).buffer,
    });
    if (refused.kind !== 'invalid') throw new Error(JSON.stringify(refused));
    expect(refused.errors).toEqual([
      expect.objectContaining({ code: 'encoding-legacy', row: 0, params: { encoding: 'tcvn3' } }),
    ]);
  });
});

const text = (name: string, content: string): ImportFile => ({
  name,
  arrayBuffer: async () => new TextEncoder().encode(content).buffer,
});
const HEADER = 'Số quyết định,Ngày ký,Ngày hiệu lực,Hình thức,Mã TTHC,Tên TTHC,Cấp thực hiện';
/** `count` new procedures, 100 per decision, numbered from `from`. */
const listOf = (count: number, from = 0) =>
  [
    HEADER,
    ...Array.from({ length: count }, (_, k) => {
      const i = from + k;
      return `${Math.floor(i / 100) + 1}/QĐ-UBND,03/02/2020,05/02/2020,Mới ban hành,2.${String(i).padStart(6, '0')},Thủ tục ${i},Cấp xã`;
    }),
  ].join('\n');

async function expectNothingWritten(db: ReturnType<typeof freshConsoleDb>) {
  expect(await db.decisions.count()).toBe(0);
  expect(await db.baseline.count()).toBe(0);
  expect(await db.changeLog.count()).toBe(0);
}

describe('the import controller', () => {
  it('reports the worker phases, then the writing, in order', async () => {
    const db = freshConsoleDb();
    const seen: ImportProgress[] = [];
    const result = await importDecisionFile(db, text('ds.csv', listOf(1_200)), {
      ...viaWorker(),
      onProgress: (p) => seen.push(p),
    });
    expect(result.kind).toBe('imported');
    expect([...new Set(seen.map((p) => p.phase))]).toEqual([
      'reading',
      'checking',
      'building',
      'logging',
      'writing',
    ]);
    expect(seen.find((p) => p.phase === 'checking' && p.done === 500)).toEqual({
      phase: 'checking',
      done: 500,
      total: 1_200,
    });
    expect(seen.at(-1)).toEqual({ phase: 'writing', done: 2_400, total: 2_400 });
  });

  it('stops the worker and writes nothing when cancelled while the file is checked', async () => {
    const db = freshConsoleDb();
    const workers = inProcessImportWorkers({ pauseAfter: 3 });
    const controller = new AbortController();
    const importing = importDecisionFile(db, text('ds.csv', listOf(1_200)), {
      startWorker: workers.start,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'checking') controller.abort();
      },
    });
    expect(await importing).toEqual({ kind: 'cancelled', fileName: 'ds.csv' });
    workers.resume();
    expect(workers.terminated).toBe(1);
    await expectNothingWritten(db);
  });

  it('aborts the transaction and writes nothing when cancelled while writing', async () => {
    const db = freshConsoleDb();
    const controller = new AbortController();
    const result = await importDecisionFile(db, text('ds.csv', listOf(1_200)), {
      ...viaWorker(),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'writing' && p.done > 0 && p.done < p.total) controller.abort();
      },
    });
    expect(result).toEqual({ kind: 'cancelled', fileName: 'ds.csv' });
    await expectNothingWritten(db);
  });

  it('writes a second file after the first with one unbroken change log (chained in the worker)', async () => {
    const db = freshConsoleDb();
    await importDecisionFile(db, text('a.csv', listOf(300)), viaWorker());
    const second = await importDecisionFile(db, text('b.csv', listOf(300, 300)), viaWorker());
    expect(second.kind === 'imported' && second.written.changeLogAdded).toBe(300);
    const log = await db.changeLog.orderBy('seq').toArray();
    expect(verifyChangeLog(log)).toEqual({ ok: true, count: 600 });
  });

  it('fails, writing nothing, when the worker sends what the protocol does not allow', async () => {
    const db = freshConsoleDb();
    let terminated = false;
    const rogue = (messages: unknown[]) => (): ImportWorkerPort => {
      let listener: (data: unknown) => void = () => {};
      return {
        post: () =>
          setTimeout(() => {
            for (const message of messages) listener(message);
          }, 0),
        onMessage: (l) => {
          listener = l;
        },
        onError: () => {},
        terminate: () => {
          terminated = true;
        },
      };
    };
    await expect(
      importDecisionFile(db, text('ds.csv', listOf(3)), {
        startWorker: rogue([{ type: 'decisions', decisions: [{ id: 'x' }] }]),
      }),
    ).rejects.toThrow(/does not accept/);
    expect(terminated).toBe(true);
    await expect(
      importDecisionFile(db, text('ds.csv', listOf(3)), {
        startWorker: rogue([
          {
            type: 'checked',
            warnings: [],
            encoding: 'utf-8',
            counts: { decisions: 2, baseline: 0, changeLog: 0 },
          },
        ]),
      }),
    ).rejects.toThrow(/incomplete/);
    await expect(
      importDecisionFile(db, text('ds.csv', listOf(3)), {
        startWorker: rogue([{ type: 'failed', reason: 'out of memory' }]),
      }),
    ).rejects.toThrow('out of memory');
    await expectNothingWritten(db);
  });
});
