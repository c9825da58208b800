import {
  type CsvIssue,
  type CsvIssueCode,
  type CsvIssueParams,
  type CsvPosition,
  csvIssue,
} from '../csv-issue';

/** The issues one import finds, errors or warnings, handed back in file order. */
export class IssueList {
  private readonly list: CsvIssue[] = [];
  /** In file order (stable), whichever check found them. */
  get issues(): CsvIssue[] {
    return [...this.list].sort((a, b) => a.row - b.row);
  }
  get count(): number {
    return this.list.length;
  }
  add(
    at: CsvPosition | null,
    column: string | null,
    code: CsvIssueCode,
    message: string,
    params: CsvIssueParams = {},
  ): void {
    this.list.push(csvIssue(at, column, code, message, params));
  }
  push(issue: CsvIssue): void {
    this.list.push(issue);
  }
}
