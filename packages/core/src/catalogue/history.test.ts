import { describe, expect, it } from 'vitest';
import { makeDecision, makeItem, makeVersion } from '../testing/builders';
import { foldCatalogue } from './fold';
import { fieldHistory, procedureHistory } from './history';

const history = foldCatalogue(
  [makeVersion({ code: '1.004227', name: 'Cấp giấy phép xây dựng', fees: '50.000 đồng' })],
  [
    makeDecision({
      id: 'qd-a',
      number: '100/QĐ-UBND',
      effectiveOn: '2023-05-01',
      items: [
        makeItem({ action: 'amended', code: '1.004227', changes: { name: 'Cấp giấy phép xây dựng mới' } }),
      ],
    }),
    makeDecision({
      id: 'qd-b',
      number: '200/QĐ-UBND',
      effectiveOn: '2023-09-01',
      items: [makeItem({ action: 'amended', code: '1.004227', changes: { fees: '75.000 đồng' } })],
    }),
    makeDecision({
      id: 'qd-c',
      number: '300/QĐ-UBND',
      effectiveOn: '2024-01-01',
      items: [
        makeItem({
          action: 'amended',
          code: '1.004227',
          changes: { name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ' },
        }),
      ],
    }),
  ],
);

describe('procedureHistory', () => {
  it('returns every version, oldest first', () => {
    expect(procedureHistory(history, '1.004227').map((v) => [v.effectiveFrom, v.decisionId])).toEqual([
      [null, null],
      ['2023-05-01', 'qd-a'],
      ['2023-09-01', 'qd-b'],
      ['2024-01-01', 'qd-c'],
    ]);
    expect(procedureHistory(history, '9.999999')).toEqual([]);
  });
});

describe('fieldHistory', () => {
  it('gives the three names with the decision that set each', () => {
    expect(fieldHistory(history, '1.004227', 'name')).toEqual([
      {
        value: 'Cấp giấy phép xây dựng',
        from: null,
        to: '2023-05-01',
        decisionId: null,
        decisionNumber: null,
      },
      {
        value: 'Cấp giấy phép xây dựng mới',
        // the fee amendment of 2023-09-01 kept the name: the entry runs on
        from: '2023-05-01',
        to: '2024-01-01',
        decisionId: 'qd-a',
        decisionNumber: '100/QĐ-UBND',
      },
      {
        value: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
        from: '2024-01-01',
        to: null,
        decisionId: 'qd-c',
        decisionNumber: '300/QĐ-UBND',
      },
    ]);
  });

  it('credits a value to the decision that changed it, not to later amendments', () => {
    expect(fieldHistory(history, '1.004227', 'fees').map((e) => [e.value, e.decisionNumber])).toEqual([
      ['50.000 đồng', null],
      ['75.000 đồng', '200/QĐ-UBND'],
    ]);
  });
});
