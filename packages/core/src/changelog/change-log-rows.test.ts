import { describe, expect, it } from 'vitest';
import { foldCatalogue } from '../catalogue/fold';
import type { ChangeLogEntry } from '../model/change-log';
import { makeDecision, makeItem, makeVersion } from '../testing/builders';
import { appendDecisionToChangeLog } from './chain';
import { changeLogRowMatcher, filterChangeLogRows } from './change-log-filter';
import { changeLogRows } from './change-log-rows';

const baseline = [
  makeVersion({ code: '1.000001', name: 'Đăng ký khai sinh', field: 'Hộ tịch', agency: 'UBND cấp xã' }),
  makeVersion({ code: '1.000002', name: 'Cấp giấy phép xây dựng', field: 'Xây dựng', agency: 'Sở Xây dựng' }),
];
const amend = makeDecision({
  id: 'qd-amend',
  number: '10/QĐ-UBND',
  signedOn: '2024-02-20',
  effectiveOn: '2024-03-01',
  items: [
    makeItem({ action: 'amended', code: '1.000001', changes: { field: 'Hộ tịch (mới)', agency: 'UBND xã' } }),
    makeItem({
      action: 'abolished',
      code: '1.000002',
      name: 'Cấp giấy phép xây dựng',
      nationalDbOn: '2024-03-05',
    }),
  ],
});
const fresh = makeDecision({
  id: 'qd-new',
  number: '11/QĐ-UBND',
  signedOn: '2024-04-02',
  effectiveOn: '2024-04-10',
  items: [
    makeItem({
      action: 'new',
      code: '1.000003',
      name: 'Đăng ký kết hôn',
      changes: { name: 'Đăng ký kết hôn', field: 'Hộ tịch', agency: 'UBND cấp xã', levels: ['commune'] },
    }),
  ],
});

function rows() {
  const log: ChangeLogEntry[] = [];
  for (const decision of [amend, fresh])
    appendDecisionToChangeLog(log, decision, 'drafter', '2024-04-10T00:00:00Z');
  const history = foldCatalogue(baseline, [amend, fresh]);
  return changeLogRows(log, history, [amend, fresh]);
}

describe('changeLogRows', () => {
  it('adds the field and agency of the recorded version and the signing date, entries unchanged', () => {
    const result = rows();
    expect(result.map((r) => [r.seq, r.kind, r.code, r.field, r.agency, r.signedOn])).toEqual([
      [1, 'published', '1.000001', 'Hộ tịch (mới)', 'UBND xã', '2024-02-20'],
      // The abolition shows the version it ended.
      [2, 'published', '1.000002', 'Xây dựng', 'Sở Xây dựng', '2024-02-20'],
      [3, 'national-db-removed', '1.000002', 'Xây dựng', 'Sở Xây dựng', '2024-02-20'],
      [4, 'published', '1.000003', 'Hộ tịch', 'UBND cấp xã', '2024-04-02'],
    ]);
    expect(result[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('leaves field and agency null for a procedure the catalogue never knew', () => {
    const log: ChangeLogEntry[] = [];
    const stray = makeDecision({ items: [makeItem({ action: 'abolished', code: '9.9' })] });
    appendDecisionToChangeLog(log, stray, 'drafter', '2024-01-01T00:00:00Z');
    const [row] = changeLogRows(log, foldCatalogue([], [stray]), []);
    expect(row).toMatchObject({ field: null, agency: null, signedOn: '2024-01-01' });
  });
});

describe('filterChangeLogRows', () => {
  it('bounds occurredOn inclusively', () => {
    expect(filterChangeLogRows(rows(), { from: '2024-03-05', to: '2024-04-10' }).map((r) => r.seq)).toEqual([
      3, 4,
    ]);
  });

  it('matches action, kind, level, field, agency and decision exactly', () => {
    const all = rows();
    expect(filterChangeLogRows(all, { action: 'abolished' }).map((r) => r.seq)).toEqual([2, 3]);
    expect(filterChangeLogRows(all, { kind: 'national-db-removed' }).map((r) => r.seq)).toEqual([3]);
    expect(filterChangeLogRows(all, { field: 'Hộ tịch' }).map((r) => r.seq)).toEqual([4]);
    expect(filterChangeLogRows(all, { agency: 'Sở Xây dựng' }).map((r) => r.seq)).toEqual([2, 3]);
    expect(filterChangeLogRows(all, { decision: 'qd-new' }).map((r) => r.seq)).toEqual([4]);
    // Levels as the entry recorded them: only the new item wrote its own.
    expect(filterChangeLogRows(all, { level: 'commune' }).map((r) => r.seq)).toEqual([4]);
    expect(filterChangeLogRows(all, { level: 'province' })).toEqual([]);
  });

  it('finds a procedure by its exact code or by part of its name without accents', () => {
    const all = rows();
    expect(filterChangeLogRows(all, { procedure: '1.000002' }).map((r) => r.seq)).toEqual([2, 3]);
    expect(filterChangeLogRows(all, { procedure: '1.00000' })).toEqual([]);
    expect(filterChangeLogRows(all, { procedure: 'dang ky' }).map((r) => r.seq)).toEqual([1, 4]);
    expect(filterChangeLogRows(all, { procedure: 'KẾT HÔN' }).map((r) => r.seq)).toEqual([4]);
  });

  it('keeps an undated entry only when no period is given', () => {
    const [row] = rows();
    const undated = { ...row!, occurredOn: null };
    expect(changeLogRowMatcher({})(undated)).toBe(true);
    expect(changeLogRowMatcher({ from: '2000-01-01' })(undated)).toBe(false);
  });
});
