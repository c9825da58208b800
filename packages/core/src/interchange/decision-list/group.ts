import type { IsoDate } from '../../dates/iso-date';
import { formatVietnameseDate } from '../../format/dates';
import type { DecisionCsvColumn } from './columns';
import { decisionIdOf } from './group-key';
import { type ColumnMap, headerOf } from './header';
import type { IssueList } from './issues';
import type { ItemRow } from './row';

/** The rows of one decision, in file order. */
export interface DecisionGroup {
  key: string;
  id: string;
  rows: ItemRow[];
}

/** dd/mm/yyyy for messages, "trống" for no date. */
export function showDate(date: IsoDate | null): string {
  return date === null ? 'trống' : formatVietnameseDate(date);
}

/**
 * Groups rows into decisions by normalised number; rows of one decision must agree on its
 * dates. `report` is told how many rows are done.
 */
export function groupRows(
  rows: ItemRow[],
  columns: ColumnMap,
  errors: IssueList,
  warnings: IssueList,
  report: (rowsDone: number) => void = () => {},
): DecisionGroup[] {
  const groups = new Map<string, DecisionGroup>();
  for (const [index, row] of rows.entries()) {
    report(index);
    const group = groups.get(row.decisionKey);
    if (!group) {
      groups.set(row.decisionKey, { key: row.decisionKey, id: decisionIdOf(row.decisionKey), rows: [row] });
      continue;
    }
    const first = group.rows[0]!;
    const mismatch = (
      column: DecisionCsvColumn,
      what: string,
      mine: IsoDate | null,
      theirs: IsoDate | null,
    ) => {
      if (mine === theirs) return false;
      errors.add(
        row,
        headerOf(columns, column),
        'dates-disagree',
        `${what} «${showDate(mine)}» khác với dòng ${first.row} của cùng quyết định ${first.decisionNumber} («${showDate(theirs)}») (rows of one decision must agree on its ${column === 'signed_on' ? 'signed' : 'effective'} date)`,
        {
          value: showDate(mine),
          other: showDate(theirs),
          otherRow: first.row,
          decision: first.decisionNumber,
        },
      );
      return true;
    };
    if (!mismatch('signed_on', 'ngày ký', row.signedOn, first.signedOn))
      mismatch('effective_on', 'ngày hiệu lực', row.effectiveOn, first.effectiveOn);
    group.rows.push(row);
  }
  report(rows.length);
  // The same number in several years is several decisions: say so, in case a year was mistyped.
  const byNumber = new Map<string, DecisionGroup[]>();
  for (const group of groups.values()) {
    const number = group.key.split('|')[0]!;
    const same = byNumber.get(number);
    if (same) same.push(group);
    else byNumber.set(number, [group]);
  }
  for (const same of byNumber.values()) {
    if (same.length < 2) continue;
    const years = same.map((g) => g.rows[0]!.signedOn?.slice(0, 4) ?? '?').join(', ');
    const later = same[1]!.rows[0]!;
    warnings.add(
      later,
      headerOf(columns, 'signed_on'),
      'number-in-several-years',
      `số quyết định ${later.decisionNumber} có ở các năm ${years}: coi là ${same.length} quyết định khác nhau (the same number in different years is a different decision)`,
      { decision: later.decisionNumber, years },
    );
  }
  for (const group of groups.values()) {
    const first = group.rows[0]!;
    if (first.effectiveFromSigned === 'empty' && first.effectiveOn !== null && columns.has('effective_on'))
      warnings.add(
        first,
        headerOf(columns, 'effective_on'),
        'effective-from-signed',
        `quyết định ${first.decisionNumber} không ghi ngày hiệu lực; lấy ngày ký ${showDate(first.effectiveOn)} (no effective date: the signed date is used)`,
        { decision: first.decisionNumber, date: showDate(first.effectiveOn) },
      );
  }
  return [...groups.values()];
}
