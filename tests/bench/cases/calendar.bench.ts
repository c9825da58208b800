import { addDays, checkDeadline, createWorkingCalendar, DEFAULT_DEADLINE_RULES } from '@niemyet/core';
import { defineBenchCases } from '../harness';

const DECISIONS = 10_000;

/** Signing dates spread over 2020–2030 and entry dates 0–14 days later: a decade of decisions. */
function decisionDates(): { signed: string; entered: string }[] {
  const rows: { signed: string; entered: string }[] = [];
  for (let i = 0; i < DECISIONS; i++) {
    const signed = addDays('2020-01-01', (i * 37) % 4018);
    rows.push({ signed, entered: addDays(signed, i % 15) });
  }
  return rows;
}

const dbRule = DEFAULT_DEADLINE_RULES.find((r) => r.id === 'national-db-entry-after-signing')!;

export default defineBenchCases([
  {
    name: 'calendar: fresh calendar, addWorkingDays ±500 from 2025 (builds year tables)',
    setup: () => null,
    run: () => {
      const calendar = createWorkingCalendar();
      return [calendar.addWorkingDays('2025-06-15', 500), calendar.addWorkingDays('2025-06-15', -500)];
    },
    describe: (result) => (result as string[]).join(' / '),
  },
  {
    name: `calendar: checkDeadline for ${DECISIONS.toLocaleString('en')} decisions (warm calendar)`,
    setup: () => {
      const calendar = createWorkingCalendar();
      calendar.workingDaysBetween('2019-01-01', '2031-12-31'); // warm every year table
      return { calendar, rows: decisionDates() };
    },
    run: ({ calendar, rows }) => {
      let late = 0;
      for (const row of rows)
        if (checkDeadline(dbRule, row.signed, row.entered, calendar).met === false) late++;
      return late;
    },
    describe: (late) => `${(late as number).toLocaleString('en')} entered late`,
  },
]);
