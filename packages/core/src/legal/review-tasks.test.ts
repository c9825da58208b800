import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-days';
import { DEFAULT_DEADLINE_RULES } from '../rules/deadline-rules';
import { activeMapOf, makeCitingVersion, makeLegalDocument } from '../testing/legal-builders';
import { eventReviewTasks, publicationDueDate, ReviewTaskError } from './review-tasks';

const calendar = createWorkingCalendar();
const province = { rules: DEFAULT_DEADLINE_RULES, calendar, issuerKind: 'province' };

describe('publicationDueDate', () => {
  it('counts 5 working days back across Tết Ất Tỵ (off 25/01 – 02/02/2025)', () => {
    // Effective Thu 06/02: 05/02, 04/02, 03/02, then Tết, then Fri 24/01, Thu 23/01.
    expect(publicationDueDate('2025-02-06', province)).toBe('2025-01-23');
  });

  it('skips the Monday given off for Giỗ Tổ falling on Sunday 26/04/2026, and 30/4–1/5', () => {
    // Effective Tue 05/05: Mon 04/05, (Fri 01/05, Thu 30/04 off) Wed 29/04, Tue 28/04,
    // (Mon 27/04 compensatory day) Fri 24/04, Thu 23/04.
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false);
    expect(publicationDueDate('2026-05-05', province)).toBe('2026-04-23');
  });

  it('takes the ministry rule for a ministry, and refuses an issuer kind with no rule', () => {
    expect(publicationDueDate('2025-03-03', { ...province, issuerKind: 'ministry' })).toBe(
      calendar.addWorkingDays('2025-03-03', -20),
    );
    expect(() => publicationDueDate('2025-03-03', { ...province, issuerKind: 'commune' })).toThrow(
      ReviewTaskError,
    );
  });
});

describe('eventReviewTasks', () => {
  const before = activeMapOf([
    makeCitingVersion('1.000001', ['Nghị định số 43/2014/NĐ-CP']),
    makeCitingVersion('1.000002', ['43/2014/NĐCP', '01/2018/TT-VPCP']),
    makeCitingVersion('1.000003', ['01 /2018/TT-VPCP']),
    makeCitingVersion('1.000004', ['59/2020/QH14']),
  ]);
  // The catalogue changes on 01/06/2025: procedure 1.000003 is abolished by then.
  const after = activeMapOf([...before.values()].filter((v) => v.code !== '1.000003'));
  const activeOn = (date: string) => (date < '2025-06-01' ? before : after);

  it('creates one task per procedure citing the amended document, due 5 working days before it takes effect', () => {
    const amending = makeLegalDocument({
      id: 'nd-10',
      number: '10/2025/NĐ-CP',
      effectiveOn: '2025-02-06',
      relations: [{ kind: 'amends', target: '43/2014/NĐ-CP' }],
    });
    const tasks = eventReviewTasks(amending, { ...province, activeOn });
    expect(tasks).toEqual([
      expect.objectContaining({
        id: 'event:nd-10:1.000001',
        kind: 'event',
        state: 'open',
        campaignId: null,
        documentNumber: '43/2014/NĐ-CP',
        procedureIds: ['1.000001'],
        dueOn: '2025-01-23',
        triggeredBy: '10/2025/NĐ-CP',
        relation: 'amends',
        outcome: null,
      }),
      expect.objectContaining({ id: 'event:nd-10:1.000002', procedureIds: ['1.000002'] }),
    ]);
  });

  it('reads the catalogue on the effective date, one task per procedure, the heavier relation first', () => {
    const doc = makeLegalDocument({
      id: 'tt-2',
      number: '2/2025/TT-VPCP',
      effectiveOn: '2025-07-01',
      relations: [
        { kind: 'amends', target: '43/2014/NĐ-CP' },
        { kind: 'replaces', target: '01/2018/TT-VPCP' },
      ],
    });
    const tasks = eventReviewTasks(doc, { ...province, activeOn });
    expect(tasks.map((t) => [t.procedureIds[0], t.relation, t.documentNumber])).toEqual([
      ['1.000002', 'replaces', '01/2018/TT-VPCP'],
      ['1.000001', 'amends', '43/2014/NĐ-CP'],
    ]);
  });

  it('gives no tasks without relations and refuses a document without dates', () => {
    expect(
      eventReviewTasks(makeLegalDocument({ number: '3/2025/NĐ-CP' }), { ...province, activeOn }),
    ).toEqual([]);
    const undated = makeLegalDocument({
      number: '4/2025/NĐ-CP',
      relations: [{ kind: 'amends', target: '43/2014/NĐ-CP' }],
    });
    expect(() => eventReviewTasks(undated, { ...province, activeOn })).toThrow(/no effective or issue date/);
  });
});
