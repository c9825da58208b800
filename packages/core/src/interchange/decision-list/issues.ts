import type { CsvIssue } from '../csv-issue';

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
  add(row: number, column: string | null, message: string): void {
    this.list.push({ row, column, message });
  }
}
