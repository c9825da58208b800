import { type Decision, periodReport } from '@niemyet/core';
import type { FileFigures } from './import-protocol';

/** The figures of a checked file's decisions: in the whole file and per year of signing. */
export function importFigures(decisions: readonly Decision[]): FileFigures {
  const byAction = { new: 0, amended: 0, abolished: 0 };
  let items = 0;
  const years = new Set<string>();
  for (const decision of decisions) {
    if (decision.signedOn) years.add(decision.signedOn.slice(0, 4));
    for (const item of decision.items) {
      items++;
      byAction[item.action]++;
    }
  }
  const byYear = [...years].sort().map((year) => {
    const report = periodReport(decisions, `${year}-01-01`, `${year}-12-31`);
    return { year, decisions: report.decisions, items: report.items, byAction: report.byAction };
  });
  return { decisions: decisions.length, items, byAction, byYear };
}
