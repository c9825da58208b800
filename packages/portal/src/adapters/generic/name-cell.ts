import { LEVEL_KEYS, searchKey } from '@niemyet/core';
import { linesOf, linesSettingAside, textOf } from '../../dom/text';
import { roleOfHeader } from './column-roles';
import { type ParsedProcedureCode, parseLevels } from './parsing';
import { codeInCell, codeInText } from './row-code';

/**
 * The procedure's name out of a cell (or a card's title) that shows more than the name.
 * Portals put secondary text next to it: a muted caption ("Mã: 1.004227", "Cấp tỉnh"), a
 * "Mới" badge, a line after `<br>` naming the agency, a nested block with the field. Read as
 * one text, every such row's name differs from the catalogue's and the whole listing reads
 * as "changed". The name is the cell's first line without those asides; the rest is
 * read for the fields it clearly states, and otherwise ignored.
 */

// Bootstrap 3/4/5 and common theme classes for secondary text; `label`/`badge` are tags in
// Bootstrap 3 and 5 alike.
const CAPTION_CLASS =
  /(?:^|\s)(?:text-muted|text-secondary|small|help-block|form-text|badge|label|muted|note|hint|caption|sub-?title|desc|description)(?:\s|$)/i;
const CAPTION_TAGS = new Set(['small', 'sub', 'sup']);

/** Whether an element inside a name cell holds secondary text rather than the name. */
export function isCaption(element: Element): boolean {
  if (CAPTION_TAGS.has(element.localName)) return true;
  const className = element.getAttribute('class');
  return className !== null && className !== '' && CAPTION_CLASS.test(className);
}

export interface NameCell {
  /** The procedure's name as shown, without the cell's secondary text. */
  name: string;
  /** The secondary lines, in document order (captions first, then later lines). */
  extras: string[];
}

const LABELLED = /^([^:：]{1,40})[:：]\s*(.*)$/u;
// A line that carries on the sentence of the one above ("…giấy phép<br>xây dựng nhà ở"):
// it starts with a lower-case letter. Captions, agencies and levels start with a capital,
// a bracket or a digit.
const CONTINUATION = /^\p{Ll}/u;

/** Reads the name and the secondary lines of a cell. */
export function readNameCell(cell: Element): NameCell {
  // Most name cells hold a link or plain text and nothing else: the usual text read.
  if (cell.firstElementChild === null) return { name: textOf(cell), extras: [] };
  const { lines, asides } = linesSettingAside(cell, isCaption);
  const captions = asides.flatMap((aside) => linesOf(aside));
  if (lines.length === 0) {
    // Everything is "secondary" (a name styled as a caption): then it is the name after all.
    return { name: captions[0] ?? '', extras: captions.slice(1) };
  }
  let end = 1;
  while (end < lines.length && CONTINUATION.test(lines[end]!) && !LABELLED.test(lines[end]!)) end++;
  return { name: lines.slice(0, end).join(' '), extras: [...captions, ...lines.slice(end)] };
}

/** What secondary lines clearly say; anything they do not clearly say stays unset. */
export interface CaptionFields {
  code: ParsedProcedureCode | null;
  levels: string[] | null;
  field: string | null;
  agency: string | null;
}

// Agencies written without a label: they start with the kind of body ("Sở Tư pháp",
// "UBND cấp xã", "Công an tỉnh"), compared on `searchKey`.
const AGENCY_START =
  /^(?:so|uy ban nhan dan|ubnd|cong an|chi cuc|cuc|ban quan ly|phong|van phong|trung tam|bo chi huy|kho bac|chi nhanh)\s/;

function knownLevels(text: string): string[] | null {
  const levels = parseLevels(text.replace(/^[([]\s*|\s*[)\]]$/g, ''));
  return levels.length > 0 && levels.every((l) => (LEVEL_KEYS as readonly string[]).includes(l))
    ? levels
    : null;
}

/**
 * The fields stated by secondary lines: labelled ones ("Mã: …", "Lĩnh vực: …", "Cơ quan
 * thực hiện: …"), a bare code, a bare level ("Cấp tỉnh"), a bare agency ("Sở Tư pháp").
 * The first statement of each field wins.
 */
export function captionFields(extras: readonly string[]): CaptionFields {
  const found: CaptionFields = { code: null, levels: null, field: null, agency: null };
  for (const line of extras) {
    const labelled = LABELLED.exec(line);
    const role = labelled ? roleOfHeader(labelled[1]!) : null;
    if (labelled && role) {
      const value = labelled[2]!.trim();
      if (value === '') continue;
      if (role === 'code') found.code ??= codeInCell(value);
      else if (role === 'level') found.levels ??= parseLevels(value);
      else if (role === 'field') found.field ??= value;
      else if (role === 'agency') found.agency ??= value;
      continue;
    }
    const code = codeInText(line);
    if (code) {
      found.code ??= code;
      continue;
    }
    const levels = knownLevels(line);
    if (levels) {
      found.levels ??= levels;
      continue;
    }
    if (AGENCY_START.test(searchKey(line))) found.agency ??= line;
  }
  return found;
}
