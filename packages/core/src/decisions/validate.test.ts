import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../dates/iso-date';
import type { Decision } from '../model/decision';
import type { ProcedureVersion } from '../model/procedure';
import { makeDecision, makeItem, makeVersion } from '../testing/builders';
import { type DecisionValidationContext, validateDecision } from './validate';
import type { ValidationIssue } from './validation-issue';

const KHAI_SINH = makeVersion({
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  processingTime: 'Trong ngày',
  fees: 'Miễn lệ phí',
  legalBasis: [{ number: '123/2015/NĐ-CP', title: null, issuedOn: null, issuer: null }],
});
const KET_HON = makeVersion({ code: '1.000894', name: 'Đăng ký kết hôn', processingTime: 'Trong ngày' });
// Only in force from 2024-06-01: not active on the decision's effective date.
const LATER = makeVersion({ code: '2.000001', name: 'Thủ tục sau này', effectiveFrom: '2024-06-01' });
const CATALOGUE = [KHAI_SINH, KET_HON, LATER];

const BASIS = [{ number: '63/2010/NĐ-CP', title: null, issuedOn: null, issuer: null }];

/** A catalogue lookup that honours effectiveFrom, and records which dates it was asked about. */
function context(
  extra: Partial<DecisionValidationContext> = {},
): DecisionValidationContext & { asked: IsoDate[] } {
  const asked: IsoDate[] = [];
  return {
    asked,
    activeAt(date) {
      asked.push(date);
      return new Map(
        CATALOGUE.filter((v) => v.effectiveFrom === null || v.effectiveFrom <= date).map(
          (v): [string, ProcedureVersion] => [v.procedureId, v],
        ),
      );
    },
    ...extra,
  };
}

function decision(overrides: Partial<Decision>): Decision {
  return makeDecision({ state: 'draft', effectiveOn: '2024-03-01', legalBasis: BASIS, ...overrides });
}

const codes = (issues: ValidationIssue[]) => issues.map((i) => `${i.severity}:${i.code}:${i.itemId}`);

describe('validateDecision', () => {
  it('accepts a sound decision with no issues, checking the catalogue on the effective date', () => {
    const ctx = context();
    const issues = validateDecision(
      decision({
        items: [
          makeItem({ action: 'new', code: '1.012345', name: 'Thủ tục mới' }),
          makeItem({ action: 'amended', code: '1.001193', changes: { processingTime: '02 ngày làm việc' } }),
          makeItem({
            action: 'abolished',
            code: '1.000894',
            causeDocument: { number: '07/2025/NĐ-CP', title: null, issuedOn: null, issuer: null },
          }),
        ],
      }),
      ctx,
    );
    expect(issues).toEqual([]);
    expect(ctx.asked).toEqual(['2024-03-01']);
  });

  it('errors on a new procedure whose code is already active, naming it in Vietnamese', () => {
    const issues = validateDecision(
      decision({ items: [makeItem({ id: 'i1', action: 'new', code: '1.001193' })] }),
      context(),
    );
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'code-already-active',
        itemId: 'i1',
        message:
          'Thủ tục mã 1.001193 "Đăng ký khai sinh" được công bố mới nhưng đã có trong danh mục đang có hiệu lực ngày 01/03/2024.',
      },
    ]);
  });

  it('looks codes up in the catalogue it is given each time, one catalogue after another', () => {
    // The index by code is kept per catalogue: a check against another catalogue must not
    // find codes in the one indexed before it.
    const item = makeItem({ id: 'i1', action: 'new', code: '1.001193', procedureId: 'local:x' });
    const withKhaiSinh = new Map([[KHAI_SINH.procedureId, KHAI_SINH]]);
    const withoutIt = new Map([[KET_HON.procedureId, KET_HON]]);
    const check = (active: ReadonlyMap<string, ProcedureVersion>) =>
      codes(validateDecision(decision({ items: [item] }), { activeAt: () => active }));
    expect(check(withKhaiSinh)).toEqual(['error:code-already-active:i1']);
    expect(check(withoutIt)).toEqual([]);
    expect(check(withKhaiSinh)).toEqual(['error:code-already-active:i1']);
  });

  it('finds an active procedure by code even when the item carries another procedureId', () => {
    const item = makeItem({ id: 'i1', action: 'new', code: '1.001193', procedureId: 'local:x' });
    expect(codes(validateDecision(decision({ items: [item] }), context()))).toEqual([
      'error:code-already-active:i1',
    ]);
  });

  it('errors on amending or abolishing a procedure not active at the effective date', () => {
    const issues = validateDecision(
      decision({
        items: [
          makeItem({ id: 'a', action: 'amended', code: '2.000001', changes: { fees: '10.000 đồng' } }),
          makeItem({ id: 'b', action: 'abolished', code: '9.999999', causeDocument: BASIS[0]! }),
        ],
      }),
      context(),
    );
    expect(codes(issues)).toEqual(['error:not-active:a', 'error:not-active:b']);
    expect(issues[0]!.message).toContain('sửa đổi, bổ sung, thay thế');
    expect(issues[1]!.message).toContain('bãi bỏ');
    expect(issues[1]!.message).toContain('mã 9.999999');
  });

  it('treats a later effective date as a different catalogue', () => {
    const item = makeItem({ id: 'a', action: 'amended', code: '2.000001', changes: { fees: '10.000 đồng' } });
    expect(validateDecision(decision({ effectiveOn: '2024-06-01', items: [item] }), context())).toEqual([]);
  });

  it('errors on the same procedure twice (by id or by code)', () => {
    const issues = validateDecision(
      decision({
        items: [
          makeItem({ id: 'x1', action: 'new', code: null, procedureId: 'local:a', name: 'Thủ tục A' }),
          makeItem({ id: 'x2', action: 'new', code: null, procedureId: 'local:a', name: 'Thủ tục A' }),
          makeItem({ id: 'y1', action: 'amended', code: '1.001193', changes: { fees: '1 đồng' } }),
          makeItem({
            id: 'y2',
            action: 'abolished',
            code: '1.001193',
            procedureId: 'other',
            causeDocument: BASIS[0]!,
          }),
        ],
      }),
      context(),
    );
    expect(codes(issues)).toEqual(['error:duplicate-procedure:x2', 'error:duplicate-procedure:y2']);
    expect(issues[0]!.message).toBe(
      'Thủ tục chưa có mã số "Thủ tục A" xuất hiện nhiều lần trong quyết định.',
    );
  });

  it('errors on an amended item that changes nothing', () => {
    const issues = validateDecision(
      decision({
        items: [
          makeItem({ id: 'empty', action: 'amended', code: '1.001193' }),
          makeItem({ id: 'undef', action: 'amended', code: '1.000894', changes: { fees: undefined } }),
        ],
      }),
      context(),
    );
    expect(codes(issues)).toEqual([
      'error:amended-without-change:empty',
      'error:amended-without-change:undef',
    ]);
    expect(issues[0]!.message).toContain('chưa nêu nội dung nào thay đổi');
  });

  it('compares amended fields after normalisation: NFD, old tone placement, spaces, case', () => {
    const same = makeItem({
      id: 'same',
      action: 'amended',
      code: '1.001193',
      changes: {
        name: 'Đăng ký khai sinh'.normalize('NFD'),
        processingTime: '  trong\u00a0NGÀY ',
        fees: 'Miễn lệ phí',
        legalBasis: [{ number: '123/2015/NĐ-CP', title: null, issuedOn: null, issuer: null }],
      },
    });
    const issues = validateDecision(decision({ items: [same] }), context());
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'amended-without-change', itemId: 'same' });
    expect(issues[0]!.message).toContain('giống hệt bản đang có hiệu lực');

    const oneReal = { ...same, changes: { ...same.changes, fees: '8.000 đồng' } };
    expect(validateDecision(decision({ items: [oneReal] }), context())).toEqual([]);
  });

  it('errors on a missing effective date and skips checks that need it', () => {
    const ctx = context();
    const issues = validateDecision(
      decision({ effectiveOn: null, items: [makeItem({ action: 'new', code: '1.001193' })] }),
      ctx,
    );
    expect(codes(issues)).toEqual(['error:missing-effective-date:null']);
    expect(issues[0]!.message).toBe('Quyết định 1/QĐ-UBND chưa có ngày có hiệu lực.');
    expect(ctx.asked).toEqual([]);
  });

  it('warns about missing legal basis only when neither decision nor item has one', () => {
    const noBasis = makeItem({ id: 'n', action: 'new', code: '1.012345' });
    const withCause = makeItem({ id: 'c', action: 'new', code: '1.012346', causeDocument: BASIS[0]! });
    const withFieldBasis = makeItem({
      id: 'f',
      action: 'new',
      code: '1.012347',
      changes: { legalBasis: BASIS },
    });
    const issues = validateDecision(
      decision({ legalBasis: [], items: [noBasis, withCause, withFieldBasis] }),
      context(),
    );
    expect(codes(issues)).toEqual(['warning:no-legal-basis:n']);
    expect(validateDecision(decision({ items: [noBasis] }), context())).toEqual([]);
  });

  it('warns about an abolished item without the abolishing document', () => {
    const issues = validateDecision(
      decision({
        items: [makeItem({ id: 'ab', action: 'abolished', code: '1.000894', name: 'Đăng ký kết hôn' })],
      }),
      context(),
    );
    expect(issues).toEqual([
      {
        severity: 'warning',
        code: 'abolished-without-document',
        itemId: 'ab',
        message:
          'Thủ tục mã 1.000894 "Đăng ký kết hôn" bị bãi bỏ nhưng chưa nêu văn bản quy định việc bãi bỏ.',
      },
    ]);
  });

  it('warns about a decision with no items and passes deadline issues through', () => {
    const late: ValidationIssue = {
      severity: 'warning',
      code: 'deadline-signed-late',
      itemId: null,
      message: 'Muộn',
    };
    expect(validateDecision(decision({ items: [] }), context({ deadlineIssues: [late] }))).toEqual([
      {
        severity: 'warning',
        code: 'no-items',
        itemId: null,
        message: 'Quyết định 1/QĐ-UBND chưa có thủ tục hành chính nào.',
      },
      late,
    ]);
  });
});
