import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogueAt, foldCatalogue } from '@niemyet/core';
import { loadWorkspaceHistory } from '@niemyet/db';
import { describe, expect, it } from 'vitest';
import { freshConsoleDb } from '../../../packages/db/src/console/test-support';
import { importDecisionFile } from './import-decision-file';

const fixture = (name: string) => ({
  name,
  text: async () =>
    readFileSync(
      fileURLToPath(new URL(`../../../tests/fixtures/decisions/${name}`, import.meta.url)),
      'utf8',
    ),
});
const truth = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../tests/fixtures/decisions/hoa-binh-2020.truth.json', import.meta.url)),
    'utf8',
  ),
);

describe('importing a decision-list file', () => {
  it('imports the Hòa Bình 2020 list with the figures of its report', async () => {
    const db = freshConsoleDb();
    const result = await importDecisionFile(db, fixture('hoa-binh-2020.csv'));
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
    await importDecisionFile(db, fixture('hoa-binh-2020.csv'));
    const again = await importDecisionFile(db, fixture('hoa-binh-2020.csv'));
    expect(again.kind === 'imported' && again.written).toEqual({
      decisionsAdded: 0,
      decisionsAlreadyPresent: truth.file.decisions,
      baselineAdded: 0,
      changeLogAdded: 0,
    });
  });

  it('refuses a malformed file with every error by row and column, writing nothing', async () => {
    const db = freshConsoleDb();
    const result = await importDecisionFile(db, fixture('malformed.csv'));
    if (result.kind !== 'invalid') throw new Error(JSON.stringify(result));
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'Ngày ký'],
      [4, 'Hình thức'],
      [6, null],
    ]);
    expect(await db.decisions.count()).toBe(0);
    expect(await db.changeLog.count()).toBe(0);
  });
});
