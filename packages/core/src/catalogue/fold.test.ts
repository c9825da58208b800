import { describe, expect, it } from 'vitest';
import { DecisionSchema } from '../model/decision';
import { makeDecision, makeItem, makeVersion } from '../testing/builders';
import { catalogueAt } from './catalogue-at';
import { foldCatalogue } from './fold';

const birth = makeVersion({ code: '1.001193', name: 'Đăng ký khai sinh', processingTime: 'Trong ngày' });
const death = makeVersion({ code: '1.000656', name: 'Đăng ký khai tử', processingTime: '3 ngày làm việc' });

describe('catalogueAt: point in time', () => {
  const history = foldCatalogue(
    [birth, death],
    [
      makeDecision({
        id: 'qd-amend',
        number: '120/QĐ-UBND',
        effectiveOn: '2024-03-01',
        items: [
          makeItem({ action: 'amended', code: '1.001193', changes: { processingTime: '1 ngày làm việc' } }),
        ],
      }),
      makeDecision({
        id: 'qd-abolish',
        number: '300/QĐ-UBND',
        effectiveOn: '2024-06-15',
        items: [makeItem({ action: 'abolished', code: '1.000656', name: 'Đăng ký khai tử' })],
      }),
    ],
  );

  it('keeps the baseline before the first effective date', () => {
    const state = catalogueAt(history, '2024-02-29');
    expect(state.active.get('1.001193')?.processingTime).toBe('Trong ngày');
    expect(state.active.get('1.000656')?.name).toBe('Đăng ký khai tử');
    expect(state.abolished).toEqual([]);
  });

  it('applies an amendment on its effective date and keeps the unchanged fields', () => {
    const state = catalogueAt(history, '2024-03-01');
    const version = state.active.get('1.001193')!;
    expect(version.processingTime).toBe('1 ngày làm việc');
    expect(version.name).toBe('Đăng ký khai sinh');
    expect(version.levels).toEqual(['commune']);
    expect(version.effectiveFrom).toBe('2024-03-01');
    expect(version.decisionId).toBe('qd-amend');
  });

  it('treats effectiveTo as exclusive: abolished on its date, in force the day before', () => {
    expect(catalogueAt(history, '2024-06-14').active.has('1.000656')).toBe(true);
    const onDay = catalogueAt(history, '2024-06-15');
    expect(onDay.active.has('1.000656')).toBe(false);
    expect(onDay.abolished).toEqual([
      {
        procedureId: '1.000656',
        code: '1.000656',
        name: 'Đăng ký khai tử',
        levels: ['commune'],
        abolishedOn: '2024-06-15',
        decisionId: 'qd-abolish',
        decisionNumber: '300/QĐ-UBND',
      },
    ]);
    expect(catalogueAt(history, '2030-01-01').abolished.map((a) => a.procedureId)).toEqual(['1.000656']);
  });

  it('lists versions not yet in force as upcoming', () => {
    const before = catalogueAt(history, '2024-01-10');
    expect(before.upcoming.map((v) => [v.procedureId, v.effectiveFrom])).toEqual([
      ['1.001193', '2024-03-01'],
    ]);
    expect(catalogueAt(history, '2024-03-01').upcoming).toEqual([]);
  });

  it('closes the amended version at the amendment date without touching the baseline object', () => {
    const versions = history.procedures.get('1.001193')!.versions;
    expect(versions.map((v) => [v.effectiveFrom, v.effectiveTo])).toEqual([
      [null, '2024-03-01'],
      ['2024-03-01', null],
    ]);
    expect(birth.effectiveTo).toBeNull();
  });
});

describe('foldCatalogue', () => {
  it('abolishes and later re-creates a procedure with the same code', () => {
    const history = foldCatalogue(
      [birth],
      [
        makeDecision({
          id: 'qd-1',
          effectiveOn: '2024-02-01',
          items: [makeItem({ action: 'abolished', code: '1.001193' })],
        }),
        makeDecision({
          id: 'qd-2',
          number: '2/QĐ-UBND',
          effectiveOn: '2024-09-01',
          items: [
            makeItem({
              action: 'new',
              code: '1.001193',
              name: 'Đăng ký khai sinh (liên thông)',
              changes: { levels: ['province'], fees: 'Miễn phí' },
            }),
          ],
        }),
      ],
    );
    expect(history.anomalies).toEqual([]);
    const between = catalogueAt(history, '2024-05-01');
    expect(between.active.has('1.001193')).toBe(false);
    expect(between.abolished.map((a) => a.abolishedOn)).toEqual(['2024-02-01']);
    expect(between.upcoming.map((v) => v.name)).toEqual(['Đăng ký khai sinh (liên thông)']);

    const after = catalogueAt(history, '2024-09-01');
    const recreated = after.active.get('1.001193')!;
    expect(recreated).toMatchObject({
      name: 'Đăng ký khai sinh (liên thông)',
      levels: ['province'],
      fees: 'Miễn phí',
      field: null, // a new procedure starts from its item, not from the abolished version
      effectiveFrom: '2024-09-01',
      decisionId: 'qd-2',
    });
    expect(after.abolished).toEqual([]);
  });

  it('ignores decisions that are not issued', () => {
    const history = foldCatalogue(
      [birth],
      (['draft', 'in_review', 'changes_requested', 'approved', 'withdrawn'] as const).map((state) =>
        makeDecision({
          id: `qd-${state}`,
          state,
          items: [makeItem({ action: 'abolished', code: '1.001193' })],
        }),
      ),
    );
    expect(history.applied).toEqual([]);
    expect(catalogueAt(history, '2025-01-01').active.has('1.001193')).toBe(true);
  });

  it('applies decisions by effective date, not by their order in the array', () => {
    const later = makeDecision({
      id: 'qd-later',
      number: '9/QĐ-UBND',
      signedOn: '2024-01-02',
      effectiveOn: '2024-05-01',
      items: [makeItem({ action: 'amended', code: '1.001193', changes: { fees: '8.000 đồng' } })],
    });
    const earlier = makeDecision({
      id: 'qd-earlier',
      number: '10/QĐ-UBND',
      signedOn: '2024-03-01',
      effectiveOn: '2024-04-01',
      items: [makeItem({ action: 'amended', code: '1.001193', changes: { fees: '5.000 đồng' } })],
    });
    const history = foldCatalogue([birth], [later, earlier]);
    expect(history.applied.map((d) => d.id)).toEqual(['qd-earlier', 'qd-later']);
    expect(catalogueAt(history, '2024-04-15').active.get('1.001193')?.fees).toBe('5.000 đồng');
    expect(catalogueAt(history, '2024-05-01').active.get('1.001193')?.fees).toBe('8.000 đồng');
  });

  it('breaks effective-date ties by signed date, then by number read numerically', () => {
    const decision = (id: string, number: string, signedOn: string, fees: string) =>
      makeDecision({
        id,
        number,
        signedOn,
        effectiveOn: '2024-04-01',
        items: [makeItem({ action: 'amended', code: '1.001193', changes: { fees } })],
      });
    const history = foldCatalogue(
      [birth],
      [
        decision('c', '100/QĐ-UBND', '2024-03-02', 'c'),
        decision('b', '99/QĐ-UBND', '2024-03-02', 'b'),
        decision('a', '500/QĐ-UBND', '2024-03-01', 'a'),
      ],
    );
    expect(history.applied.map((d) => d.id)).toEqual(['a', 'b', 'c']);
    // All three took effect the same day: the last applied is the one in force.
    expect(catalogueAt(history, '2024-04-01').active.get('1.001193')?.fees).toBe('c');
  });

  it('skips an issued decision without an effective date and reports it', () => {
    const history = foldCatalogue(
      [birth],
      [
        makeDecision({
          id: 'qd-undated',
          number: '77/QĐ-UBND',
          effectiveOn: null,
          items: [makeItem({ action: 'abolished', code: '1.001193' })],
        }),
      ],
    );
    expect(history.skipped).toEqual([
      { decisionId: 'qd-undated', decisionNumber: '77/QĐ-UBND', reason: 'no-effective-date' },
    ]);
    expect(catalogueAt(history, '2030-01-01').active.has('1.001193')).toBe(true);
  });

  it('records anomalies for unknown procedures and stays total for a new item on an active one', () => {
    const history = foldCatalogue(
      [birth],
      [
        makeDecision({
          id: 'qd-x',
          number: '5/QĐ-UBND',
          effectiveOn: '2024-02-01',
          items: [
            makeItem({ action: 'amended', code: '2.000001', changes: { fees: 'x' } }),
            makeItem({ action: 'abolished', code: '2.000002' }),
            makeItem({
              action: 'new',
              code: '1.001193',
              name: 'Đăng ký khai sinh',
              changes: { fees: '0 đồng' },
            }),
          ],
        }),
        makeDecision({
          id: 'qd-y',
          number: '6/QĐ-UBND',
          effectiveOn: '2024-03-01',
          items: [makeItem({ action: 'abolished', code: '1.001193' })],
        }),
        makeDecision({
          id: 'qd-z',
          number: '7/QĐ-UBND',
          effectiveOn: '2024-04-01',
          items: [makeItem({ action: 'amended', code: '1.001193', changes: { fees: '1 đồng' } })],
        }),
      ],
    );
    expect(history.anomalies.map((a) => [a.kind, a.procedureId, a.decisionNumber, a.applied])).toEqual([
      ['unknown-procedure', '2.000001', '5/QĐ-UBND', false],
      ['unknown-procedure', '2.000002', '5/QĐ-UBND', false],
      ['new-while-active', '1.001193', '5/QĐ-UBND', true],
      ['not-in-force', '1.001193', '7/QĐ-UBND', false],
    ]);
    expect(history.procedures.has('2.000001')).toBe(false);
    const versions = history.procedures.get('1.001193')!.versions;
    expect(versions.map((v) => [v.effectiveFrom, v.effectiveTo, v.fees])).toEqual([
      [null, '2024-02-01', null],
      ['2024-02-01', '2024-03-01', '0 đồng'],
    ]);
  });

  it('gives procedures without a national code their local id', () => {
    const history = foldCatalogue(
      [],
      [
        makeDecision({
          effectiveOn: '2024-02-01',
          items: [makeItem({ action: 'new', code: null, procedureId: 'local:hb-17', name: 'Cấp phép X' })],
        }),
      ],
    );
    const version = catalogueAt(history, '2024-02-01').active.get('local:hb-17');
    expect(version).toMatchObject({ code: null, name: 'Cấp phép X', procedureId: 'local:hb-17' });
  });

  it('applies two items on one date in item order; the first version is never in force', () => {
    const history = foldCatalogue(
      [birth],
      [
        makeDecision({
          effectiveOn: '2024-02-01',
          items: [
            makeItem({ id: 'i1', action: 'amended', code: '1.001193', changes: { fees: 'first' } }),
            makeItem({
              id: 'i2',
              action: 'amended',
              code: '1.001193',
              changes: { result: 'Giấy khai sinh' },
            }),
          ],
        }),
      ],
    );
    const state = catalogueAt(history, '2024-02-01');
    expect(state.active.get('1.001193')).toMatchObject({ fees: 'first', result: 'Giấy khai sinh' });
    expect(catalogueAt(history, '2024-01-31').upcoming.map((v) => v.fees)).toEqual(['first']);
  });

  it('does not list an upcoming version whose content is already in force', () => {
    const history = foldCatalogue(
      [birth],
      [
        makeDecision({
          effectiveOn: '2024-02-01',
          items: [makeItem({ action: 'amended', code: '1.001193', changes: { name: 'Đăng ký khai sinh' } })],
        }),
      ],
    );
    expect(catalogueAt(history, '2024-01-01').upcoming).toEqual([]);
  });

  it('amends only the named fields of a decision read back from storage (schema-parsed)', () => {
    // A parsed patch must not come back with every field filled by its default.
    const stored = JSON.parse(
      JSON.stringify(
        makeDecision({
          effectiveOn: '2024-02-01',
          items: [makeItem({ action: 'amended', code: '1.001193', changes: { fees: '8.000 đồng' } })],
        }),
      ),
    );
    const decision = DecisionSchema.parse(stored);
    expect(decision.items[0]!.changes).toEqual({ fees: '8.000 đồng' });
    const version = catalogueAt(foldCatalogue([birth], [decision]), '2024-02-01').active.get('1.001193')!;
    expect(version).toMatchObject({ fees: '8.000 đồng', processingTime: 'Trong ngày', levels: ['commune'] });
  });
});
