import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-days';
import { catalogueAt } from '../catalogue/catalogue-at';
import { foldCatalogue } from '../catalogue/fold';
import { fieldsOf } from '../catalogue/procedure-fields';
import { OfficeScopeSchema } from '../model/office';
import { DEFAULT_DEADLINE_RULES } from '../rules/deadline-rules';
import { makeDecision, makeItem, makeVersion } from '../testing/builders';
import { type PostedProcedure, repostingChecklist } from './reposting-checklist';

const calendar = createWorkingCalendar();
const justice = OfficeScopeSchema.parse({ agencies: ['Sở Tư pháp'] });
const baseline = [
  makeVersion({
    code: '1.000001',
    name: 'Cấp phiếu lý lịch tư pháp',
    agency: 'Sở Tư pháp',
    field: 'Lý lịch tư pháp',
    levels: ['province'],
    fees: '200.000 đồng',
  }),
  makeVersion({
    code: '1.000002',
    name: 'Đăng ký hành nghề luật sư',
    agency: 'SỞ TƯ PHÁP',
    field: 'Luật sư',
    levels: ['province'],
  }),
  makeVersion({
    code: '1.000003',
    name: 'Cấp giấy phép xây dựng',
    agency: 'Sở Xây dựng',
    field: 'Xây dựng',
    levels: ['province'],
  }),
];
// Wednesday 01/04/2026: amends 1.000001 (fees), abolishes 1.000002, adds 1.000004.
const decision = makeDecision({
  id: 'qd-7',
  number: '7/QĐ-UBND',
  effectiveOn: '2026-04-01',
  items: [
    makeItem({
      action: 'amended',
      code: '1.000001',
      name: 'Cấp phiếu lý lịch tư pháp',
      changes: { fees: '100.000 đồng' },
    }),
    makeItem({ action: 'abolished', code: '1.000002', name: 'Đăng ký hành nghề luật sư' }),
    makeItem({
      action: 'new',
      code: '1.000004',
      name: 'Cấp chứng chỉ hành nghề thừa phát lại',
      changes: { agency: 'So Tu phap', field: 'Thừa phát lại', levels: ['province'] },
    }),
  ],
});
const history = foldCatalogue(baseline, [decision]);
const postedBefore: PostedProcedure[] = [...catalogueAt(history, '2026-03-01').active.values()]
  .filter((v) => v.agency !== 'Sở Xây dựng')
  .map((v) => ({ procedureId: v.procedureId, fields: fieldsOf(v), postedOn: '2026-03-01', postedBy: 'lan' }));

const checklist = (at: string, posted = postedBefore) =>
  repostingChecklist({ scope: justice, history, at, posted, calendar, rules: DEFAULT_DEADLINE_RULES });

describe('the re-posting checklist of an office', () => {
  it('is empty while the posted list matches the catalogue, and shows the decision as upcoming', () => {
    const before = checklist('2026-03-20');
    expect(before.items).toEqual([]);
    expect(before.pendingSince).toBeNull();
    expect(before.deadline).toBeNull();
    expect(before.upcoming.map((i) => [i.action, i.code, i.since])).toEqual([
      ['take-down', '1.000002', '2026-04-01'],
      ['replace', '1.000001', '2026-04-01'],
      ['add', '1.000004', '2026-04-01'],
    ]);
  });

  it('takes down the abolished, replaces the amended with the diff, adds the new (agency matched without diacritics)', () => {
    const after = checklist('2026-04-03');
    expect(after.items.map((i) => [i.action, i.code, i.decisionNumber])).toEqual([
      ['take-down', '1.000002', '7/QĐ-UBND'],
      ['replace', '1.000001', '7/QĐ-UBND'],
      ['add', '1.000004', '7/QĐ-UBND'],
    ]);
    const replace = after.items[1]!;
    expect(replace.diffs.map((d) => [d.field, d.expected, d.actual])).toEqual([
      ['fees', '200.000 đồng', '100.000 đồng'],
    ]);
    expect(after.counts).toEqual({ 'take-down': 1, replace: 1, add: 1 });
    expect(after.upcoming).toEqual([]);
  });

  it('counts working days open and the deadline of the rule table (5 working days: due Wednesday 08/04)', () => {
    const onTime = checklist('2026-04-08');
    expect(onTime.pendingSince).toBe('2026-04-01');
    expect(onTime.workingDaysOpen).toBe(5);
    expect(onTime.deadline).toMatchObject({ dueOn: '2026-04-08', overdue: false, workingDays: 5 });
    const late = checklist('2026-04-09');
    expect(late.deadline?.overdue).toBe(true);
    const noRule = repostingChecklist({
      scope: justice,
      history,
      at: '2026-04-09',
      posted: postedBefore,
      calendar,
      rules: [],
    });
    expect(noRule.deadline).toBeNull();
    expect(noRule.workingDaysOpen).toBe(6);
  });

  it('empties as items are done: the posted list then holds the content in force', () => {
    const state = catalogueAt(history, '2026-04-03');
    const posted: PostedProcedure[] = ['1.000001', '1.000004'].map((id) => ({
      procedureId: id,
      fields: fieldsOf(state.active.get(id)!),
      postedOn: '2026-04-03',
      postedBy: 'lan',
    }));
    const done = checklist('2026-04-03', posted);
    expect(done.items).toEqual([]);
    expect(done.workingDaysOpen).toBe(0);
  });

  it('an office that never posted gets every procedure to add, with no deadline for the baseline', () => {
    const first = checklist('2026-03-20', []);
    expect(first.neverPosted).toBe(true);
    // By field in Vietnamese order: «Luật sư» before «Lý lịch tư pháp».
    expect(first.items.map((i) => [i.action, i.code])).toEqual([
      ['add', '1.000002'],
      ['add', '1.000001'],
    ]);
    expect(first.pendingSince).toBeNull();
    expect(first.deadline).toBeNull();
  });

  it('takes down a procedure moved to another agency', () => {
    const moved = foldCatalogue(baseline, [
      makeDecision({
        id: 'qd-8',
        number: '8/QĐ-UBND',
        effectiveOn: '2026-04-01',
        items: [makeItem({ action: 'amended', code: '1.000001', changes: { agency: 'Sở Nội vụ' } })],
      }),
    ]);
    const result = repostingChecklist({
      scope: justice,
      history: moved,
      at: '2026-04-02',
      posted: postedBefore,
      calendar,
      rules: [],
    });
    expect(result.items.map((i) => [i.action, i.code, i.since])).toEqual([
      ['take-down', '1.000001', '2026-04-01'],
    ]);
  });
});
