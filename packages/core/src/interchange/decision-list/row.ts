import type { IsoDate } from '../../dates/iso-date';
import { formatVietnameseNumber } from '../../format/numbers';
import type { DecisionAction } from '../../model/decision';
import type { LegalRef } from '../../model/procedure';
import { parseDecisionAction } from '../../parsing/decision-action';
import { documentNumberKey, findDocumentNumbers } from '../../parsing/document-number';
import { parseLevels } from '../../parsing/level';
import { parseProcedureCode } from '../../parsing/procedure-code';
import { parseVietnameseDate } from '../../parsing/vietnamese-date';
import { cleanText, searchKey } from '../../text/normalize';
import type { CsvPosition } from '../csv-issue';
import { type CsvRecord, MAX_CSV_CELL_LENGTH } from '../csv-records';
import type { DecisionCsvColumn } from './columns';
import { decisionGroupKey } from './group-key';
import { type ColumnMap, headerOf } from './header';
import type { IssueList } from './issues';

/** One data row, read and checked: small, its repeated texts shared with the rows before it. */
export interface ItemRow extends CsvPosition {
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

// Effective-date cells that mean "on the signing date".
const FROM_SIGNING = /\bngay ky\b/;

// What a code cell says when the national database has not assigned a code (or "-", "x").
const NO_CODE = /^(?:(?:khong|chua) co ma\b.*|chua co|khong co|khong|n a|)$/;

/**
 * Reads the data records of one file into item rows, adding an error (by row and column) for
 * every cell it cannot take. Texts that repeat from row to row (decision numbers, dates,
 * fields, agencies, levels) are kept once, so 200,000 rows hold little more than their names.
 */
export class RowReader {
  private readonly shared = new Map<string, string>();
  private readonly sharedLevels = new Map<string, string[]>();

  constructor(
    private readonly headerCells: readonly string[],
    readonly columns: ColumnMap,
    private readonly errors: IssueList,
  ) {}

  /** The header of a cell by its index, for messages: as written, or "cột N" past the header. */
  private headerAt(index: number): string {
    const written = cleanText(this.headerCells[index] ?? '');
    return written === '' ? `cột ${index + 1}` : written;
  }

  /** One copy of each repeated text (and a copy that does not hold on to the text it was cut from). */
  private share(text: string): string {
    let kept = this.shared.get(text);
    if (kept === undefined) {
      kept = own(text);
      this.shared.set(kept, kept);
    }
    return kept;
  }

  /** The record as an item row, or null when it has any error (each one added to the list). */
  read(record: CsvRecord): ItemRow | null {
    const { errors, columns } = this;
    const at: CsvPosition = { row: record.row, line: record.line };
    const { cells } = record;
    if (record.unterminatedQuote) {
      errors.add(
        at,
        null,
        'unterminated-quote',
        'ô mở dấu ngoặc kép mà không đóng; phần còn lại của tệp bị đọc thành một ô (a quoted cell is never closed)',
      );
      return null;
    }
    if (record.nulCell >= 0) {
      errors.add(
        at,
        this.headerAt(record.nulCell),
        'nul-character',
        'ô chứa ký tự NUL (byte 0): tệp bị hỏng hoặc không phải văn bản (a cell holds a NUL character: the file is damaged or not text)',
      );
      return null;
    }
    if (record.tooLongCell >= 0) {
      errors.add(
        at,
        this.headerAt(record.tooLongCell),
        'cell-too-long',
        `ô dài hơn ${formatVietnameseNumber(MAX_CSV_CELL_LENGTH)} ký tự (a cell is longer than ${MAX_CSV_CELL_LENGTH} characters)`,
        { limit: MAX_CSV_CELL_LENGTH },
      );
      return null;
    }
    const before = errors.count;
    const headerWidth = this.headerCells.length;
    // Missing trailing cells are fine (spreadsheets drop them); extra filled cells mean a shifted row.
    if (cells.slice(headerWidth).some((c) => cleanText(c) !== '')) {
      errors.add(
        at,
        null,
        'too-many-cells',
        `dòng có ${cells.length} ô, nhiều hơn ${headerWidth} cột của tiêu đề; có thể một ô chứa dấu phân cách mà không đặt trong ngoặc kép (the row has more cells than the header: an unquoted delimiter inside a cell?)`,
        { cells: cells.length, columns: headerWidth },
      );
      return null;
    }
    const cell = (column: DecisionCsvColumn): string => {
      const where = columns.get(column);
      return where ? cleanText(cells[where.index] ?? '') : '';
    };
    const header = (column: DecisionCsvColumn) => headerOf(columns, column);

    const decisionNumber = cell('decision_number');
    if (decisionNumber === '')
      errors.add(
        at,
        header('decision_number'),
        'decision-number-empty',
        'thiếu số quyết định (the decision number is empty)',
      );

    const actionText = cell('action');
    const action = actionText === '' ? null : parseDecisionAction(actionText);
    if (actionText === '')
      errors.add(at, header('action'), 'action-empty', 'thiếu hình thức công bố (the action is empty)');
    else if (action === null)
      errors.add(
        at,
        header('action'),
        'action-invalid',
        `hình thức không hợp lệ «${actionText}»; dùng «Mới ban hành», «Sửa đổi, bổ sung», «Thay thế» hoặc «Bãi bỏ» (unknown action)`,
        { value: actionText },
      );

    const name = cell('name');
    if (name === '')
      errors.add(at, header('name'), 'name-empty', 'thiếu tên thủ tục (the procedure name is empty)');

    const date = (column: DecisionCsvColumn): IsoDate | null => {
      const raw = cell(column);
      if (raw === '') return null;
      const parsed = parseVietnameseDate(raw);
      if (parsed === null)
        errors.add(at, header(column), 'date-invalid', `ngày không hợp lệ «${raw}» (invalid date)`, {
          value: raw,
        });
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
          at,
          header('effective_on'),
          'dates-missing',
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
          at,
          header('code'),
          'code-invalid',
          `mã thủ tục không hợp lệ «${rawCode}»; để trống hoặc ghi «Không có mã số» nếu chưa có mã (invalid procedure code)`,
          { value: rawCode },
        );
    }

    if (errors.count > before || action === null) return null;
    const optional = (column: DecisionCsvColumn) => {
      const text = cell(column);
      return text === '' ? null : this.share(text);
    };
    const levelsText = cell('level');
    let levels = this.sharedLevels.get(levelsText);
    if (levels === undefined) {
      levels = levelsText === '' ? [] : parseLevels(levelsText);
      this.sharedLevels.set(own(levelsText), levels);
    }
    const share = (date: IsoDate | null) => (date === null ? null : (this.share(date) as IsoDate));
    const ownCode = code === null ? null : own(code);
    return {
      row: record.row,
      line: record.line,
      decisionNumber: this.share(decisionNumber),
      decisionKey: this.share(decisionGroupKey(decisionNumber, signedOn)),
      signedOn: share(signedOn),
      effectiveOn: share(effectiveOn),
      effectiveFromSigned,
      action,
      code: ownCode,
      rawCode: rawCode === '' ? null : rawCode === code ? ownCode : own(rawCode),
      name: own(name),
      levels,
      field: optional('field'),
      agency: optional('agency'),
      legalBasis: legalRefs(
        columns.has('legal_basis') ? (cells[columns.get('legal_basis')!.index] ?? '') : '',
      ),
      nationalDbOn: share(nationalDbOn),
    };
  }
}

/**
 * A copy of a text that does not keep the text it was cut from alive: engines keep a slice
 * of a long string as a view into it, so one name kept per row would hold the whole file.
 */
export function own(text: string): string {
  // Short slices are copied anyway; a JSON round trip makes a fresh string of any other.
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

// Shared by every row without a legal basis (most of a large list): never changed in place.
const NO_REFS: LegalRef[] = [];

/**
 * "Luật 80/2015/QH13; Nghị định 34/2016/NĐ-CP\nThông tư …": one reference per part, and per
 * number when one part cites several ("Luật 80/2015/QH13, Nghị định 34/2016/NĐ-CP").
 */
export function legalRefs(raw: string): LegalRef[] {
  if (raw.trim() === '') return NO_REFS;
  const refs = new Map<string, LegalRef>();
  for (const part of raw.split(/[;\n]+/)) {
    const text = cleanText(part).replace(/^[-–•+*]\s*/, '');
    if (text === '') continue;
    const cited = findDocumentNumbers(text);
    if (cited.length > 1) {
      for (const doc of cited)
        if (!refs.has(doc.canonical))
          refs.set(doc.canonical, { number: own(doc.canonical), title: null, issuedOn: null, issuer: null });
      continue;
    }
    const number = documentNumberKey(text);
    if (!refs.has(number))
      refs.set(number, {
        number: own(number),
        title: text === number ? null : own(text),
        issuedOn: null,
        issuer: null,
      });
  }
  return [...refs.values()];
}
