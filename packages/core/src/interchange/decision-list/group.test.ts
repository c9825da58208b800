import { describe, expect, it } from 'vitest';
import { groupRows, showDate } from './group';
import { decisionGroupKey, decisionIdOf } from './group-key';
import type { ColumnMap } from './header';
import { IssueList } from './issues';
import type { ItemRow } from './row';

const COLUMNS: ColumnMap = new Map([
  ['signed_on', { index: 1, header: 'Ngày ký' }],
  ['effective_on', { index: 2, header: 'Ngày hiệu lực' }],
]);

function row(line: number, decisionNumber: string, signedOn: string | null, effectiveOn = signedOn): ItemRow {
  return {
    row: line,
    line,
    decisionNumber,
    decisionKey: decisionGroupKey(decisionNumber, signedOn),
    signedOn,
    effectiveOn,
    effectiveFromSigned: null,
    action: 'new',
    code: null,
    rawCode: null,
    name: `T${line}`,
    levels: [],
    field: null,
    agency: null,
    legalBasis: [],
    nationalDbOn: null,
  };
}

describe('decisionGroupKey', () => {
  it('reads numbers without diacritics, in the signing year unless the number has one', () => {
    expect(decisionGroupKey('123/QD-UBND', '2020-02-03')).toBe(
      decisionGroupKey('Số 123/qđ-ubnd.', '2020-05-01'),
    );
    expect(decisionGroupKey('123/QĐ-UBND', '2020-02-03')).not.toBe(
      decisionGroupKey('123/QĐ-UBND', '2021-02-03'),
    );
    expect(decisionIdOf('X')).toMatch(/^decision:[0-9a-f]{16}$/);
  });
});

describe('groupRows', () => {
  it('groups by key and refuses rows of one decision that disagree on its dates', () => {
    const errors = new IssueList();
    const warnings = new IssueList();
    const groups = groupRows(
      [
        row(2, '1/QĐ-UBND', '2020-01-01'),
        row(3, '2/QĐ-UBND', '2020-01-02'),
        row(4, '1/QD-UBND', '2020-01-01', '2020-01-05'),
      ],
      COLUMNS,
      errors,
      warnings,
    );
    expect(groups.map((g) => g.rows.map((r) => r.line))).toEqual([[2, 4], [3]]);
    expect(errors.issues).toEqual([
      {
        code: 'dates-disagree',
        params: { value: '05/01/2020', other: '01/01/2020', otherRow: 2, decision: '1/QĐ-UBND' },
        row: 4,
        column: 'Ngày hiệu lực',
        message:
          'ngày hiệu lực «05/01/2020» khác với dòng 2 của cùng quyết định 1/QĐ-UBND («01/01/2020») (rows of one decision must agree on its effective date)',
      },
    ]);
    expect(showDate(null)).toBe('trống');
  });
});
