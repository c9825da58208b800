import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-days';
import type { Decision } from '../model/decision';
import type { LegalDocument } from '../model/legal-document';
import type { DeadlineRule } from '../model/settings';
import { makeDecision, makeItem } from '../testing/builders';
import { checkDecisionDeadlines, issuerKindOf } from './deadline-check';
import { validateDecision } from './validate';

// Decree 45/2020/NĐ-CP took effect on Wednesday 01/07/2020. Counting 5 working days back
// (30/6, 29/6, 26/6, 25/6, 24/6) a provincial decision is due on Wednesday 24/06/2020.
const DECREE: LegalDocument = {
  id: 'nd-45',
  number: '45/2020/NĐ-CP',
  rawNumber: null,
  type: 'Nghị định',
  issuer: 'Chính phủ',
  title: 'Về thực hiện thủ tục hành chính trên môi trường điện tử',
  issuedOn: '2020-04-08',
  effectiveOn: '2020-07-01',
  expiresOn: null,
  status: 'in_force',
  relations: [],
};
// Written the messy way a decision might cite it: no hyphen, Icelandic eth.
const CITED = { number: '45/2020/N\u00d0CP', title: null, issuedOn: null, issuer: null };

function decision(overrides: Partial<Decision>): Decision {
  return makeDecision({
    issuer: 'UBND tỉnh Hòa Bình',
    signedOn: '2020-06-24',
    effectiveOn: '2020-07-01',
    items: [
      makeItem({
        id: 'i1',
        action: 'new',
        code: '1.008001',
        name: 'Cấp bản sao điện tử',
        causeDocument: CITED,
      }),
    ],
    ...overrides,
  });
}

const context = { legalDocuments: [DECREE] };

describe('checkDecisionDeadlines: signing before the document takes effect', () => {
  it('is quiet when signed on the due day', () => {
    expect(checkDecisionDeadlines(decision({}), context)).toEqual([]);
  });

  it('warns when signed after the due day, naming both dates dd/mm/yyyy', () => {
    expect(checkDecisionDeadlines(decision({ signedOn: '2020-06-25' }), context)).toEqual([
      {
        severity: 'warning',
        code: 'deadline-decision-signed-late',
        itemId: 'i1',
        message:
          'Thủ tục mã 1.008001 "Cấp bản sao điện tử": quyết định công bố phải ký chậm nhất ngày 24/06/2020 ' +
          '(5 ngày làm việc trước ngày văn bản 45/2020/NĐ-CP có hiệu lực (01/07/2020)) nhưng ký ngày 25/06/2020.',
      },
    ]);
  });

  it('applies the ministry rule (20 working days) to a ministry', () => {
    const issues = checkDecisionDeadlines(
      decision({ issuer: 'Bộ Tư pháp', signedOn: '2020-06-10' }),
      context,
    );
    expect(issues.map((i) => i.code)).toEqual(['deadline-decision-signed-late']);
    expect(issues[0]!.message).toContain('20 ngày làm việc');
  });

  it('reports an unsigned draft as overdue only when told today’s date', () => {
    const unsigned = decision({ signedOn: null, state: 'draft' });
    expect(checkDecisionDeadlines(unsigned, context)).toEqual([]);
    expect(checkDecisionDeadlines(unsigned, { ...context, today: '2020-06-24' })).toEqual([]);
    const overdue = checkDecisionDeadlines(unsigned, { ...context, today: '2020-06-25' });
    expect(overdue.map((i) => i.code)).toEqual(['deadline-decision-signed-overdue']);
    expect(overdue[0]!.message).toContain('chậm nhất ngày 24/06/2020');
  });

  it('skips items whose cause document is unknown or has no effective date', () => {
    const unknown = decision({
      signedOn: '2020-12-31',
      items: [
        makeItem({
          action: 'new',
          causeDocument: { number: '99/2020/NĐ-CP', title: null, issuedOn: null, issuer: null },
        }),
      ],
    });
    expect(checkDecisionDeadlines(unknown, context)).toEqual([]);
    const undated = { ...DECREE, effectiveOn: null };
    expect(
      checkDecisionDeadlines(decision({ signedOn: '2020-12-31' }), { legalDocuments: [undated] }),
    ).toEqual([]);
  });
});

describe('checkDecisionDeadlines: the national database', () => {
  // Signed Wednesday 24/06/2020: five working days later is Wednesday 01/07/2020.
  const withDb = (nationalDbOn: string | null, action: 'new' | 'abolished' = 'new') =>
    decision({
      items: [makeItem({ id: 'i1', action, code: '1.008001', name: 'Cấp bản sao điện tử', nationalDbOn })],
    });

  it('is quiet on the due day and warns the day after', () => {
    expect(checkDecisionDeadlines(withDb('2020-07-01'), context)).toEqual([]);
    expect(checkDecisionDeadlines(withDb('2020-07-02'), context)).toEqual([
      {
        severity: 'warning',
        code: 'deadline-national-db-late',
        itemId: 'i1',
        message:
          'Thủ tục mã 1.008001 "Cấp bản sao điện tử": phải cập nhật lên Cơ sở dữ liệu quốc gia chậm nhất ngày 01/07/2020 ' +
          '(5 ngày làm việc kể từ ngày ký quyết định 24/06/2020) nhưng thực hiện ngày 02/07/2020.',
      },
    ]);
    expect(checkDecisionDeadlines(withDb('2020-07-02', 'abolished'), context)[0]!.message).toContain(
      'loại bỏ khỏi Cơ sở dữ liệu quốc gia',
    );
  });

  it('counts working days across Tết: signed 20/01/2020, due 03/02/2020', () => {
    const signed = (nationalDbOn: string) =>
      decision({ signedOn: '2020-01-20', items: [makeItem({ action: 'new', nationalDbOn })] });
    expect(checkDecisionDeadlines(signed('2020-02-03'), context)).toEqual([]);
    expect(checkDecisionDeadlines(signed('2020-02-04'), context)[0]!.message).toContain(
      'chậm nhất ngày 03/02/2020',
    );
  });

  it('reports a missing entry of an issued decision as overdue once the due day has passed', () => {
    expect(checkDecisionDeadlines(withDb(null), { ...context, today: '2020-07-01' })).toEqual([]);
    const issues = checkDecisionDeadlines(withDb(null), { ...context, today: '2020-07-02' });
    expect(issues.map((i) => i.code)).toEqual(['deadline-national-db-overdue']);
  });

  it('uses the rules and calendar it is given', () => {
    const strict: DeadlineRule = {
      id: 'same-day',
      subject: 'national-db-entry',
      anchor: 'decision-signed',
      direction: 'after',
      workingDays: 1,
      issuerKinds: [],
      source: 'test',
      description: 'test',
    };
    // 25/06/2020 declared a day off: one working day after 24/06 becomes 26/06.
    const calendar = createWorkingCalendar([{ date: '2020-06-25', working: false }]);
    expect(checkDecisionDeadlines(withDb('2020-06-26'), { ...context, rules: [strict], calendar })).toEqual(
      [],
    );
    expect(
      checkDecisionDeadlines(withDb('2020-06-29'), { ...context, rules: [strict], calendar }).map(
        (i) => i.code,
      ),
    ).toEqual(['deadline-national-db-late']);
  });
});

describe('issuerKindOf', () => {
  it.each([
    ['UBND tỉnh Hòa Bình', 'province'],
    ['Ủy ban nhân dân thành phố Hà Nội', 'province'],
    ['Chủ tịch UBND tỉnh Sơn La', 'province'],
    ['Bộ Tư pháp', 'ministry'],
    ['Bộ trưởng Bộ Tài chính', 'ministry'],
    ['Sở Tư pháp', undefined],
    [null, undefined],
  ])('%s → %s', (issuer, kind) => {
    expect(issuerKindOf(issuer)).toBe(kind);
  });
});

describe('validateDecision with legal documents', () => {
  it('adds deadline warnings itself when given documents and no precomputed deadline issues', () => {
    const late = decision({ signedOn: '2020-06-25', legalBasis: [CITED] });
    const activeAt = () => new Map();
    expect(validateDecision(late, { activeAt, legalDocuments: [DECREE] }).map((i) => i.code)).toEqual([
      'deadline-decision-signed-late',
    ]);
    expect(validateDecision(late, { activeAt, legalDocuments: [DECREE], deadlineIssues: [] })).toEqual([]);
  });
});
