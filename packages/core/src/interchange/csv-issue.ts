/**
 * One problem found in an imported CSV file, located the way a person finds it in a
 * spreadsheet: by line and column header. `message` says what is wrong (Vietnamese, then
 * English in parentheses); `formatCsvIssue` adds the location for plain-text output.
 */
export interface CsvIssue {
  /** 1-based line in the file where the record starts; the header is line 1 in a plain file. */
  row: number;
  /** The column header as written in the file, or null when the issue is about the whole row or file. */
  column: string | null;
  message: string;
}

/** "Dòng 14, cột «Ngày ký»: ngày không hợp lệ «31/02/2020» (invalid date)". */
export function formatCsvIssue(issue: CsvIssue): string {
  const where = issue.column === null ? `Dòng ${issue.row}` : `Dòng ${issue.row}, cột «${issue.column}»`;
  return `${where}: ${issue.message}`;
}
