import { type IsoDate, isValidIsoDate } from '../dates/iso-date';
import { formatVietnameseDate } from '../format/dates';
import { formatVietnameseNumber } from '../format/numbers';
import type { Decision, DecisionItem } from '../model/decision';
import { compareLevels as compareKnownLevels, LEVEL_KEYS, levelLabel } from '../parsing/level';

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
}

/** The key used when nothing tells an item's level. */
export const UNKNOWN_LEVEL = 'unknown';

export interface PeriodReportOptions {
  /**
   * Levels of a procedure when the item does not list them (amended items that keep their
   * levels, abolished items): typically the catalogue version in force before the decision.
   */
  levelsOf?: (procedureId: string, on: IsoDate | null) => readonly string[];
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
  };
  for (const decision of decisions) {
    if (decision.state !== 'issued' || !decision.signedOn) continue;
    if (decision.signedOn < from || decision.signedOn > to) continue;
    report.decisions++;
    for (const item of decision.items) {
      report.items++;
      report.byAction[item.action]++;
      for (const level of itemLevels(item, decision, options))
        report.byLevel[level] = (report.byLevel[level] ?? 0) + 1;
      if (item.nationalDbOn !== null) {
        if (item.action === 'abolished') report.nationalDb.removed++;
        else report.nationalDb.entered++;
      }
    }
  }
  report.byLevel = Object.fromEntries(Object.entries(report.byLevel).sort(([a], [b]) => compareLevels(a, b)));
  return report;
}

/**
 * The report sentence: "Từ ngày 01/01/2020 đến ngày 31/12/2020, ban hành 68 quyết định công
 * bố 775 TTHC; trong đó, công bố mới 340 thủ tục; …". Numbers are written the Vietnamese way
 * (1.853).
 */
export function formatPeriodReportVi(report: PeriodReport, from: IsoDate, to: IsoDate): string {
  assertPeriod(from, to);
  const n = formatVietnameseNumber;
  const sentences = [
    `Từ ngày ${formatVietnameseDate(from)} đến ngày ${formatVietnameseDate(to)}, ban hành ${n(report.decisions)} quyết định công bố ${n(report.items)} TTHC; trong đó, công bố mới ${n(report.byAction.new)} thủ tục; sửa đổi, bổ sung, thay thế ${n(report.byAction.amended)} thủ tục; bãi bỏ ${n(report.byAction.abolished)} thủ tục.`,
    `Cập nhật lên Cơ sở dữ liệu quốc gia ${n(report.nationalDb.entered)} thủ tục, loại bỏ ${n(report.nationalDb.removed)} thủ tục.`,
  ];
  const levels = Object.entries(report.byLevel).sort(([a], [b]) => compareLevels(a, b));
  if (levels.length > 0)
    sentences.push(
      `Theo cấp: ${levels.map(([level, count]) => `${levelPhrase(level)} ${n(count)}`).join(', ')}.`,
    );
  return sentences.join(' ');
}

/** Known levels top-down, then other levels alphabetically, 'unknown' last. */
function compareLevels(a: string, b: string): number {
  if (a === UNKNOWN_LEVEL || b === UNKNOWN_LEVEL)
    return Number(a === UNKNOWN_LEVEL) - Number(b === UNKNOWN_LEVEL);
  return compareKnownLevels(a, b) || a.localeCompare(b, 'vi');
}

/** "cấp tỉnh", "cấp trung ương"… in the middle of a sentence; other levels as written. */
function levelPhrase(level: string): string {
  if (level === UNKNOWN_LEVEL) return 'chưa rõ cấp';
  const label = levelLabel(level, 'vi');
  return (LEVEL_KEYS as readonly string[]).includes(level) ? label.toLocaleLowerCase('vi') : label;
}

function itemLevels(item: DecisionItem, decision: Decision, options: PeriodReportOptions): readonly string[] {
  if (item.changes.levels?.length) return unique(item.changes.levels);
  const known = options.levelsOf?.(item.procedureId, decision.effectiveOn) ?? [];
  if (known.length > 0) return unique(known);
  // A decision scoped to a single level says the level of every item in it.
  if (decision.scope.levels.length === 1) return decision.scope.levels;
  return [UNKNOWN_LEVEL];
}

function unique(levels: readonly string[]): string[] {
  return [...new Set(levels)];
}

function assertPeriod(from: IsoDate, to: IsoDate): void {
  if (!isValidIsoDate(from) || !isValidIsoDate(to))
    throw new RangeError(`period report: expected dates as YYYY-MM-DD, got "${from}" and "${to}"`);
  if (from > to) throw new RangeError(`period report: the period starts (${from}) after it ends (${to})`);
}
