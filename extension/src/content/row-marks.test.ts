import type { AuditFinding } from '@niemyet/core';
import { describe, expect, it } from 'vitest';
import { pageVerdicts, rowVerdictsOf } from '../messaging/row-verdict';
import { row } from '../testing/catalogue';
import { contentLabels } from './labels';
import { countMarks, rowMarks } from './row-marks';

function finding(
  status: AuditFinding['status'],
  rowIndex: number | null,
  fields: string[] = [],
): AuditFinding {
  return {
    status,
    procedureId: null,
    code: null,
    rawCode: null,
    name: 'x',
    matchedBy: null,
    diffs: fields.map((field) => ({
      field: field as never,
      kind: 'text',
      expected: null,
      actual: null,
      parts: null,
      added: [],
      removed: [],
    })),
    candidates: [],
    since: status === 'abolished' ? '2024-06-01' : null,
    decisionId: null,
    rowIndex,
    evidence: null,
  };
}

/** Marks as the page gets them: the background turns findings into row verdicts. */
function marksOf(rows: Parameters<typeof rowMarks>[0], findings: AuditFinding[]) {
  return rowMarks(rows, rowVerdictsOf(pageVerdicts(findings)));
}

describe('row marks', () => {
  const rows = [
    row('1.000001', 'A', { elementIndex: 0 }),
    row('1.000002', 'B', { elementIndex: 2 }),
    row('1.000003', 'C'),
    row('1.000004', 'D', { elementIndex: 3 }),
  ];

  it('maps verdicts to row elements by rowIndex → elementIndex, skipping rows not on the page', () => {
    const marks = marksOf(rows, [
      finding('match', 0),
      finding('changed', 1, ['name', 'fees']),
      finding('unknown', 2),
      finding('abolished', 3),
      finding('missing', null),
    ]);
    expect(marks.map((m) => [m.elementIndex, m.status, m.fields])).toEqual([
      [0, 'match', []],
      [2, 'changed', ['name', 'fees']],
      [3, 'abolished', []],
    ]);
    expect(countMarks(marks)).toEqual({
      match: 1,
      changed: 1,
      abolished: 1,
      unknown: 0,
      'not-yet-effective': 0,
    });
  });

  it('never hides a discrepancy behind a match on the same element', () => {
    const twice = [row('1.000001', 'A', { elementIndex: 0 }), row('1.000002', 'B', { elementIndex: 0 })];
    expect(
      marksOf(twice, [finding('changed', 0, ['name']), finding('match', 1)]).map((m) => m.status),
    ).toEqual(['changed']);
  });

  it('names the differing fields in the tooltip, in the chosen language', () => {
    const [mark] = marksOf(rows, [finding('changed', 1, ['processingTime', 'legalBasis'])]);
    expect(contentLabels('vi').tooltip(mark!)).toBe('Khác danh mục: Thời hạn giải quyết, Căn cứ pháp lý');
    expect(contentLabels('en').tooltip(mark!)).toBe(
      'Differs from the catalogue: Processing time, Legal basis',
    );
    const [abolished] = marksOf(rows, [finding('abolished', 0)]);
    expect(contentLabels('vi').tooltip(abolished!)).toBe('Đã bãi bỏ từ 01/06/2024 nhưng vẫn niêm yết');
  });
});
