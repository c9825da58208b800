import type { IsoDate } from '../../dates/iso-date';
import type { DecisionAction } from '../../model/decision';
import type { LegalRef } from '../../model/procedure';
import { parseDecisionAction } from '../../parsing/decision-action';
import { documentNumberKey, findDocumentNumbers } from '../../parsing/document-number';
import { parseLevels } from '../../parsing/level';
import { parseProcedureCode } from '../../parsing/procedure-code';
import { parseVietnameseDate } from '../../parsing/vietnamese-date';
import { cleanText, searchKey } from '../../text/normalize';
import type { DecisionCsvColumn } from './columns';
import { decisionGroupKey } from './group-key';
import { type ColumnMap, headerOf } from './header';
import type { IssueList } from './issues';

/** One data row, read and checked. */
export interface ItemRow {
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

// Effective-date cells that mean "on the signing date".
const FROM_SIGNING = /\bngay ky\b/;

// What a code cell says when the national database has not assigned a code (or "-", "x").
const NO_CODE = /^(?:(?:khong|chua) co ma\b.*|chua co|khong co|khong|n a|)$/;

/**
 * Reads one data record into an item row, adding an error (by line and column) for every
 * cell it cannot take; null when the row has any error.
 */
export function readRow(
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

/**
 * "Luật 80/2015/QH13; Nghị định 34/2016/NĐ-CP\nThông tư …": one reference per part, and per
 * number when one part cites several ("Luật 80/2015/QH13, Nghị định 34/2016/NĐ-CP").
 */
export function legalRefs(raw: string): LegalRef[] {
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
