import { appendChangeLog, type ChangeLogDraft, changeLogEntriesForDecision } from '../../changelog/chain';
import type { ChangeLogEntry } from '../../model/change-log';
import {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type WorkspaceBundle,
  WorkspaceBundleSchema,
} from '../../model/workspace-bundle';
import type { CsvIssue } from '../csv-issue';
import { readCsvRecords } from '../csv-records';
import { buildDecisions } from './build';
import { groupRows } from './group';
import { findHeaderIndex, mapColumns, noHeaderMessage } from './header';
import { IssueList } from './issues';
import { DECISION_CSV_PROGRESS_EVERY, type DecisionCsvProgress, phaseProgress } from './progress';
import { type ItemRow, readRow } from './row';

/**
 * Import of a decision-list CSV: the spreadsheet offices keep of their published decisions,
 * one row per decision item (DESIGN §5). The file becomes a workspace bundle holding the
 * decisions (issued: they are history), the baseline the history starts from, and the
 * change log. All or nothing: any error rejects the whole file, with every error found, so
 * the office can fix the spreadsheet in one pass.
 */

export interface DecisionCsvOptions {
  /** Shown in the transition comment ("Nhập từ <fileName>"). */
  fileName: string;
  /** ISO instant of the import: the transition time, the change log's `recordedAt`, the bundle's `exportedAt`. */
  importedAt: string;
  /** Who imported (author of the decisions, actor of the transition and log entries); default 'import'. */
  actor?: string;
  /**
   * Told how far the import is, so a page can show progress for a 20,000-row file: at the
   * start and end of each phase and every few hundred rows in between (never per row: the
   * callback may post a message to a page).
   */
  onProgress?: (progress: DecisionCsvProgress) => void;
}

export type DecisionCsvResult =
  | { ok: true; bundle: WorkspaceBundle; warnings: CsvIssue[] }
  | { ok: false; errors: CsvIssue[] };

const DEFAULT_ACTOR = 'import';

export function importDecisionCsv(text: string, options: DecisionCsvOptions): DecisionCsvResult {
  const actor = options.actor?.trim() || DEFAULT_ACTOR;
  const errors = new IssueList();
  const warnings = new IssueList();

  const reading = phaseProgress(options.onProgress, 'reading', text.length);
  const { records } = readCsvRecords(text);
  reading(text.length);
  if (records.length === 0) {
    errors.add(1, null, 'tệp trống (the file is empty)');
    return { ok: false, errors: errors.issues };
  }

  const headerIndex = findHeaderIndex(records);
  if (headerIndex < 0) {
    errors.add(records[0]!.line, null, noHeaderMessage());
    return { ok: false, errors: errors.issues };
  }
  const header = records[headerIndex]!;
  const columns = mapColumns(header.cells, header.line, errors, warnings);
  if (errors.count > 0) return { ok: false, errors: errors.issues };

  const rows: ItemRow[] = [];
  const dataRecords = records.slice(headerIndex + 1);
  const checking = phaseProgress(options.onProgress, 'checking', dataRecords.length);
  for (const [index, record] of dataRecords.entries()) {
    checking(index);
    if (record.unterminatedQuote) {
      errors.add(
        record.line,
        null,
        'ô mở dấu ngoặc kép mà không đóng; phần còn lại của tệp bị đọc thành một ô (a quoted cell is never closed)',
      );
      continue;
    }
    const row = readRow(record.line, record.cells, header.cells.length, columns, errors);
    if (row) rows.push(row);
  }
  checking(dataRecords.length);
  if (rows.length === 0 && errors.count === 0)
    errors.add(
      header.line,
      null,
      'không có dòng dữ liệu nào sau dòng tiêu đề (no data rows after the header)',
    );

  // Grouping and building find errors too (dates that disagree, duplicates): run them even
  // after row errors, so that one pass reports everything.
  const groups = groupRows(rows, columns, errors, warnings);
  const building = phaseProgress(options.onProgress, 'building', rows.length);
  const built = buildDecisions(
    groups,
    columns,
    { actor, fileName: options.fileName, importedAt: options.importedAt },
    errors,
    warnings,
    building,
  );
  building(rows.length);
  if (errors.count > 0) return { ok: false, errors: errors.issues };

  // The log in the order the catalogue applies the decisions (built.decisions is in that order).
  const drafts = built.decisions.flatMap((decision) =>
    changeLogEntriesForDecision(decision, actor, options.importedAt, {
      levelsOf: (procedureId) => built.levelsBefore.get(`${decision.id}|${procedureId}`) ?? [],
    }),
  );
  const changeLog = chainInSteps(drafts, phaseProgress(options.onProgress, 'logging', drafts.length));

  const bundle = WorkspaceBundleSchema.parse({
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exportedAt: options.importedAt,
    baseline: built.baseline,
    decisions: built.decisions,
    changeLog,
  });
  return { ok: true, bundle, warnings: warnings.issues };
}

/**
 * The same log as `appendChangeLog([], drafts)`, chained a few hundred entries at a time so
 * that hashing (the longest step of a large import) reports progress as it goes.
 */
function chainInSteps(drafts: ChangeLogDraft[], report: (done: number) => void): ChangeLogEntry[] {
  const log: ChangeLogEntry[] = [];
  for (let start = 0; start < drafts.length; start += DECISION_CSV_PROGRESS_EVERY) {
    const last = log.length > 0 ? [log[log.length - 1]!] : [];
    const chained = appendChangeLog(last, drafts.slice(start, start + DECISION_CSV_PROGRESS_EVERY));
    for (let i = last.length; i < chained.length; i++) log.push(chained[i]!);
    report(log.length);
  }
  report(drafts.length);
  return log;
}
