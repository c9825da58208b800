import { describe, expect, it } from 'vitest';
import { waitingOn } from '../api/waiting';
import type { Decision } from '../model/decision';
import { makeDecision, makeItem } from '../testing/builders';
import { DecisionRuleError } from './decision-rule-error';
import { applyDecisionCommand, availableCommands } from './state-machine';

const T0 = '2024-03-01T08:00:00.000Z';

function draft(overrides: Partial<Decision> = {}): Decision {
  return makeDecision({ state: 'draft', author: 'lan', items: [makeItem({ action: 'new' })], ...overrides });
}

const sentTo = (reviewers: string[]) =>
  applyDecisionCommand(draft(), { type: 'submit', actor: 'lan', reviewers }, T0);

function refusal(fn: () => unknown): DecisionRuleError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DecisionRuleError) return error;
    throw error;
  }
  throw new Error('expected a DecisionRuleError, nothing was thrown');
}

describe('named reviewers', () => {
  it('stores the reviewers a draft is sent to, once each; none named = any reviewer', () => {
    expect(sentTo(['minh', 'hoa', 'minh']).reviewers).toEqual(['minh', 'hoa']);
    expect(applyDecisionCommand(draft(), { type: 'submit', actor: 'lan' }, T0).reviewers).toEqual([]);
  });

  it('replaces them on resubmission', () => {
    const first = sentTo(['minh']);
    const back = applyDecisionCommand(
      first,
      { type: 'request_changes', actor: 'minh', comment: 'Sửa tên' },
      T0,
    );
    expect(back.reviewers).toEqual(['minh']);
    const again = applyDecisionCommand(back, { type: 'submit', actor: 'lan', reviewers: ['tuan'] }, T0);
    expect(again.reviewers).toEqual(['tuan']);
    const open = applyDecisionCommand(back, { type: 'submit', actor: 'lan', reviewers: [] }, T0);
    expect(open.reviewers).toEqual([]);
  });

  it('takes a verdict only from a named reviewer, naming them in the refusal', () => {
    const decision = sentTo(['minh']);
    const approve = refusal(() => applyDecisionCommand(decision, { type: 'approve', actor: 'tuan' }, T0));
    expect(approve.code).toBe('not-assigned-reviewer');
    expect(approve.params).toEqual({ reviewers: ['minh'] });
    const changes = refusal(() =>
      applyDecisionCommand(decision, { type: 'request_changes', actor: 'tuan', comment: 'x' }, T0),
    );
    expect(changes.code).toBe('not-assigned-reviewer');
    expect(applyDecisionCommand(decision, { type: 'approve', actor: 'minh' }, T0).state).toBe('approved');
    expect(availableCommands(decision, 'tuan')).toEqual(['withdraw']);
    expect(availableCommands(decision, 'minh')).toEqual(['approve', 'request_changes', 'withdraw']);
  });

  it('lets any reviewer give a verdict when none is named, and reads stored documents without the key', () => {
    const { reviewers: _omitted, ...old } = applyDecisionCommand(
      draft(),
      { type: 'submit', actor: 'lan' },
      T0,
    );
    const legacy = old as Decision;
    expect(applyDecisionCommand(legacy, { type: 'approve', actor: 'tuan' }, T0).state).toBe('approved');
    expect(waitingOn(legacy, 'tuan', ['reviewer'])).toBe(true);
  });

  it('waits only on the named reviewers', () => {
    const decision = sentTo(['minh']);
    expect(waitingOn(decision, 'minh', ['reviewer'])).toBe(true);
    expect(waitingOn(decision, 'tuan', ['reviewer'])).toBe(false);
    expect(waitingOn(sentTo([]), 'tuan', ['reviewer'])).toBe(true);
  });
});
