import { describe, expect, it } from 'vitest';
import type { Decision } from '../model/decision';
import type { LegalDocument } from '../model/legal-document';
import { makeDecision, makeItem } from '../testing/builders';
import { decisionDeadlineStatus } from './deadline-status';

// Decree 45/2020/NĐ-CP took effect on Wednesday 01/07/2020: a provincial decision is due
// 5 working days earlier, on Wednesday 24/06/2020 (see deadline-check.test.ts).
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
const CITED = { number: '45/2020/NĐ-CP', title: null, issuedOn: null, issuer: null };

function draft(overrides: Partial<Decision> = {}): Decision {
  return makeDecision({
    state: 'in_review',
    issuer: 'UBND tỉnh Hòa Bình',
    signedOn: null,
    items: [makeItem({ id: 'i1', action: 'new', causeDocument: CITED })],
    ...overrides,
  });
}

const at = (today: string) => ({ legalDocuments: [DECREE], today });

describe('decisionDeadlineStatus: signing a decision not yet issued', () => {
  it('is ok well before, due soon within 5 working days, overdue after the due day', () => {
    const signing = (today: string) => decisionDeadlineStatus(draft(), at(today));
    expect(signing('2020-06-01')).toEqual({ status: 'ok', kind: 'decision-signed', dueOn: '2020-06-24' });
    // Wednesday 17/06 is 5 working days before Wednesday 24/06; Tuesday 16/06 is 6.
    expect(signing('2020-06-16').status).toBe('ok');
    expect(signing('2020-06-17').status).toBe('due-soon');
    expect(signing('2020-06-24').status).toBe('due-soon');
    expect(signing('2020-06-25')).toEqual({
      status: 'overdue',
      kind: 'decision-signed',
      dueOn: '2020-06-24',
    });
  });

  it('has no deadline without the cause document, for an unknown issuer, or once withdrawn', () => {
    const none = { status: 'none', kind: null, dueOn: null };
    expect(decisionDeadlineStatus(draft(), { legalDocuments: [], today: '2020-06-25' })).toEqual(none);
    expect(decisionDeadlineStatus(draft({ issuer: 'Sở Tư pháp' }), at('2020-06-25'))).toEqual(none);
    expect(decisionDeadlineStatus(draft({ state: 'withdrawn' }), at('2020-06-25'))).toEqual(none);
  });

  it('takes the earliest due day over the items', () => {
    const earlier: LegalDocument = {
      ...DECREE,
      id: 'nd-1',
      number: '1/2020/NĐ-CP',
      effectiveOn: '2020-06-15',
    };
    const decision = draft({
      items: [
        makeItem({ id: 'i1', action: 'new', causeDocument: CITED }),
        makeItem({ id: 'i2', action: 'new', causeDocument: { ...CITED, number: '1/2020/NĐ-CP' } }),
      ],
    });
    const status = decisionDeadlineStatus(decision, {
      legalDocuments: [DECREE, earlier],
      today: '2020-05-01',
    });
    expect(status).toEqual({ status: 'ok', kind: 'decision-signed', dueOn: '2020-06-08' });
  });
});

describe('decisionDeadlineStatus: the national database after issue', () => {
  // Signed Wednesday 24/06/2020: entries are due by Wednesday 01/07/2020.
  const issued = (...nationalDbOn: (string | null)[]) =>
    makeDecision({
      state: 'issued',
      signedOn: '2020-06-24',
      items: nationalDbOn.map((on, i) => makeItem({ id: `i${i}`, action: 'new', nationalDbOn: on })),
    });

  it('counts from signing while some item is not entered', () => {
    expect(decisionDeadlineStatus(issued(null), at('2020-06-24'))).toEqual({
      status: 'due-soon',
      kind: 'national-db-entry',
      dueOn: '2020-07-01',
    });
    expect(decisionDeadlineStatus(issued('2020-06-25', null), at('2020-07-02')).status).toBe('overdue');
  });

  it('is late when every item is entered but one after the due day, none when all were on time', () => {
    expect(decisionDeadlineStatus(issued('2020-06-25', '2020-07-02'), at('2020-08-01'))).toEqual({
      status: 'late',
      kind: 'national-db-entry',
      dueOn: '2020-07-01',
    });
    expect(decisionDeadlineStatus(issued('2020-07-01'), at('2020-08-01'))).toEqual({
      status: 'none',
      kind: null,
      dueOn: null,
    });
  });
});
