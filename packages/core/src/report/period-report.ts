import { type IsoDate, isValidIsoDate } from '../dates/iso-date';
import { formatVietnameseDate } from '../format/dates';
import { formatNumber, formatVietnameseNumber } from '../format/numbers';
import type { Decision, DecisionItem } from '../model/decision';
import { compareLevels as compareKnownLevels } from '../parsing/level';

/**
 * Yearly (or any period's) publication figures, as provincial reports give them: "68
 * decisions publishing 775 procedures — 340 new, 237 amended, 198 abolished; 577 entered on
 * the national database, 198 removed". The JSON keys are part of the export format.
 */
export interface PeriodReport {
  decisions: number;
  items: number;
  byAction: { new: number; amended: number; abolished: number };
  /** Items per level key ('province', 'district'…); an item with two levels counts in both. */
  byLevel: Record<string, number>;
  nationalDb: { entered: number; removed: number };
  /** Items per field ('' = no field given), largest first (ties by name). */
  byField: { field: string; count: number }[];
  /** Items per month of signing (`YYYY-MM`), every month of the period, by action. */
  byMonth: ({ month: string } & PeriodActionCounts)[];
}

export interface PeriodActionCounts {
  new: number;
  amended: number;
  abolished: number;
}

/** The key used when nothing tells an item's level. */
export const UNKNOWN_LEVEL = 'unknown';

export interface PeriodReportOptions {
  /**
   * Levels of a procedure when the item does not list them (amended items that keep their
   * levels, abolished items): typically the catalogue version in force before the decision.
   */
  levelsOf?: (procedureId: string, on: IsoDate | null) => readonly string[];
  /** The field of a procedure when the item does not give one, like `levelsOf`. */
  fieldOf?: (procedureId: string, on: IsoDate | null) => string | null;
}

/** Figures for the issued decisions signed from `from` to `to`, both days included. */
export function periodReport(
  decisions: readonly Decision[],
  from: IsoDate,
  to: IsoDate,
  options: PeriodReportOptions = {},
): PeriodReport {
  assertPeriod(from, to);
  const report: PeriodReport = {
    decisions: 0,
    items: 0,
    byAction: { new: 0, amended: 0, abolished: 0 },
    byLevel: {},
    nationalDb: { entered: 0, removed: 0 },
    byField: [],
    byMonth: monthsOf(from, to).map((month) => ({ month, new: 0, amended: 0, abolished: 0 })),
  };
  const byField = new Map<string, number>();
  const monthIndex = new Map(report.byMonth.map((counts, index) => [counts.month, index]));
  for (const decision of decisions) {
    if (decision.state !== 'issued' || !decision.signedOn) continue;
    if (decision.signedOn < from || decision.signedOn > to) continue;
    report.decisions++;
    const month = report.byMonth[monthIndex.get(decision.signedOn.slice(0, 7))!]!;
    for (const item of decision.items) {
      report.items++;
      report.byAction[item.action]++;
      month[item.action]++;
      const field = itemField(item, decision, options);
      byField.set(field, (byField.get(field) ?? 0) + 1);
      for (const level of itemLevels(item, decision, options))
        report.byLevel[level] = (report.byLevel[level] ?? 0) + 1;
      if (item.nationalDbOn !== null) {
        if (item.action === 'abolished') report.nationalDb.removed++;
        else report.nationalDb.entered++;
      }
    }
  }
  report.byLevel = Object.fromEntries(Object.entries(report.byLevel).sort(([a], [b]) => compareLevels(a, b)));
  report.byField = [...byField]
    .map(([field, count]) => ({ field, count }))
    .sort((a, b) => b.count - a.count || a.field.localeCompare(b.field, 'vi'));
  return report;
}

/**
 * The paragraph of the yearly report, in the words provincial reports use: "Từ ngày 01/01/2020
 * đến ngày 31/12/2020, ban hành 68 quyết định công bố 775 TTHC; trong đó, công bố mới 340 TTHC;
 * sửa đổi, bổ sung, thay thế 237 TTHC; bãi bỏ 198 TTHC; nhập, đăng tải công khai trên CSDL
 * quốc gia 577 TTHC, xóa bỏ 198 TTHC." Numbers are written the Vietnamese way (1.853).
 */
export function formatPeriodReportVi(report: PeriodReport, from: IsoDate, to: IsoDate): string {
  assertPeriod(from, to);
  const n = formatVietnameseNumber;
  return (
    `Từ ngày ${formatVietnameseDate(from)} đến ngày ${formatVietnameseDate(to)}, ban hành ${n(report.decisions)} quyết định công bố ${n(report.items)} TTHC; ` +
    `trong đó, công bố mới ${n(report.byAction.new)} TTHC; sửa đổi, bổ sung, thay thế ${n(report.byAction.amended)} TTHC; bãi bỏ ${n(report.byAction.abolished)} TTHC; ` +
    `nhập, đăng tải công khai trên CSDL quốc gia ${n(report.nationalDb.entered)} TTHC, xóa bỏ ${n(report.nationalDb.removed)} TTHC.`
  );
}

/** The same paragraph in English, for the console's English view (dates still dd/mm/yyyy). */
export function formatPeriodReportEn(report: PeriodReport, from: IsoDate, to: IsoDate): string {
  assertPeriod(from, to);
  const n = (value: number) => formatNumber(value, 'en');
  return (
    `From ${formatVietnameseDate(from)} to ${formatVietnameseDate(to)}, ${n(report.decisions)} decisions were issued publishing ${n(report.items)} administrative procedures: ` +
    `${n(report.byAction.new)} new; ${n(report.byAction.amended)} amended, supplemented or replaced; ${n(report.byAction.abolished)} abolished; ` +
    `${n(report.nationalDb.entered)} entered and published on the national database, ${n(report.nationalDb.removed)} removed from it.`
  );
}

/** Known levels top-down, then other levels alphabetically, 'unknown' last. */
function compareLevels(a: string, b: string): number {
  if (a === UNKNOWN_LEVEL || b === UNKNOWN_LEVEL)
    return Number(a === UNKNOWN_LEVEL) - Number(b === UNKNOWN_LEVEL);
  return compareKnownLevels(a, b) || a.localeCompare(b, 'vi');
}

function itemLevels(item: DecisionItem, decision: Decision, options: PeriodReportOptions): readonly string[] {
  if (item.changes.levels?.length) return unique(item.changes.levels);
  const known = options.levelsOf?.(item.procedureId, decision.effectiveOn) ?? [];
  if (known.length > 0) return unique(known);
  // A decision scoped to a single level says the level of every item in it.
  if (decision.scope.levels.length === 1) return decision.scope.levels;
  return [UNKNOWN_LEVEL];
}

function itemField(item: DecisionItem, decision: Decision, options: PeriodReportOptions): string {
  if (item.changes.field) return item.changes.field;
  return options.fieldOf?.(item.procedureId, decision.effectiveOn) ?? '';
}

/** Every month from `from` to `to` as `YYYY-MM`, in order. */
function monthsOf(from: IsoDate, to: IsoDate): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}

function unique(levels: readonly string[]): string[] {
  return [...new Set(levels)];
}

function assertPeriod(from: IsoDate, to: IsoDate): void {
  if (!isValidIsoDate(from) || !isValidIsoDate(to))
    throw new RangeError(`period report: expected dates as YYYY-MM-DD, got "${from}" and "${to}"`);
  if (from > to) throw new RangeError(`period report: the period starts (${from}) after it ends (${to})`);
}
