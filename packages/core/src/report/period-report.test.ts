import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/iso-date';
import type { Decision, DecisionAction, DecisionItem } from '../model/decision';
import { makeDecision, makeItem } from '../testing/builders';
import { formatPeriodReportEn, formatPeriodReportVi, type PeriodReport, periodReport } from './period-report';

/**
 * Hòa Bình, 2020 (DESIGN §1): 68 decisions publishing 775 procedures — 340 new, 237 amended,
 * 198 abolished; 577 entered on the national database, 198 removed. Generated to those totals,
 * with levels spread so each level count is known in advance.
 */
interface Spec {
  action: DecisionAction;
  count: number;
  /** Levels written on the item (changes.levels), or none. */
  levels: string[];
  /** Levels the catalogue knows for the procedure (the levelsOf fallback). */
  catalogueLevels: string[];
}

const SPECS: Spec[] = [
  { action: 'new', count: 200, levels: ['province'], catalogueLevels: [] },
  { action: 'new', count: 100, levels: ['district'], catalogueLevels: [] },
  { action: 'new', count: 40, levels: ['district', 'commune'], catalogueLevels: [] },
  { action: 'amended', count: 137, levels: ['province'], catalogueLevels: ['district'] },
  { action: 'amended', count: 100, levels: [], catalogueLevels: ['commune'] },
  { action: 'abolished', count: 98, levels: [], catalogueLevels: ['district'] },
  { action: 'abolished', count: 100, levels: [], catalogueLevels: [] },
];
// province 200+137; district 100+40+98; commune 40+100; 100 abolished items nobody can place.
const EXPECTED_LEVELS = { province: 337, district: 238, commune: 140, unknown: 100 };

function hoaBinh2020(): { decisions: Decision[]; catalogueLevels: Map<string, string[]> } {
  const items: DecisionItem[] = [];
  const catalogueLevels = new Map<string, string[]>();
  for (const spec of SPECS)
    for (let i = 0; i < spec.count; i++) {
      const code = `1.${String(items.length).padStart(6, '0')}`;
      catalogueLevels.set(code, spec.catalogueLevels);
      items.push(
        makeItem({
          id: `item-${items.length}`,
          action: spec.action,
          code,
          changes: spec.levels.length > 0 ? { levels: spec.levels } : {},
          nationalDbOn: '2020-12-31',
        }),
      );
    }
  const decisions = Array.from({ length: 68 }, (_, d) =>
    makeDecision({
      id: `qd-${d}`,
      number: `${100 + d}/QĐ-UBND`,
      signedOn: addDays('2020-01-01', d * 5),
      effectiveOn: addDays('2020-01-01', d * 5),
      items: items.filter((_, k) => k % 68 === d),
    }),
  );
  return { decisions, catalogueLevels };
}

const noise: Decision[] = [
  makeDecision({ id: 'before', signedOn: '2019-12-31', items: [makeItem({ action: 'new' })] }),
  makeDecision({ id: 'after', signedOn: '2021-01-01', items: [makeItem({ action: 'new' })] }),
  makeDecision({ id: 'unsigned', signedOn: null, items: [makeItem({ action: 'new' })] }),
  makeDecision({
    id: 'approved',
    state: 'approved',
    signedOn: '2020-06-01',
    items: [makeItem({ action: 'new' })],
  }),
  makeDecision({
    id: 'withdrawn',
    state: 'withdrawn',
    signedOn: '2020-06-01',
    items: [makeItem({ action: 'new' })],
  }),
];

describe('periodReport', () => {
  it('reproduces the Hòa Bình 2020 figures from generated decisions', () => {
    const { decisions, catalogueLevels } = hoaBinh2020();
    const report = periodReport([...noise, ...decisions], '2020-01-01', '2020-12-31', {
      levelsOf: (procedureId) => catalogueLevels.get(procedureId) ?? [],
    });
    expect(report).toMatchObject({
      decisions: 68,
      items: 775,
      byAction: { new: 340, amended: 237, abolished: 198 },
      byLevel: EXPECTED_LEVELS,
      nationalDb: { entered: 577, removed: 198 },
    });
    // The export format: these keys, in this order (byField and byMonth only after them).
    expect(Object.keys(report)).toEqual([
      'decisions',
      'items',
      'byAction',
      'byLevel',
      'nationalDb',
      'byField',
      'byMonth',
    ]);
    expect(
      JSON.stringify({
        decisions: report.decisions,
        items: report.items,
        byAction: report.byAction,
        byLevel: report.byLevel,
        nationalDb: report.nationalDb,
      }),
    ).toBe(
      '{"decisions":68,"items":775,"byAction":{"new":340,"amended":237,"abolished":198},' +
        '"byLevel":{"province":337,"district":238,"commune":140,"unknown":100},' +
        '"nationalDb":{"entered":577,"removed":198}}',
    );
    // Every month of the year, and the months add up to the year.
    expect(report.byMonth.map((m) => m.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2020-${String(i + 1).padStart(2, '0')}`),
    );
    const sum = (key: 'new' | 'amended' | 'abolished') =>
      report.byMonth.reduce((total, m) => total + m[key], 0);
    expect([sum('new'), sum('amended'), sum('abolished')]).toEqual([340, 237, 198]);
  });

  it('includes both ends of the period', () => {
    const on = (signedOn: string) =>
      makeDecision({ id: signedOn, signedOn, items: [makeItem({ action: 'new' })] });
    const report = periodReport(
      [on('2020-03-01'), on('2020-03-31'), on('2020-04-01')],
      '2020-03-01',
      '2020-03-31',
    );
    expect(report.decisions).toBe(2);
  });

  it('counts national-database moves only for items that have a date', () => {
    const decision = makeDecision({
      items: [
        makeItem({ action: 'new', code: '1.1', nationalDbOn: '2024-01-05' }),
        makeItem({ action: 'amended', code: '1.2', nationalDbOn: null }),
        makeItem({ action: 'abolished', code: '1.3', nationalDbOn: '2024-01-05' }),
        makeItem({ action: 'abolished', code: '1.4', nationalDbOn: null }),
      ],
    });
    expect(periodReport([decision], '2024-01-01', '2024-01-01').nationalDb).toEqual({
      entered: 1,
      removed: 1,
    });
  });

  it('falls back to a single-level decision scope, and counts a repeated level once per item', () => {
    const decision = makeDecision({
      scope: { agency: null, fields: [], levels: ['commune'] },
      items: [
        makeItem({ action: 'abolished', code: '1.1' }),
        makeItem({ action: 'new', code: '1.2', changes: { levels: ['province', 'province'] } }),
      ],
    });
    expect(periodReport([decision], '2024-01-01', '2024-12-31').byLevel).toEqual({ province: 1, commune: 1 });
  });

  it('keeps unknown level keys as data, after the known ones', () => {
    const decision = makeDecision({
      items: [
        makeItem({ action: 'new', code: '1.1', changes: { levels: ['Cấp Sở'] } }),
        makeItem({ action: 'new', code: '1.2', changes: { levels: ['central'] } }),
      ],
    });
    expect(Object.keys(periodReport([decision], '2024-01-01', '2024-12-31').byLevel)).toEqual([
      'central',
      'Cấp Sở',
    ]);
  });

  it('rejects a malformed or reversed period', () => {
    expect(() => periodReport([], '01/01/2020', '2020-12-31')).toThrow(/YYYY-MM-DD/);
    expect(() => periodReport([], '2020-12-31', '2020-01-01')).toThrow(/starts \(2020-12-31\) after it ends/);
  });
});

describe('periodReport by field and month', () => {
  it('counts items by field, largest first, from the item or else the catalogue, "" when unknown', () => {
    const decision = makeDecision({
      signedOn: '2024-02-10',
      effectiveOn: '2024-03-01',
      items: [
        makeItem({ action: 'new', code: '1.1', changes: { field: 'Hộ tịch' } }),
        makeItem({ action: 'new', code: '1.2', changes: { field: 'Đất đai' } }),
        makeItem({ action: 'amended', code: '1.3' }),
        makeItem({ action: 'abolished', code: '1.4' }),
        makeItem({ action: 'abolished', code: '1.5' }),
      ],
    });
    const seen: (string | null)[] = [];
    const report = periodReport([decision], '2024-01-01', '2024-04-30', {
      fieldOf: (id, on) => {
        seen.push(on);
        return id === '1.3' || id === '1.4' ? 'Hộ tịch' : null;
      },
    });
    expect(report.byField).toEqual([
      { field: 'Hộ tịch', count: 3 },
      { field: '', count: 1 },
      { field: 'Đất đai', count: 1 },
    ]);
    expect(seen).toEqual(['2024-03-01', '2024-03-01', '2024-03-01']);
    // Months of signing, not of effect; the empty months are there too.
    expect(report.byMonth).toEqual([
      { month: '2024-01', new: 0, amended: 0, abolished: 0 },
      { month: '2024-02', new: 2, amended: 1, abolished: 2 },
      { month: '2024-03', new: 0, amended: 0, abolished: 0 },
      { month: '2024-04', new: 0, amended: 0, abolished: 0 },
    ]);
  });

  it('walks months across a year end', () => {
    expect(periodReport([], '2019-11-15', '2020-02-01').byMonth.map((m) => m.month)).toEqual([
      '2019-11',
      '2019-12',
      '2020-01',
      '2020-02',
    ]);
  });
});

describe('formatPeriodReportVi', () => {
  it('writes the paragraph of the yearly report, word for word', () => {
    const { decisions, catalogueLevels } = hoaBinh2020();
    const report = periodReport(decisions, '2020-01-01', '2020-12-31', {
      levelsOf: (id) => catalogueLevels.get(id) ?? [],
    });
    expect(formatPeriodReportVi(report, '2020-01-01', '2020-12-31')).toBe(
      'Từ ngày 01/01/2020 đến ngày 31/12/2020, ban hành 68 quyết định công bố 775 TTHC; trong đó, công bố mới 340 TTHC; sửa đổi, bổ sung, thay thế 237 TTHC; bãi bỏ 198 TTHC; nhập, đăng tải công khai trên CSDL quốc gia 577 TTHC, xóa bỏ 198 TTHC.',
    );
    expect(formatPeriodReportEn(report, '2020-01-01', '2020-12-31')).toBe(
      'From 01/01/2020 to 31/12/2020, 68 decisions were issued publishing 775 administrative procedures: 340 new; 237 amended, supplemented or replaced; 198 abolished; 577 entered and published on the national database, 198 removed from it.',
    );
  });

  it('writes numbers the Vietnamese way', () => {
    const report: PeriodReport = {
      decisions: 1204,
      items: 1853,
      byAction: { new: 1477, amended: 253, abolished: 123 },
      byLevel: {},
      nationalDb: { entered: 1730, removed: 123 },
      byField: [],
      byMonth: [],
    };
    expect(formatPeriodReportVi(report, '2020-01-01', '2020-12-31')).toBe(
      'Từ ngày 01/01/2020 đến ngày 31/12/2020, ban hành 1.204 quyết định công bố 1.853 TTHC; trong đó, ' +
        'công bố mới 1.477 TTHC; sửa đổi, bổ sung, thay thế 253 TTHC; bãi bỏ 123 TTHC; ' +
        'nhập, đăng tải công khai trên CSDL quốc gia 1.730 TTHC, xóa bỏ 123 TTHC.',
    );
    expect(formatPeriodReportEn(report, '2020-01-01', '2020-12-31')).toContain('1,204 decisions');
  });
});
