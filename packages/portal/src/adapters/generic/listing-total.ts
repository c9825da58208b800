import { cleanText } from '@niemyet/core';
import { parseDisplayedCount } from '../../dom/count';
import { rowsOf } from '../../dom/table';
import { textOf } from '../../dom/text';

/**
 * The listing's total as the page states it ("Tìm thấy 2.507 thủ tục", "Tổng số: 125 bản ghi",
 * "Hiển thị 1 - 10 của 125", Telerik's "125 items in 13 pages"), read from the text around the
 * listing (never from its rows, where codes and fees are numbers too).
 */

// Matched on text folded to ASCII lower case (punctuation kept, so "2.507" stays one number).
const NUMBER = String.raw`(\d{1,3}(?:[.,\s]\d{3})+(?!\d)|\d+)`;
const NOUN = '(?:thu tuc|tthc|ket qua|ban ghi|muc|dich vu|ho so|dong|items?|records?|results?)';
const TOTAL_PATTERNS = [
  new RegExp(String.raw`tim thay\s*:?\s*${NUMBER}\s*${NOUN}`),
  new RegExp(String.raw`tong\s*(?:so|cong)\s*(?:${NOUN}\s*)?(?:la\s*)?:?\s*${NUMBER}`),
  new RegExp(String.raw`(?:cua|tren|trong|of|\/)\s*(?:tong\s*(?:so\s*)?)?${NUMBER}\s*${NOUN}`),
  new RegExp(String.raw`${NUMBER}\s*items?\s+in\s+\d+\s+pages?`),
  new RegExp(String.raw`\bco\s+${NUMBER}\s+(?:thu tuc|tthc|ket qua)`),
];

function fold(text: string): string {
  return cleanText(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[Đđ]/g, 'd')
    .toLowerCase();
}

/** Elements around the listing that may state its total (siblings of it and its ancestors). */
function surroundingTexts(listing: Element): string[] {
  const texts: string[] = [];
  // A table's own caption, header and footer hold Telerik's pager info ("items 1 to 10 of 125");
  // its last rows hold "Tổng cộng: 125 thủ tục" footers.
  if (listing.localName === 'table') {
    for (const part of Array.from(listing.children)) {
      const tag = part.localName;
      if (tag === 'caption' || tag === 'thead' || tag === 'tfoot') texts.push(textOf(part));
    }
    texts.push(
      ...rowsOf(listing)
        .slice(-2)
        .map((row) => textOf(row)),
    );
  }
  let node: Element | null = listing;
  for (let depth = 0; node && depth < 4; depth++) {
    let sibling = node.previousElementSibling;
    for (let n = 0; sibling && n < 6; n++, sibling = sibling.previousElementSibling)
      texts.push(textOf(sibling));
    sibling = node.nextElementSibling;
    for (let n = 0; sibling && n < 6; n++, sibling = sibling.nextElementSibling) texts.push(textOf(sibling));
    node = node.parentElement;
    if (node?.localName === 'body') break;
  }
  return texts;
}

/** The total from a text, null when it states none. */
export function totalInText(text: string): number | null {
  const folded = fold(text);
  for (const pattern of TOTAL_PATTERNS) {
    const m = pattern.exec(folded);
    if (m?.[1]) return parseDisplayedCount(m[1]);
  }
  return null;
}

/** The total the page states around `listing`, null when it states none. */
export function findListingTotal(listing: Element): number | null {
  for (const text of surroundingTexts(listing)) {
    if (text.length > 2000) continue; // a menu or an article, not a count line
    const total = totalInText(text);
    if (total !== null) return total;
  }
  return null;
}
