import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-days';
import { type DeadlineRule, DeadlineRuleSchema } from '../model/settings';
import { DEFAULT_DEADLINE_RULES } from './deadline-rules';
import { applicableDeadlineRules, checkDeadline, deadlineFor } from './deadlines';

const calendar = createWorkingCalendar();

function rule(id: string): DeadlineRule {
  const found = DEFAULT_DEADLINE_RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no default rule ${id}`);
  return found;
}

describe('DEFAULT_DEADLINE_RULES', () => {
  it('is valid settings data with unique ids and a source for every rule', () => {
    for (const r of DEFAULT_DEADLINE_RULES) {
      expect(DeadlineRuleSchema.parse(r)).toEqual(r);
      expect(r.source).toMatch(/63\/2010\/NĐ-CP/);
    }
    expect(new Set(DEFAULT_DEADLINE_RULES.map((r) => r.id)).size).toBe(DEFAULT_DEADLINE_RULES.length);
  });

  it('holds the DESIGN §6 figures: 5 days (province), 20 (ministry), 5 after signing, before 31 January', () => {
    expect(rule('province-decision-before-effect')).toMatchObject({ direction: 'before', workingDays: 5 });
    expect(rule('ministry-decision-before-effect')).toMatchObject({ direction: 'before', workingDays: 20 });
    expect(rule('national-db-entry-after-signing')).toMatchObject({ direction: 'after', workingDays: 5 });
    expect(deadlineFor(rule('annual-review-plan'), '2025-01-01', calendar)).toBe('2025-01-30');
  });
});

describe('deadlineFor', () => {
  it('province: signed at least 5 working days before the document takes effect, counting over Tết', () => {
    // Effective Mon 19/02/2024. Working days before it: Fri 16, Thu 15 (Tết ended on the
    // 14th), then Wed 7, Tue 6, Mon 5 February.
    expect(deadlineFor(rule('province-decision-before-effect'), '2024-02-19', calendar)).toBe('2024-02-05');
    // An ordinary week: effective Mon 18/03/2024 → signed by Mon 11/03.
    expect(deadlineFor(rule('province-decision-before-effect'), '2024-03-18', calendar)).toBe('2024-03-11');
  });

  it('ministry: 20 working days before', () => {
    // Effective Tue 01/07/2025, no holidays in June: the 20th working day before is Tue 03/06.
    expect(deadlineFor(rule('ministry-decision-before-effect'), '2025-07-01', calendar)).toBe('2025-06-03');
  });

  it('national database: within 5 working days of signing, counting a make-up Saturday', () => {
    // Signed Fri 25/04/2025: Sat 26/4 (make-up), Mon 28, Tue 29, then 30/4–4/5 off, Mon 5/5, Tue 6/5.
    expect(deadlineFor(rule('national-db-entry-after-signing'), '2025-04-25', calendar)).toBe('2025-05-06');
  });

  it('annual review plan: any date of the year counts from 1 January', () => {
    expect(deadlineFor(rule('annual-review-plan'), '2026-09-15', calendar)).toBe('2026-01-30');
  });

  it('follows the table, not constants: an edited rule changes the deadline', () => {
    const edited = { ...rule('province-decision-before-effect'), workingDays: 10 };
    expect(deadlineFor(edited, '2024-03-18', calendar)).toBe('2024-03-04');
  });

  it('rejects a bad anchor, naming the rule', () => {
    expect(() => deadlineFor(rule('province-decision-before-effect'), '18/03/2024', calendar)).toThrow(
      /province-decision-before-effect.*"18\/03\/2024"/,
    );
  });
});

describe('checkDeadline', () => {
  const dbEntry = rule('national-db-entry-after-signing');

  it('is met on the due day and before it', () => {
    expect(checkDeadline(dbEntry, '2025-04-25', '2025-05-06', calendar)).toEqual({
      due: '2025-05-06',
      met: true,
      lateByWorkingDays: 0,
    });
    expect(checkDeadline(dbEntry, '2025-04-25', '2025-04-25', calendar).met).toBe(true);
  });

  it('counts how many working days late', () => {
    expect(checkDeadline(dbEntry, '2025-04-25', '2025-05-09', calendar)).toEqual({
      due: '2025-05-06',
      met: false,
      lateByWorkingDays: 3,
    });
  });

  it('is late but by 0 working days when done on the weekend after the due day', () => {
    // Due Fri 08/03/2024 (signed Fri 01/03), done Sat 09/03.
    expect(checkDeadline(dbEntry, '2024-03-01', '2024-03-09', calendar)).toEqual({
      due: '2024-03-08',
      met: false,
      lateByWorkingDays: 0,
    });
  });

  it('is undecided (null) while not done', () => {
    expect(checkDeadline(dbEntry, '2025-04-25', null, calendar)).toEqual({
      due: '2025-05-06',
      met: null,
      lateByWorkingDays: 0,
    });
  });

  it('flags a provincial decision signed too close to the effective date', () => {
    const result = checkDeadline(
      rule('province-decision-before-effect'),
      '2024-03-18',
      '2024-03-13',
      calendar,
    );
    expect(result).toEqual({ due: '2024-03-11', met: false, lateByWorkingDays: 2 });
  });

  it('rejects a bad actual date', () => {
    expect(() => checkDeadline(dbEntry, '2025-04-25', '2025-5-6', calendar)).toThrow(
      /actual date "2025-5-6"/,
    );
  });
});

describe('applicableDeadlineRules', () => {
  it('picks the rule for the issuer kind, plus rules for every issuer', () => {
    const ids = (subject: DeadlineRule['subject'], kind?: string) =>
      applicableDeadlineRules(DEFAULT_DEADLINE_RULES, subject, kind).map((r) => r.id);
    expect(ids('decision-signed', 'province')).toEqual(['province-decision-before-effect']);
    expect(ids('decision-signed', 'ministry')).toEqual(['ministry-decision-before-effect']);
    expect(ids('decision-signed')).toEqual([]);
    expect(ids('national-db-entry', 'province')).toEqual(['national-db-entry-after-signing']);
  });
});
