import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-days';
import { ReviewTaskSchema } from '../model/legal-document';
import { DEFAULT_DEADLINE_RULES } from '../rules/deadline-rules';
import { makeDecision, makeItem } from '../testing/builders';
import { activeMapOf, makeCitingVersion, makeLegalDocument } from '../testing/legal-builders';
import { legalRegistry } from './registry';
import {
  closeReviewTasksForDecision,
  draftItemsFromReviewTasks,
  linkReviewTasksToDecision,
} from './review-task-decision';
import { reviewTaskDueState } from './review-task-due';
import { eventReviewTasks } from './review-tasks';

const calendar = createWorkingCalendar();
const active = activeMapOf([
  makeCitingVersion('1.000001', ['43/2014/NĐ-CP', '59/2020/QH14']),
  makeCitingVersion('1.000002', ['Nghị định số 43/2014/NĐCP']),
  makeCitingVersion('1.000003', ['01/2018/TT-VPCP']),
]);
const amending = makeLegalDocument({
  id: 'nd-10',
  number: '10/2025/NĐ-CP',
  title: 'Sửa đổi Nghị định 43',
  issuedOn: '2025-01-20',
  effectiveOn: '2025-02-06',
  relations: [{ kind: 'amends', target: '43/2014/NĐ-CP' }],
});
const abolishing = makeLegalDocument({
  id: 'tt-3',
  number: '3/2025/TT-VPCP',
  effectiveOn: '2025-03-03',
  relations: [{ kind: 'abolishes', target: '01/2018/TT-VPCP' }],
});
const registry = legalRegistry([amending, abolishing]);
const context = { rules: DEFAULT_DEADLINE_RULES, calendar, issuerKind: 'province', activeOn: () => active };
const tasks = [...eventReviewTasks(amending, context), ...eventReviewTasks(abolishing, context)];

describe('drafting a decision from review tasks', () => {
  it('amends the citing procedures (new document added to their legal basis) and abolishes the abolished', () => {
    const items = draftItemsFromReviewTasks(tasks, active, registry);
    expect(items.map((i) => [i.procedureId, i.action])).toEqual([
      ['1.000001', 'amended'],
      ['1.000002', 'amended'],
      ['1.000003', 'abolished'],
    ]);
    expect(items[0]!.changes.legalBasis?.map((r) => r.number)).toEqual([
      '43/2014/NĐ-CP',
      '10/2025/NĐ-CP',
      '59/2020/QH14',
    ]);
    expect(items[0]!.causeDocument).toEqual({
      number: '10/2025/NĐ-CP',
      title: 'Sửa đổi Nghị định 43',
      issuedOn: '2025-01-20',
      issuer: null,
    });
  });

  it('follows the outcome a reviewer chose: replace swaps the citation, keep gives no item', () => {
    const chosen = [
      { ...tasks[0]!, outcome: 'replace' as const },
      { ...tasks[1]!, outcome: 'keep' as const },
    ];
    const items = draftItemsFromReviewTasks(chosen, active, registry);
    expect(items).toHaveLength(1);
    expect(items[0]!.changes.legalBasis?.map((r) => r.number)).toEqual(['10/2025/NĐ-CP', '59/2020/QH14']);
  });

  it('closes the linked tasks once the decision is issued, with the outcome it carried out', () => {
    const linked = linkReviewTasksToDecision(tasks, 'qd-7');
    expect(linked.every((t) => t.state === 'in_progress' && t.decisionId === 'qd-7')).toBe(true);
    const items = draftItemsFromReviewTasks(linked, active, registry);
    const draft = makeDecision({ id: 'qd-7', state: 'approved', items });
    expect(closeReviewTasksForDecision(linked, draft).map((t) => t.state)).toEqual([
      'in_progress',
      'in_progress',
      'in_progress',
    ]);
    const closed = closeReviewTasksForDecision([...linked, tasks[0]!], { ...draft, state: 'issued' });
    expect(closed.map((t) => [t.state, t.outcome])).toEqual([
      ['done', 'amend'],
      ['done', 'amend'],
      ['done', 'abolish'],
      ['open', null],
    ]);
    expect(
      closeReviewTasksForDecision(
        linked,
        makeDecision({ id: 'qd-8', items: [makeItem({ action: 'amended' })] }),
      ),
    ).toEqual(linked);
  });
});

describe('reviewTaskDueState', () => {
  const task = ReviewTaskSchema.parse({ id: 't', documentNumber: '43/2014/NĐ-CP', dueOn: '2025-01-23' });
  it('overdue after the date, due this week until Sunday, upcoming after it, done once done', () => {
    // Thursday 23/01/2025 is due; the week runs Monday 20/01 to Sunday 26/01.
    expect(reviewTaskDueState(task, '2025-01-20', calendar)).toEqual({
      due: 'due_this_week',
      workingDaysLeft: 3,
    });
    expect(reviewTaskDueState(task, '2025-01-23', calendar)).toEqual({
      due: 'due_this_week',
      workingDaysLeft: 0,
    });
    expect(reviewTaskDueState(task, '2025-01-17', calendar).due).toBe('upcoming');
    // Late across Tết: Fri 24/01 and Mon 03/02 are the only working days after the due date.
    expect(reviewTaskDueState(task, '2025-02-03', calendar)).toEqual({ due: 'overdue', workingDaysLeft: -2 });
    expect(reviewTaskDueState({ ...task, state: 'done' }, '2025-02-03', calendar).due).toBe('done');
    expect(reviewTaskDueState({ ...task, dueOn: null }, '2025-02-03', calendar).due).toBe('no_date');
  });
});
