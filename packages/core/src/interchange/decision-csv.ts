import { appendChangeLog, type ChangeLogDraft, changeLogEntriesForDecision } from '../changelog/chain';
import type { IsoDate } from '../dates/iso-date';
import { decisionRevisionHash } from '../decisions/revision';
import { sha256Hex } from '../hashing/canonical-json';
import type { ChangeLogEntry } from '../model/change-log';
import type { Decision, DecisionAction, DecisionItem } from '../model/decision';
import {
  type LegalRef,
  type ProcedurePatch,
  type ProcedureVersion,
  ProcedureVersionSchema,
  procedureIdOf,
} from '../model/procedure';
import {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type WorkspaceBundle,
  WorkspaceBundleSchema,
} from '../model/workspace-bundle';
import { parseDecisionAction } from '../parsing/decision-action';
import { documentNumberKey, findDocumentNumbers, parseDocumentNumber } from '../parsing/document-number';
import { parseLevels } from '../parsing/level';
import { parseProcedureCode } from '../parsing/procedure-code';
import { parseVietnameseDate } from '../parsing/vietnamese-date';
import { cleanText, normalizeText, searchKey } from '../text/normalize';
import type { CsvIssue } from './csv-issue';
import { readCsvRecords } from './csv-records';
import {
  DECISION_CSV_LABELS,
  type DecisionCsvColumn,
  isRowNumberHeader,
  matchDecisionCsvHeader,
  REQUIRED_DECISION_CSV_COLUMNS,
} from './decision-csv-columns';

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

/**
 * The phases of an import, in order: reading the CSV text into records (`done`/`total` in
 * characters, told at its start and end only), checking the data rows, building the decisions
 * from them (both counted in rows), and chaining the change log (counted in entries).
 */
export type DecisionCsvPhase = 'reading' | 'checking' | 'building' | 'logging';

export interface DecisionCsvProgress {
  phase: DecisionCsvPhase;
  done: number;
  total: number;
}

/** How many rows or log entries pass between two progress reports. */
export const DECISION_CSV_PROGRESS_EVERY = 500;

export type DecisionCsvResult =
  | { ok: true; bundle: WorkspaceBundle; warnings: CsvIssue[] }
  | { ok: false; errors: CsvIssue[] };

const DEFAULT_ACTOR = 'import';
// A header row is where at least this many cells name known columns; rows above it are titles.
const MIN_HEADER_MATCHES = 3;
const HEADER_SEARCH_ROWS = 10;

const DECISION_NUMBER_ORDER = new Intl.Collator('vi', { numeric: true });

/** One data row, read and checked. */
interface ItemRow {
  line: number;
  decisionNumber: string;
  decisionKey: string;
  signedOn: IsoDate | null;
  /** The effective date as the row gives it, after "kể từ ngày ký" / an empty cell falls back to the signed date. */
  effectiveOn: IsoDate | null;
  effectiveFromSigned: 'empty' | 'phrase' | null;
  action: DecisionAction;
  code: string | null;
  rawCode: string | null;
  name: string;
  levels: string[];
  field: string | null;
  agency: string | null;
  legalBasis: LegalRef[];
  nationalDbOn: IsoDate | null;
}

interface DecisionGroup {
  key: string;
  id: string;
  rows: ItemRow[];
}

/**
 * Reports one phase: its start, then at most every DECISION_CSV_PROGRESS_EVERY units, then
 * its end. Without a callback it does nothing, so an import nobody watches pays one call.
 */
function phaseProgress(
  onProgress: DecisionCsvOptions['onProgress'],
  phase: DecisionCsvPhase,
  total: number,
): (done: number) => void {
  if (!onProgress) return () => {};
  onProgress({ phase, done: 0, total });
  let reported = 0;
  return (done) => {
    if (done === reported || (done < reported + DECISION_CSV_PROGRESS_EVERY && done < total)) return;
    onProgress({ phase, done, total });
    reported = done;
  };
}

class IssueList {
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

  const matches = (cells: string[]) => cells.filter((c) => matchDecisionCsvHeader(c) !== null).length;
  let headerIndex = records
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((r) => matches(r.cells) >= MIN_HEADER_MATCHES);
  // A first row naming only a few columns is still the header: say which columns it lacks.
  if (headerIndex < 0 && matches(records[0]!.cells) > 0) headerIndex = 0;
  if (headerIndex < 0) {
    const required = REQUIRED_DECISION_CSV_COLUMNS.map((c) => `«${DECISION_CSV_LABELS[c]}»`).join(', ');
    errors.add(
      records[0]!.line,
      null,
      `không tìm thấy dòng tiêu đề có các cột ${required} (no header row naming the decision-list columns was found)`,
    );
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
  const built = buildDecisions(groups, columns, actor, options, errors, warnings, building);
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

/** Where each column is, and the header as written (for messages). */
type ColumnMap = Map<DecisionCsvColumn, { index: number; header: string }>;

function mapColumns(cells: string[], line: number, errors: IssueList, warnings: IssueList): ColumnMap {
  const columns: ColumnMap = new Map();
  cells.forEach((cell, index) => {
    const header = cleanText(cell);
    if (header === '') return;
    const column = matchDecisionCsvHeader(header);
    if (column === null) {
      if (!isRowNumberHeader(header))
        warnings.add(line, header, 'cột không nhận ra, bỏ qua (unknown column, ignored)');
      return;
    }
    const earlier = columns.get(column);
    if (earlier) {
      errors.add(
        line,
        header,
        `cột này trùng nghĩa với cột «${earlier.header}» (two columns mean «${DECISION_CSV_LABELS[column]}»)`,
      );
      return;
    }
    columns.set(column, { index, header });
  });
  if (!columns.has('effective_on') && columns.has('signed_on'))
    warnings.add(
      line,
      null,
      `không có cột «${DECISION_CSV_LABELS.effective_on}»: các quyết định lấy ngày ký làm ngày hiệu lực (no effective-date column: decisions take effect on their signed date)`,
    );
  for (const column of REQUIRED_DECISION_CSV_COLUMNS) {
    if (!columns.has(column))
      errors.add(
        line,
        null,
        `thiếu cột bắt buộc «${DECISION_CSV_LABELS[column]}» (missing required column ${column})`,
      );
  }
  return columns;
}

/** Header name for messages: as written in the file, or the standard label when absent. */
function headerOf(columns: ColumnMap, column: DecisionCsvColumn): string {
  return columns.get(column)?.header ?? DECISION_CSV_LABELS[column];
}

// Effective-date cells that mean "on the signing date".
const FROM_SIGNING = /\bngay ky\b/;

function readRow(
  line: number,
  cells: string[],
  headerWidth: number,
  columns: ColumnMap,
  errors: IssueList,
): ItemRow | null {
  const before = errors.count;
  // Missing trailing cells are fine (spreadsheets drop them); extra filled cells mean a shifted row.
  if (cells.slice(headerWidth).some((c) => cleanText(c) !== '')) {
    errors.add(
      line,
      null,
      `dòng có ${cells.length} ô, nhiều hơn ${headerWidth} cột của tiêu đề; có thể một ô chứa dấu phân cách mà không đặt trong ngoặc kép (the row has more cells than the header: an unquoted delimiter inside a cell?)`,
    );
    return null;
  }
  const cell = (column: DecisionCsvColumn): string => {
    const at = columns.get(column);
    return at ? cleanText(cells[at.index] ?? '') : '';
  };
  const header = (column: DecisionCsvColumn) => headerOf(columns, column);

  const decisionNumber = cell('decision_number');
  if (decisionNumber === '')
    errors.add(line, header('decision_number'), 'thiếu số quyết định (the decision number is empty)');

  const actionText = cell('action');
  const action = actionText === '' ? null : parseDecisionAction(actionText);
  if (actionText === '') errors.add(line, header('action'), 'thiếu hình thức công bố (the action is empty)');
  else if (action === null)
    errors.add(
      line,
      header('action'),
      `hình thức không hợp lệ «${actionText}»; dùng «Mới ban hành», «Sửa đổi, bổ sung», «Thay thế» hoặc «Bãi bỏ» (unknown action)`,
    );

  const name = cell('name');
  if (name === '') errors.add(line, header('name'), 'thiếu tên thủ tục (the procedure name is empty)');

  const date = (column: DecisionCsvColumn): IsoDate | null => {
    const raw = cell(column);
    if (raw === '') return null;
    const parsed = parseVietnameseDate(raw);
    if (parsed === null) errors.add(line, header(column), `ngày không hợp lệ «${raw}» (invalid date)`);
    return parsed;
  };
  const signedOn = date('signed_on');
  const effectiveText = cell('effective_on');
  let effectiveOn: IsoDate | null;
  let effectiveFromSigned: ItemRow['effectiveFromSigned'] = null;
  if (effectiveText === '' || FROM_SIGNING.test(searchKey(effectiveText))) {
    effectiveFromSigned = effectiveText === '' ? 'empty' : 'phrase';
    effectiveOn = signedOn;
    if (signedOn === null && cell('signed_on') === '')
      errors.add(
        line,
        header('effective_on'),
        'thiếu cả ngày hiệu lực và ngày ký: không xác định được ngày áp dụng (no effective date and no signed date)',
      );
  } else {
    effectiveOn = date('effective_on');
  }
  const nationalDbOn = date('national_db_on');

  const rawCode = cell('code');
  let code: string | null = null;
  if (rawCode !== '') {
    const parsed = parseProcedureCode(rawCode);
    if (parsed) code = parsed.code;
    else if (!NO_CODE.test(searchKey(rawCode)))
      errors.add(
        line,
        header('code'),
        `mã thủ tục không hợp lệ «${rawCode}»; để trống hoặc ghi «Không có mã số» nếu chưa có mã (invalid procedure code)`,
      );
  }

  if (errors.count > before || action === null) return null;
  const optional = (column: DecisionCsvColumn) => cell(column) || null;
  return {
    line,
    decisionNumber,
    decisionKey: decisionGroupKey(decisionNumber, signedOn),
    signedOn,
    effectiveOn,
    effectiveFromSigned,
    action,
    code,
    rawCode: rawCode || null,
    name,
    levels: cell('level') ? parseLevels(cell('level')) : [],
    field: optional('field'),
    agency: optional('agency'),
    legalBasis: legalRefs(columns.has('legal_basis') ? (cells[columns.get('legal_basis')!.index] ?? '') : ''),
    nationalDbOn,
  };
}

// What a code cell says when the national database has not assigned a code (or "-", "x").
const NO_CODE = /^(?:(?:khong|chua) co ma\b.*|chua co|khong co|khong|n a|)$/;

/**
 * "Luật 80/2015/QH13; Nghị định 34/2016/NĐ-CP\nThông tư …": one reference per part, and per
 * number when one part cites several ("Luật 80/2015/QH13, Nghị định 34/2016/NĐ-CP").
 */
function legalRefs(raw: string): LegalRef[] {
  const refs = new Map<string, LegalRef>();
  for (const part of raw.split(/[;\n]+/)) {
    const text = cleanText(part).replace(/^[-–•+*]\s*/, '');
    if (text === '') continue;
    const cited = findDocumentNumbers(text);
    if (cited.length > 1) {
      for (const doc of cited)
        if (!refs.has(doc.canonical))
          refs.set(doc.canonical, { number: doc.canonical, title: null, issuedOn: null, issuer: null });
      continue;
    }
    const number = documentNumberKey(text);
    if (!refs.has(number))
      refs.set(number, { number, title: text === number ? null : text, issuedOn: null, issuer: null });
  }
  return [...refs.values()];
}

/** Groups rows into decisions by normalised number; rows of one decision must agree on its dates. */
function groupRows(
  rows: ItemRow[],
  columns: ColumnMap,
  errors: IssueList,
  warnings: IssueList,
): DecisionGroup[] {
  const groups = new Map<string, DecisionGroup>();
  for (const row of rows) {
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
        row.line,
        headerOf(columns, column),
        `${what} «${showDate(mine)}» khác với dòng ${first.line} của cùng quyết định ${first.decisionNumber} («${showDate(theirs)}») (rows of one decision must agree on its ${column === 'signed_on' ? 'signed' : 'effective'} date)`,
      );
      return true;
    };
    if (!mismatch('signed_on', 'ngày ký', row.signedOn, first.signedOn))
      mismatch('effective_on', 'ngày hiệu lực', row.effectiveOn, first.effectiveOn);
    group.rows.push(row);
  }
  // The same number in several years is several decisions: say so, in case a year was mistyped.
  const byNumber = new Map<string, DecisionGroup[]>();
  for (const group of groups.values()) {
    const number = group.key.split('|')[0]!;
    byNumber.set(number, [...(byNumber.get(number) ?? []), group]);
  }
  for (const same of byNumber.values()) {
    if (same.length < 2) continue;
    const years = same.map((g) => g.rows[0]!.signedOn?.slice(0, 4) ?? '?').join(', ');
    const later = same[1]!.rows[0]!;
    warnings.add(
      later.line,
      headerOf(columns, 'signed_on'),
      `số quyết định ${later.decisionNumber} có ở các năm ${years}: coi là ${same.length} quyết định khác nhau (the same number in different years is a different decision)`,
    );
  }
  for (const group of groups.values()) {
    const first = group.rows[0]!;
    if (first.effectiveFromSigned === 'empty' && first.effectiveOn !== null && columns.has('effective_on'))
      warnings.add(
        first.line,
        headerOf(columns, 'effective_on'),
        `quyết định ${first.decisionNumber} không ghi ngày hiệu lực; lấy ngày ký ${showDate(first.effectiveOn)} (no effective date: the signed date is used)`,
      );
  }
  return [...groups.values()];
}

/**
 * Rows belong to one decision when their numbers are the same document number, read
 * without diacritics (spreadsheets typed without a Vietnamese keyboard write "QD-UBND"), in
 * the same year: a province numbers its decisions afresh every year, so "123/QĐ-UBND" of
 * 2020 and of 2021 are two decisions. A number that carries its year says so itself.
 */
function decisionGroupKey(decisionNumber: string, signedOn: IsoDate | null): string {
  const number = documentNumberKey(decisionNumber)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[Đđ]/g, 'D')
    .toUpperCase();
  if (parseDocumentNumber(decisionNumber)?.year != null) return number;
  return `${number}|${signedOn?.slice(0, 4) ?? '?'}`;
}

function showDate(date: IsoDate | null): string {
  if (date === null) return 'trống';
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

function decisionIdOf(key: string): string {
  return `decision:${sha256Hex(`decision|${key}`).slice(0, 16)}`;
}

function localProcedureId(decisionKey: string, name: string): string {
  return procedureIdOf(null, `local:${sha256Hex(`${decisionKey}|${normalizeText(name)}`).slice(0, 16)}`);
}

/** Decisions in the order the catalogue applies them: effective date, signed date, number, file order. */
function compareGroups(a: DecisionGroup, b: DecisionGroup): number {
  const fa = a.rows[0]!;
  const fb = b.rows[0]!;
  return (
    (fa.effectiveOn ?? '').localeCompare(fb.effectiveOn ?? '') ||
    (fa.signedOn ?? '').localeCompare(fb.signedOn ?? '') ||
    DECISION_NUMBER_ORDER.compare(fa.decisionNumber, fb.decisionNumber) ||
    fa.line - fb.line
  );
}

interface BuiltDecisions {
  decisions: Decision[];
  baseline: ProcedureVersion[];
  /** Levels of a procedure known before a decision (key `decisionId|procedureId`), for log entries of items that do not list them. */
  levelsBefore: Map<string, string[]>;
}

/**
 * Turns groups into issued decisions, in the order the catalogue applies them, and creates a
 * baseline record for every procedure that an item amends or abolishes before anything in
 * the file introduced it: historic lists start in the middle of a catalogue's life.
 */
function buildDecisions(
  groups: DecisionGroup[],
  columns: ColumnMap,
  actor: string,
  options: DecisionCsvOptions,
  errors: IssueList,
  warnings: IssueList,
  report: (rowsDone: number) => void,
): BuiltDecisions {
  const baseline: ProcedureVersion[] = [];
  const levelsBefore = new Map<string, string[]>();
  // What the history knows so far: levels by procedure, and procedures by normalised name
  // (to link "Không có mã số" items to the procedure an earlier item introduced).
  const knownLevels = new Map<string, string[]>();
  const byName = new Map<string, Set<string>>();
  const know = (procedureId: string, name: string, levels: string[]) => {
    if (levels.length > 0 || !knownLevels.has(procedureId)) knownLevels.set(procedureId, levels);
    const key = normalizeText(name);
    const ids = byName.get(key) ?? new Set<string>();
    ids.add(procedureId);
    byName.set(key, ids);
  };

  const decisions: Decision[] = [];
  let rowsDone = 0;
  for (const group of [...groups].sort(compareGroups)) {
    report(rowsDone);
    rowsDone += group.rows.length;
    const first = group.rows[0]!;
    const seen = new Map<string, number>();
    const items: DecisionItem[] = [];
    const introduced: [string, ItemRow][] = [];
    group.rows.forEach((row, index) => {
      let procedureId = row.code ?? localProcedureId(group.key, row.name);
      if (row.code === null && row.action !== 'new') {
        const candidates = byName.get(normalizeText(row.name));
        if (candidates?.size === 1) procedureId = [...candidates][0]!;
      }
      const duplicate = seen.get(procedureId);
      if (duplicate !== undefined) {
        errors.add(
          row.line,
          row.code ? headerOf(columns, 'code') : headerOf(columns, 'name'),
          `thủ tục này đã có ở dòng ${duplicate} của cùng quyết định ${first.decisionNumber} (the procedure appears twice in one decision)`,
        );
        return;
      }
      seen.set(procedureId, row.line);

      if (row.action !== 'new' && !knownLevels.has(procedureId)) {
        baseline.push(
          ProcedureVersionSchema.parse({
            procedureId,
            code: row.code,
            name: row.name,
            levels: row.levels,
            field: row.field,
            agency: row.agency,
            effectiveFrom: null,
            decisionId: null,
          }),
        );
        warnings.add(
          row.line,
          row.code ? headerOf(columns, 'code') : headerOf(columns, 'name'),
          `thủ tục «${row.code ?? row.name}» được ${row.action === 'amended' ? 'sửa đổi' : 'bãi bỏ'} nhưng chưa được công bố trước đó trong tệp; đã tạo bản ghi nền từ dòng này (procedure not known before this decision: a baseline record was created from this row)`,
        );
        know(procedureId, row.name, row.levels);
      }
      levelsBefore.set(
        `${group.id}|${procedureId}`,
        row.levels.length > 0 ? row.levels : (knownLevels.get(procedureId) ?? []),
      );
      items.push(itemOf(group.id, index, procedureId, row));
      introduced.push([procedureId, row]);
    });
    // Later decisions see what this one introduced.
    for (const [procedureId, row] of introduced) know(procedureId, row.name, row.levels);
    decisions.push(decisionOf(group, items, actor, options));
  }
  return { decisions, baseline, levelsBefore };
}

function itemIdOf(decisionId: string, index: number): string {
  return `${decisionId}#${index + 1}`;
}

function itemOf(decisionId: string, index: number, procedureId: string, row: ItemRow): DecisionItem {
  const changes: ProcedurePatch = {};
  if (row.action === 'new') changes.code = row.code;
  if (row.action !== 'abolished') {
    // An empty cell means "not stated", never "cleared": only what the row gives is a change.
    changes.name = row.name;
    if (row.levels.length > 0) changes.levels = row.levels;
    if (row.field !== null) changes.field = row.field;
    if (row.agency !== null) changes.agency = row.agency;
    if (row.legalBasis.length > 0) changes.legalBasis = row.legalBasis;
  }
  return {
    id: itemIdOf(decisionId, index),
    action: row.action,
    procedureId,
    code: row.code,
    rawCode: row.rawCode,
    name: row.name,
    changes,
    reason: null,
    // For an abolished item the legal-basis cell names the abolishing document.
    causeDocument: row.action === 'abolished' ? (row.legalBasis[0] ?? null) : null,
    nationalDbOn: row.nationalDbOn,
  };
}

/**
 * The number to keep for a decision: its canonical form ("Số 2751/qđ-ubnd." → "2751/QĐ-UBND"),
 * the one most rows agree on when they differ (a row typed without diacritics loses to the rest).
 */
function decisionNumberOf(group: DecisionGroup): string {
  const counts = new Map<string, number>();
  for (const row of group.rows) {
    const key = documentNumberKey(row.decisionNumber);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount) [best, bestCount] = [key, count];
  }
  return best;
}

function decisionOf(
  group: DecisionGroup,
  items: DecisionItem[],
  actor: string,
  options: DecisionCsvOptions,
): Decision {
  const first = group.rows[0]!;
  const levels = [...new Set(group.rows.flatMap((r) => r.levels))];
  const fields = [...new Set(group.rows.map((r) => r.field).filter((f): f is string => f !== null))];
  const agencies = [...new Set(group.rows.map((r) => r.agency).filter((a): a is string => a !== null))];
  const content = {
    number: decisionNumberOf(group),
    title: '',
    issuer: null,
    signer: null,
    signedOn: first.signedOn,
    effectiveOn: first.effectiveOn,
    scope: { agency: agencies.length === 1 ? agencies[0]! : null, fields, levels },
    items,
    legalBasis: [],
    attachments: [],
  };
  return {
    id: group.id,
    ...content,
    state: 'issued',
    author: actor,
    revision: 0,
    revisionHash: decisionRevisionHash(content),
    approvals: [],
    transitions: [
      { from: null, to: 'issued', actor, at: options.importedAt, comment: `Nhập từ ${options.fileName}` },
    ],
  };
}
