import { describe, expect, it } from 'vitest';
import type { Decision, ProcedureVersion } from '../model/index';
import { makeDecision, makeItem, makeVersion } from '../testing/builders';
import { DecisionRuleError } from './decision-rule-error';
import { issueDecision } from './issue';
import { decisionRevisionHash } from './revision';
import { applyDecisionCommand, editDecision } from './state-machine';
import type { DecisionValidationContext } from './validate';

const T = '2026-11-25T08:00:00.000Z';

function contextWith(versions: ProcedureVersion[]): DecisionValidationContext {
  return { activeAt: () => new Map(versions.map((v) => [v.procedureId, v])) };
}

function approvedDraft(overrides: Partial<Decision> = {}): Decision {
  let decision = makeDecision({
    number: '',
    signedOn: null,
    effectiveOn: '2027-01-01',
    state: 'draft',
    author: 'lan',
    legalBasis: [{ number: '45/2020/NĐ-CP', title: null, issuedOn: null, issuer: null }],
    items: [makeItem({ action: 'new', code: '1.009999', changes: { name: 'Thủ tục mới' } })],
    ...overrides,
  });
  decision = { ...decision, revisionHash: decisionRevisionHash(decision) };
  decision = applyDecisionCommand(decision, { type: 'submit', actor: 'lan' }, T);
  return applyDecisionCommand(decision, { type: 'approve', actor: 'minh' }, T);
}

describe('issueDecision', () => {
  it('records number and dates after the approval guard, without making the approval stale', () => {
    const approved = approvedDraft();
    const outcome = issueDecision(
      approved,
      { number: ' 12/QĐ-UBND ', signedOn: '2026-12-20', effectiveOn: '2027-01-05' },
      'hoa',
      T,
      contextWith([]),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { decision } = outcome;
    expect(decision).toMatchObject({
      state: 'issued',
      number: '12/QĐ-UBND',
      signedOn: '2026-12-20',
      effectiveOn: '2027-01-05',
      author: 'lan',
      revision: approved.revision + 1,
    });
    expect(decision.revisionHash).toBe(decisionRevisionHash(decision));
    expect(decision.transitions.at(-1)).toMatchObject({ from: 'approved', to: 'issued', actor: 'hoa' });
    expect(decision.approvals).toEqual(approved.approvals);
  });

  it('keeps the planned effective date when none is given', () => {
    const outcome = issueDecision(
      approvedDraft(),
      { number: '12/QĐ-UBND', signedOn: '2026-12-20' },
      'hoa',
      T,
      contextWith([]),
    );
    expect(outcome.ok && outcome.decision.effectiveOn).toBe('2027-01-01');
  });

  it('refuses an issue the catalogue at the corrected effective date does not allow (422, not written)', () => {
    const outcome = issueDecision(
      approvedDraft(),
      { number: '12/QĐ-UBND', signedOn: '2026-12-20' },
      'hoa',
      T,
      contextWith([makeVersion({ code: '1.009999', procedureId: '1.009999' })]),
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.issues.map((i) => i.code)).toContain('code-already-active');
  });

  it('requires a number', () => {
    const outcome = issueDecision(
      approvedDraft(),
      { number: '  ', signedOn: '2026-12-20' },
      'hoa',
      T,
      contextWith([]),
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.issues[0]?.code).toBe('missing-number');
  });

  it('refuses stale approvals and non-approved decisions through the state machine', () => {
    const edited = editDecision(approvedDraft(), (c) => ({ ...c, title: 'Sửa' }), 'lan', T);
    expect(edited.state).toBe('in_review');
    expect(() =>
      issueDecision(edited, { number: '1', signedOn: '2026-12-20' }, 'hoa', T, contextWith([])),
    ).toThrow(DecisionRuleError);
  });
});
