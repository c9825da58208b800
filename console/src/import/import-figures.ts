import { type Decision, type PeriodReport, periodReport } from '@niemyet/core';

/**
 * What a decision list holds, the way provincial reports count it: decisions and the
 * procedures they publish (new / amended / abolished), in the whole file and per year of
 * signing — the yearly figure is the one people check against their report ("68 decisions,
 * 775 procedures"), while a list usually runs over into the years around it.
 */
export interface ImportFigures {
  decisions: number;
  items: number;
  byAction: PeriodReport['byAction'];
  byYear: { year: string; report: PeriodReport }[];
}

export function importFigures(decisions: readonly Decision[]): ImportFigures {
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
  const byYear = [...years]
    .sort()
    .map((year) => ({ year, report: periodReport(decisions, `${year}-01-01`, `${year}-12-31`) }));
  return { decisions: decisions.length, items, byAction, byYear };
}
