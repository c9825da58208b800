import { cleanText, searchKey } from '@niemyet/core';
import { parseLevel } from './parsing';

/**
 * Group rows: provincial listings split the table with rows such as "I. Lĩnh vực Hộ tịch",
 * "Lĩnh vực: Hộ tịch" (Telerik's group header), "A. Cấp tỉnh" or "B. THỦ TỤC HÀNH CHÍNH CẤP
 * HUYỆN". Such a row says which field or level the rows below it belong to.
 */
export interface GroupHeading {
  field?: string;
  levels?: string[];
}

// "I.", "IV)", "A.", "1.", "Phần II -", "Mục 3:" before the heading proper.
const ENUMERATOR = /^(?:(?:phần|mục|chương)\s+)?(?:[IVXLC]+|[A-ZĐ]|\d{1,3})\s*[.):\-–]\s*/iu;
// A count Telerik and others append: "Hộ tịch (12)", "Hộ tịch (12 thủ tục)".
const TRAILING_COUNT = /\s*[([]\s*\d+(?:\s+[^\d()[\]]{1,20})?\s*[)\]]\s*$/u;
const FIELD_LABEL = /^\S+\s+\S+?(?:\s*[:：\-–]\s*|\s+)/u;
const LEVEL_WORDS = /\bcap (trung uong|tinh|huyen|xa)\b/g;
const LEVEL_LABELS: Record<string, string> = {
  'trung uong': 'Cấp trung ương',
  tinh: 'Cấp tỉnh',
  huyen: 'Cấp huyện',
  xa: 'Cấp xã',
};
/** Headings longer than this are prose, not a group label. */
const MAX_HEADING_LENGTH = 160;

/** Reads a group row's text; null when it does not look like a heading. */
export function readGroupHeading(raw: string): GroupHeading | null {
  const text = cleanText(raw);
  if (text === '' || text.length > MAX_HEADING_LENGTH || looksLikePagerOrFooter(text)) return null;
  const heading = text.replace(ENUMERATOR, '').replace(TRAILING_COUNT, '').trim();
  const key = searchKey(heading);
  if (key === '') return null;
  if (key.startsWith('linh vuc ')) {
    const field = heading.replace(FIELD_LABEL, '').trim();
    return field ? { field } : null;
  }
  const levels = [...key.matchAll(LEVEL_WORDS)].map((m) => parseLevel(LEVEL_LABELS[m[1]!]!));
  if (levels.length > 0) return { levels: [...new Set(levels)] };
  return { field: heading };
}

const PAGER_WORDS = new Set([
  'trang',
  'page',
  'pages',
  'sau',
  'truoc',
  'tiep',
  'dau',
  'cuoi',
  'next',
  'prev',
  'previous',
  'first',
  'last',
  'of',
  'cua',
  'item',
  'items',
  'in',
  'to',
  'tren',
  'den',
]);
const FOOTER_WORDS =
  /\b(?:tong so|tong cong|hien thi|ket qua|ban ghi|so dong|page size|khong co du lieu|no records)\b/;

/**
 * Pager, footer and "no data" rows that sit inside listing tables ("« 1 2 3 »", "Trang 1/5",
 * "Tổng số: 125 thủ tục", "Hiển thị 1 - 10 của 125").
 */
export function looksLikePagerOrFooter(text: string): boolean {
  const key = searchKey(text);
  if (key === '') return true;
  if (FOOTER_WORDS.test(key)) return true;
  return key.split(' ').every((word) => /^\d+$/.test(word) || PAGER_WORDS.has(word));
}
