import { appendDecisionToChangeLog } from '../../changelog/chain';
import type { ChangeLogEntry } from '../../model/change-log';
import {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type WorkspaceBundle,
  WorkspaceBundleSchema,
} from '../../model/workspace-bundle';
import type { CsvIssue } from '../csv-issue';
import { type CsvRecord, CsvRecordReader } from '../csv-records';
import { CsvDecodeError, type CsvEncoding, csvTextChunks, detectCsvEncoding } from '../encoding/decode';
import { type BuiltDecisions, buildDecisions } from './build';
import { groupRows } from './group';
import { findHeaderIndex, HEADER_SEARCH_ROWS, isHeaderRecord, mapColumns, noHeaderMessage } from './header';
import { IssueList } from './issues';
import { type DecisionCsvProgress, phaseProgress } from './progress';
import { type ItemRow, RowReader } from './row';

/**
 * Import of a decision-list CSV: the spreadsheet offices keep of their published decisions,
 * one row per decision item (DESIGN §5). The file becomes a workspace bundle holding the
 * decisions (issued: they are history), the baseline the history starts from, and the
 * change log. All or nothing: any error rejects the whole file, with every error found, so
 * the office can fix the spreadsheet in one pass.
 *
 * The file is read as a stream: records are parsed a piece of text at a time and each is
 * checked as it comes, so only the small checked rows are kept, never the rows as text.
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

/** The import of a file's bytes also says which encoding it was read in. */
export type DecisionCsvBytesResult =
  | { ok: true; bundle: WorkspaceBundle; warnings: CsvIssue[]; encoding: CsvEncoding }
  | { ok: false; errors: CsvIssue[] };

const DEFAULT_ACTOR = 'import';
/** Characters of a text handed to the reader at a time (a progress report after each). */
const TEXT_PIECE = 64 * 1024;
/** Characters or bytes read between two progress reports of the `reading` phase. */
const READ_REPORT_EVERY = 1 << 20;

/** Imports a decision list given as text (already decoded). */
export function importDecisionCsv(text: string, options: DecisionCsvOptions): DecisionCsvResult {
  return runImport(
    (reader, read) => {
      for (let from = 0; from < text.length; from += TEXT_PIECE) {
        reader.push(text.slice(from, from + TEXT_PIECE));
        read(Math.min(text.length, from + TEXT_PIECE));
      }
    },
    text.length,
    options,
  );
}

/**
 * Imports a decision list given as the bytes of the file, as uploaded or saved: the encoding
 * is found first (`detectCsvEncoding`: UTF-8, UTF-16 by BOM, Windows-1258 converted with a
 * warning; TCVN3, VNI and undecodable bytes refused with an `encoding-…` issue), then the
 * text is decoded and read a piece at a time. Progress of the `reading` phase is in bytes.
 */
export function importDecisionCsvBytes(
  bytes: Uint8Array,
  options: DecisionCsvOptions,
): DecisionCsvBytesResult {
  const detected = detectCsvEncoding(bytes);
  if (!detected.ok) return { ok: false, errors: [detected.error] };
  try {
    const result = runImport(
      (reader, read) => {
        for (const chunk of csvTextChunks(bytes, detected)) {
          reader.push(chunk.text);
          read(chunk.bytesRead);
        }
      },
      bytes.length,
      options,
      detected.warnings,
    );
    return result.ok ? { ...result, encoding: detected.encoding } : result;
  } catch (error) {
    if (error instanceof CsvDecodeError) return { ok: false, errors: [error.issue] };
    throw error;
  }
}

/**
 * The import over any source of text: `feed` pushes the text into the reader, telling how
 * much of `total` is read. Records are checked as they arrive; the header is the first of
 * the first ten records that names at least three columns (titles above it are skipped).
 */
function runImport(
  feed: (reader: CsvRecordReader, read: (done: number) => void) => void,
  total: number,
  options: DecisionCsvOptions,
  fileWarnings: CsvIssue[] = [],
): DecisionCsvResult {
  const actor = options.actor?.trim() || DEFAULT_ACTOR;
  const errors = new IssueList();
  const warnings = new IssueList();
  for (const warning of fileWarnings) warnings.push(warning);

  const rows: ItemRow[] = [];
  const state: {
    /** Records until the header is known (at most HEADER_SEARCH_ROWS of them), then null. */
    before: CsvRecord[] | null;
    header: CsvRecord | null;
    rowReader: RowReader | null;
    /** Set when the header is missing or wrong: nothing after it is read. */
    stopped: boolean;
    records: number;
  } = { before: [], header: null, rowReader: null, stopped: false, records: 0 };

  const takeHeader = (waiting: CsvRecord[], index: number) => {
    state.before = null;
    if (index < 0) {
      errors.add(waiting[0]!, null, 'no-header', noHeaderMessage());
      state.stopped = true;
      return;
    }
    const header = waiting[index]!;
    state.header = header;
    const columns = mapColumns(header.cells, header, errors, warnings);
    if (errors.count > 0) {
      state.stopped = true;
      return;
    }
    const rowReader = new RowReader(header.cells, columns, errors);
    state.rowReader = rowReader;
    for (const record of waiting.slice(index + 1)) {
      const row = rowReader.read(record);
      if (row) rows.push(row);
    }
  };

  const reader = new CsvRecordReader((record) => {
    state.records++;
    if (state.stopped) return;
    if (state.rowReader) {
      const row = state.rowReader.read(record);
      if (row) rows.push(row);
      return;
    }
    const before = state.before!;
    before.push(record);
    if (isHeaderRecord(record)) takeHeader(before, before.length - 1);
    else if (before.length >= HEADER_SEARCH_ROWS) takeHeader(before, findHeaderIndex(before));
  });
  const reading = phaseProgress(options.onProgress, 'reading', total);
  // Reading is told in characters or bytes: once a megabyte, not at every piece.
  let readReported = 0;
  feed(reader, (done) => {
    if (done - readReported < READ_REPORT_EVERY) return;
    readReported = done;
    reading(done);
  });
  reader.end();
  reading(total);

  if (state.records === 0) {
    errors.add({ row: 1, line: 1 }, null, 'file-empty', 'tệp trống (the file is empty)');
    return { ok: false, errors: errors.issues };
  }
  if (state.before !== null) takeHeader(state.before, findHeaderIndex(state.before));
  const { rowReader, header } = state;
  if (!rowReader || !header || state.stopped) return { ok: false, errors: errors.issues };
  const columns = rowReader.columns;
  if (rows.length === 0 && errors.count === 0)
    errors.add(
      header,
      null,
      'no-data-rows',
      'không có dòng dữ liệu nào sau dòng tiêu đề (no data rows after the header)',
    );

  // Grouping and building find errors too (dates that disagree, duplicates): run them even
  // after row errors, so that one pass reports everything.
  const groups = groupRows(
    rows,
    columns,
    errors,
    warnings,
    phaseProgress(options.onProgress, 'checking', rows.length),
  );
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
  // The rows are in the decisions now: let them go before the log is made.
  rows.length = 0;
  groups.length = 0;

  const changeLog = chainLog(built, actor, options);
  built.levelsBefore.length = 0;
  // Decisions, baseline records and log entries are each checked against their schema as
  // they are made (a whole-bundle parse would hold the bundle twice).
  const decisions = built.decisions;
  const empty = WorkspaceBundleSchema.parse({
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exportedAt: options.importedAt,
  });
  const bundle: WorkspaceBundle = { ...empty, baseline: built.baseline, decisions, changeLog };
  return { ok: true, bundle, warnings: warnings.issues };
}

/**
 * The change log of the decisions, in the order the catalogue applies them: the same log as
 * `appendChangeLog([], drafts)` over every decision's drafts, chained one decision at a time
 * so that hashing (the longest step of a large import) reports progress as it goes. Entries
 * are made in place from the decisions (`appendDecisionToChangeLog`): no drafts, no copies,
 * and no schema check per entry — the decisions were checked as they were built.
 */
function chainLog(built: BuiltDecisions, actor: string, options: DecisionCsvOptions): ChangeLogEntry[] {
  let total = 0;
  for (const decision of built.decisions)
    for (const item of decision.items) total += item.nationalDbOn === null ? 1 : 2;
  const report = phaseProgress(options.onProgress, 'logging', total);
  const log: ChangeLogEntry[] = [];
  built.decisions.forEach((decision, index) => {
    const levels = built.levelsBefore[index]!;
    appendDecisionToChangeLog(log, decision, actor, options.importedAt, {
      levelsOf: (procedureId) => levels.get(procedureId) ?? [],
    });
    // The levels known before this decision are no longer needed.
    built.levelsBefore[index] = EMPTY_LEVELS;
    report(log.length);
  });
  report(total);
  return log;
}

const EMPTY_LEVELS = new Map<string, string[]>();
