import { describe, expect, it } from 'vitest';
import { buildDecisions, decisionNumberOf } from './build';
import type { DecisionGroup } from './group';
import { decisionGroupKey, decisionIdOf } from './group-key';
import type { ColumnMap } from './header';
import { IssueList } from './issues';
import type { ItemRow } from './row';

const COLUMNS: ColumnMap = new Map([['code', { index: 0, header: 'Mã TTHC' }]]);
const CONTEXT = { actor: 'a', fileName: 'ds.csv', importedAt: '2024-01-01T00:00:00.000Z' };

function row(line: number, number: string, on: string, action: ItemRow['action'], code: string): ItemRow {
  return {
    row: line,
    line,
    decisionNumber: number,
    decisionKey: decisionGroupKey(number, on),
    signedOn: on,
    effectiveOn: on,
    effectiveFromSigned: null,
    action,
    code,
    rawCode: code,
    name: `Thủ tục ${code}`,
    levels: ['province'],
    field: null,
    agency: null,
    legalBasis: [],
    nationalDbOn: null,
  };
}

function group(rows: ItemRow[]): DecisionGroup {
  return { key: rows[0]!.decisionKey, id: decisionIdOf(rows[0]!.decisionKey), rows };
}

describe('buildDecisions', () => {
  it('orders decisions by effective date, makes baseline records for unknown procedures, refuses duplicates', () => {
    const errors = new IssueList();
    const warnings = new IssueList();
    const later = group([
      row(2, '9/QĐ-UBND', '2020-05-01', 'abolished', '1.000001'),
      row(3, '9/QĐ-UBND', '2020-05-01', 'amended', '1.000002'),
    ]);
    const earlier = group([
      row(4, '1/QĐ-UBND', '2020-01-01', 'new', '1.000001'),
      row(5, '1/QĐ-UBND', '2020-01-01', 'new', '1.000001'),
    ]);
    const built = buildDecisions([later, earlier], COLUMNS, CONTEXT, errors, warnings, () => {});
    expect(built.decisions.map((d) => d.number)).toEqual(['1/QĐ-UBND', '9/QĐ-UBND']);
    expect(built.baseline.map((b) => b.procedureId)).toEqual(['1.000002']);
    expect(warnings.issues.map((w) => w.row)).toEqual([3]);
    expect(errors.issues.map((e) => [e.row, e.column])).toEqual([[5, 'Mã TTHC']]);
    expect(built.decisions[0]!.transitions[0]).toMatchObject({ actor: 'a', comment: 'Nhập từ ds.csv' });
  });
});

describe('decisionNumberOf', () => {
  it('keeps the canonical number most rows agree on', () => {
    const rows = ['12/QD-UBND', '12/QĐ-UBND', '12/qđ-ubnd.'].map((n, i) =>
      row(i + 2, n, '2020-01-01', 'new', `1.00000${i}`),
    );
    expect(decisionNumberOf(group(rows))).toBe('12/QĐ-UBND');
  });
});
