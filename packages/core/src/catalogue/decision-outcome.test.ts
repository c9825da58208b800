import { describe, expect, it } from 'vitest';
import { makeDecision, makeItem, makeVersion } from '../testing/builders';
import { decisionOutcome } from './decision-outcome';
import { foldCatalogue } from './fold';

const baseline = [
  makeVersion({ code: '1.1', name: 'Khai sinh', field: 'Hộ tịch', processingTime: '5 ngày' }),
  makeVersion({ code: '1.2', name: 'Kết hôn', field: 'Hộ tịch' }),
];
const items = [
  makeItem({ action: 'new', code: '1.3', name: 'Khai tử', changes: { name: 'Khai tử', field: 'Hộ tịch' } }),
  makeItem({ action: 'amended', code: '1.1', name: 'Khai sinh', changes: { processingTime: '3 ngày' } }),
  makeItem({ action: 'abolished', code: '1.2', name: 'Kết hôn' }),
];

describe('decisionOutcome', () => {
  it('reads an issued decision from the fold: what it made and what it ended', () => {
    const decision = makeDecision({ id: 'qd', effectiveOn: '2024-03-01', items });
    const outcome = decisionOutcome(foldCatalogue(baseline, [decision]), decision, '2030-01-01');
    expect(
      outcome.map((o) => [o.after.name, o.after.processingTime, o.before?.processingTime ?? null]),
    ).toEqual([
      ['Khai tử', null, null],
      ['Khai sinh', '3 ngày', '5 ngày'],
      ['Kết hôn', null, null],
    ]);
    expect(outcome[1]!.after.field).toBe('Hộ tịch');
  });

  it('works out a draft the way the fold would, on its effective date or the fallback', () => {
    const draft = makeDecision({ id: 'draft', state: 'draft', effectiveOn: null, items });
    const history = foldCatalogue(baseline, []);
    const outcome = decisionOutcome(history, draft, '2024-05-01');
    expect(outcome.map((o) => [o.after.name, o.after.processingTime, o.after.field])).toEqual([
      ['Khai tử', null, 'Hộ tịch'],
      ['Khai sinh', '3 ngày', 'Hộ tịch'],
      ['Kết hôn', null, 'Hộ tịch'],
    ]);
    // The catalogue itself is untouched.
    expect(history.procedures.get('1.1')!.versions[0]!.processingTime).toBe('5 ngày');
  });
});
