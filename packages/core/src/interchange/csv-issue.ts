import { z } from 'zod';

/**
 * Why an imported CSV file (or one of its rows) was refused or warned about: a stable code a
 * screen can translate, whatever language `message` is in. Codes are never renamed; new
 * problems get new codes.
 */
export const CSV_ISSUE_CODES = [
  // The bytes of the file.
  'encoding-legacy',
  'encoding-invalid',
  'encoding-converted',
  // The file as a whole, its header.
  'file-empty',
  'no-header',
  'no-data-rows',
  'unknown-column',
  'duplicate-column',
  'missing-column',
  'no-effective-column',
  // One record.
  'unterminated-quote',
  'cell-too-long',
  'nul-character',
  'too-many-cells',
  // One cell.
  'decision-number-empty',
  'action-empty',
  'action-invalid',
  'name-empty',
  'date-invalid',
  'dates-missing',
  'code-invalid',
  // Rows together.
  'dates-disagree',
  'number-in-several-years',
  'effective-from-signed',
  'duplicate-item',
  'baseline-created',
  // Legal-document lists (legal/document-csv-import.ts).
  'document-number-empty',
  'document-number-invalid',
  'relation-invalid',
  'dates-order',
  'duplicate-document',
  'document-registered',
] as const;
export type CsvIssueCode = (typeof CSV_ISSUE_CODES)[number];

export const CsvIssueCodeSchema = z.enum(CSV_ISSUE_CODES);

/**
 * One problem found in an imported CSV file, located the way a person finds it in a
 * spreadsheet: by row and column header. `message` says what is wrong (Vietnamese, then
 * English in parentheses); `formatCsvIssue` adds the location for plain-text output.
 */
export const CsvIssueSchema = z.object({
  code: CsvIssueCodeSchema,
  /** What the message says, for a screen that words it itself ("value", "encoding", "limit", …). */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /**
   * The spreadsheet row of the record, as Excel shows it: every record of the file counts,
   * blank ones too, so in a plain file the header is row 1. 0 when the issue is about the
   * file as a whole (its encoding).
   */
  row: z.number().int().nonnegative(),
  /**
   * The text line the record starts on, when it differs from `row` (a quoted cell above it
   * spans several lines); absent when they are the same.
   */
  line: z.number().int().positive().optional(),
  /** The column header as written in the file, or null when the issue is about the whole row or file. */
  column: z.string().nullable(),
  message: z.string(),
});
export type CsvIssue = z.infer<typeof CsvIssueSchema>;

export type CsvIssueParams = CsvIssue['params'];

/** Where a record is: its spreadsheet row and the text line it starts on. */
export interface CsvPosition {
  row: number;
  line: number;
}

/** Builds an issue, keeping `line` only where it tells something `row` does not. */
export function csvIssue(
  at: CsvPosition | null,
  column: string | null,
  code: CsvIssueCode,
  message: string,
  params: CsvIssueParams = {},
): CsvIssue {
  const issue: CsvIssue = { code, params, row: at?.row ?? 0, column, message };
  if (at && at.line !== at.row) issue.line = at.line;
  return issue;
}

/**
 * "Dòng 14, cột «Ngày ký»: ngày không hợp lệ «31/02/2020» (invalid date)"; with the text line
 * when it differs: "Dòng 3 (dòng 5 của tệp văn bản), …"; "Tệp: …" for the file as a whole.
 */
export function formatCsvIssue(issue: CsvIssue): string {
  let where = issue.row === 0 ? 'Tệp' : `Dòng ${issue.row}`;
  if (issue.row !== 0 && issue.line !== undefined) where += ` (dòng ${issue.line} của tệp văn bản)`;
  if (issue.column !== null) where += `, cột «${issue.column}»`;
  return `${where}: ${issue.message}`;
}
