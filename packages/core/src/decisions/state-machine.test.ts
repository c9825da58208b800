import { describe, expect, it } from 'vitest';
import type { Decision } from '../model/decision';
import { makeDecision, makeItem } from '../testing/builders';
import { DecisionRuleError } from './decision-rule-error';
import { decisionRevisionHash } from './revision';
import {
  applyDecisionCommand,
  availableCommands,
  commandError,
  type DecisionCommand,
  editDecision,
  freshApprovals,
} from './state-machine';
import type { ValidationIssue } from './validation-issue';

const T0 = '2024-03-01T08:00:00.000Z';
const T1 = '2024-03-02T08:00:00.000Z';
const T2 = '2024-03-03T08:00:00.000Z';

function draft(overrides: Partial<Decision> = {}): Decision {
  return makeDecision({ state: 'draft', author: 'lan', items: [makeItem({ action: 'new' })], ...overrides });
}

function run(decision: Decision, command: DecisionCommand, now = T0, requiredApprovals?: number): Decision {
  return applyDecisionCommand(decision, command, now, { requiredApprovals });
}

/** The error a call throws, so tests can assert on code and message. */
function thrown(fn: () => unknown): DecisionRuleError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DecisionRuleError) return error;
    throw error;
  }
  throw new Error('expected a DecisionRuleError, nothing was thrown');
}

const submitted = () => run(draft(), { type: 'submit', actor: 'lan' });
const approved = () => run(submitted(), { type: 'approve', actor: 'minh' }, T1);

describe('decision state machine: the happy path', () => {
  it('goes draft → in_review → approved → issued, recording every transition', () => {
    const issued = run(approved(), { type: 'issue', actor: 'chairman', comment: ' Ký ban hành ' }, T2);
    expect(issued.state).toBe('issued');
    expect(issued.transitions).toEqual([
      { from: 'draft', to: 'in_review', actor: 'lan', at: T0, comment: null },
      { from: 'in_review', to: 'approved', actor: 'minh', at: T1, comment: null },
      { from: 'approved', to: 'issued', actor: 'chairman', at: T2, comment: 'Ký ban hành' },
    ]);
    expect(issued.approvals).toEqual([
      { reviewer: 'minh', revisionHash: decisionRevisionHash(issued), at: T1, comment: null },
    ]);
    expect(issued.revisionHash).toBe(decisionRevisionHash(issued));
  });

  it('loops through changes_requested and back to review', () => {
    const returned = run(submitted(), { type: 'request_changes', actor: 'minh', comment: 'Thiếu căn cứ' });
    expect(returned.state).toBe('changes_requested');
    expect(returned.transitions.at(-1)).toEqual({
      from: 'in_review',
      to: 'changes_requested',
      actor: 'minh',
      at: T0,
      comment: 'Thiếu căn cứ',
    });
    const again = run(returned, { type: 'submit', actor: 'lan' }, T1);
    expect(again.state).toBe('in_review');
    expect(again.transitions.map((t) => t.to)).toEqual(['in_review', 'changes_requested', 'in_review']);
  });

  it('never mutates its input', () => {
    const before = submitted();
    const snapshot = structuredClone(before);
    run(before, { type: 'approve', actor: 'minh' });
    editDecision(before, (c) => ({ ...c, title: 'mới' }), 'minh', T1);
    expect(before).toEqual(snapshot);
  });
});

describe('approvals', () => {
  it('refuses self-approval by the author of the current revision', () => {
    const error = thrown(() => run(submitted(), { type: 'approve', actor: 'lan' }));
    expect(error.code).toBe('self-approval');
    expect(error.message).toContain('lan');
  });

  it('makes an editor the author: a reviewer who edits may no longer approve, the drafter now may', () => {
    const edited = editDecision(submitted(), (c) => ({ ...c, title: 'Sửa tiêu đề' }), 'minh', T1);
    expect(edited.author).toBe('minh');
    expect(thrown(() => run(edited, { type: 'approve', actor: 'minh' })).code).toBe('self-approval');
    expect(run(edited, { type: 'approve', actor: 'lan' }).state).toBe('approved');
  });

  it('needs requiredApprovals distinct reviewers; one reviewer counts once', () => {
    const once = run(submitted(), { type: 'approve', actor: 'minh' }, T1, 2);
    expect(once.state).toBe('in_review');
    expect(once.transitions.at(-1)).toMatchObject({ from: 'in_review', to: 'in_review', actor: 'minh' });
    const twice = run(once, { type: 'approve', actor: 'minh' }, T2, 2);
    expect(twice.state).toBe('in_review');
    expect(freshApprovals(twice).map((a) => a.reviewer)).toEqual(['minh', 'minh']);
    const other = run(twice, { type: 'approve', actor: 'hoa' }, T2, 2);
    expect(other.state).toBe('approved');
  });

  it('does not count approvals of an earlier revision', () => {
    const once = run(submitted(), { type: 'approve', actor: 'minh' }, T1, 2);
    const edited = editDecision(once, (c) => ({ ...c, title: 'Sửa' }), 'lan', T1);
    expect(freshApprovals(edited)).toEqual([]);
    const second = run(edited, { type: 'approve', actor: 'hoa' }, T2, 2);
    expect(second.state).toBe('in_review');
    expect(run(second, { type: 'approve', actor: 'minh' }, T2, 2).state).toBe('approved');
  });

  it('rejects a nonsensical requiredApprovals', () => {
    expect(() => run(submitted(), { type: 'approve', actor: 'minh' }, T1, 0)).toThrow(/requiredApprovals/);
  });
});

describe('guards', () => {
  it('blocks submit when validation has errors, not when it has only warnings', () => {
    const error: ValidationIssue = {
      severity: 'error',
      code: 'not-active',
      itemId: 'x',
      message: 'Không có',
    };
    const warning: ValidationIssue = {
      severity: 'warning',
      code: 'no-legal-basis',
      itemId: 'x',
      message: 'W',
    };
    const refused = thrown(() => run(draft(), { type: 'submit', actor: 'lan', issues: [warning, error] }));
    expect(refused.code).toBe('blocking-errors');
    expect(refused.message).toContain('Không có');
    expect(refused.message).not.toContain('W;');
    expect(run(draft(), { type: 'submit', actor: 'lan', issues: [warning] }).state).toBe('in_review');
  });

  it('requires a comment to request changes or withdraw', () => {
    expect(
      thrown(() => run(submitted(), { type: 'request_changes', actor: 'minh', comment: '  ' })).code,
    ).toBe('comment-required');
    expect(thrown(() => run(draft(), { type: 'withdraw', actor: 'lan', comment: '' })).code).toBe(
      'comment-required',
    );
  });

  it('requires an actor', () => {
    expect(thrown(() => run(draft(), { type: 'submit', actor: ' ' })).code).toBe('actor-required');
  });

  it.each<[Decision['state'], DecisionCommand]>([
    ['draft', { type: 'approve', actor: 'minh' }],
    ['draft', { type: 'issue', actor: 'minh' }],
    ['in_review', { type: 'submit', actor: 'lan' }],
    ['in_review', { type: 'issue', actor: 'minh' }],
    ['changes_requested', { type: 'approve', actor: 'minh' }],
    ['approved', { type: 'approve', actor: 'minh' }],
    ['approved', { type: 'request_changes', actor: 'minh', comment: 'x' }],
    ['withdrawn', { type: 'submit', actor: 'lan' }],
    ['withdrawn', { type: 'withdraw', actor: 'lan', comment: 'x' }],
  ])('refuses an invalid transition from %s: %o', (state, command) => {
    const error = thrown(() => run(draft({ state }), command));
    expect(error.code).toBe('invalid-transition');
    expect(error.message).toContain(state);
  });

  it('withdraws from every state but issued, and an issued decision is immutable', () => {
    for (const state of ['draft', 'in_review', 'changes_requested', 'approved'] as const) {
      const withdrawn = run(draft({ state }), { type: 'withdraw', actor: 'lan', comment: 'Không ban hành' });
      expect(withdrawn.state).toBe('withdrawn');
      expect(withdrawn.transitions.at(-1)).toMatchObject({
        from: state,
        to: 'withdrawn',
        comment: 'Không ban hành',
      });
    }
    const issued = draft({ state: 'issued' });
    expect(thrown(() => run(issued, { type: 'withdraw', actor: 'lan', comment: 'x' })).code).toBe(
      'immutable',
    );
    expect(thrown(() => editDecision(issued, (c) => ({ ...c, title: 'x' }), 'lan', T0)).code).toBe(
      'immutable',
    );
  });

  it('refuses to issue when the content changed since approval: "approvals are stale"', () => {
    // Content changed behind the state machine's back (e.g. a restored backup edited by hand).
    const tampered = { ...approved(), title: 'Đổi sau khi duyệt' };
    const error = thrown(() => run(tampered, { type: 'issue', actor: 'chairman' }));
    expect(error.code).toBe('stale-approvals');
    expect(error.message).toMatch(/^approvals are stale/);
  });

  it('commandError explains without throwing; availableCommands lists what an actor can do', () => {
    expect(commandError(submitted(), { type: 'approve', actor: 'lan' })?.code).toBe('self-approval');
    expect(commandError(submitted(), { type: 'approve', actor: 'minh' })).toBeNull();
    expect(availableCommands(submitted(), 'lan')).toEqual(['request_changes', 'withdraw']);
    expect(availableCommands(submitted(), 'minh')).toEqual(['approve', 'request_changes', 'withdraw']);
    expect(availableCommands(approved(), 'minh')).toEqual(['issue', 'withdraw']);
    expect(availableCommands(draft({ state: 'issued' }), 'minh')).toEqual([]);
  });
});

describe('editDecision', () => {
  it('bumps the revision, recomputes the hash and sets the author', () => {
    const d = draft();
    const edited = editDecision(d, (c) => ({ ...c, title: 'Công bố TTHC lĩnh vực Hộ tịch' }), 'hoa', T1);
    expect(edited.title).toBe('Công bố TTHC lĩnh vực Hộ tịch');
    expect(edited.revision).toBe(d.revision + 1);
    expect(edited.revisionHash).toBe(decisionRevisionHash(edited));
    expect(edited.revisionHash).not.toBe(decisionRevisionHash(d));
    expect(edited.author).toBe('hoa');
    expect(edited.state).toBe('draft');
    expect(edited.transitions).toEqual([]);
  });

  it('sends an approved decision back to review with its approvals stale', () => {
    const back = editDecision(approved(), (c) => ({ ...c, effectiveOn: '2024-04-01' }), 'lan', T2);
    expect(back.state).toBe('in_review');
    expect(back.transitions.at(-1)).toMatchObject({
      from: 'approved',
      to: 'in_review',
      actor: 'lan',
      at: T2,
    });
    expect(back.approvals).toHaveLength(1);
    expect(freshApprovals(back)).toEqual([]);
    expect(thrown(() => run(back, { type: 'issue', actor: 'chairman' })).code).toBe('invalid-transition');
  });

  it('keeps editing allowed in review and after changes were requested', () => {
    const returned = run(submitted(), { type: 'request_changes', actor: 'minh', comment: 'Sửa tên' });
    expect(editDecision(returned, (c) => ({ ...c, title: 'a' }), 'lan', T1).state).toBe('changes_requested');
    expect(editDecision(submitted(), (c) => ({ ...c, title: 'a' }), 'lan', T1).state).toBe('in_review');
  });

  it('returns the decision unchanged when the edit changes nothing', () => {
    const a = approved();
    expect(editDecision(a, (c) => ({ ...c }), 'someone', T2)).toBe(a);
  });

  it('takes only content from the edit: it cannot slip in a state change', () => {
    const sneaky = editDecision(
      draft(),
      (c) => ({ ...c, title: 'x', state: 'issued' }) as unknown as typeof c,
      'lan',
      T1,
    );
    expect(sneaky.state).toBe('draft');
  });

  it('refuses to edit a withdrawn decision', () => {
    const error = thrown(() =>
      editDecision(draft({ state: 'withdrawn' }), (c) => ({ ...c, title: 'x' }), 'lan', T0),
    );
    expect(error.code).toBe('immutable');
    expect(error.message).toContain('withdrawn');
  });
});
