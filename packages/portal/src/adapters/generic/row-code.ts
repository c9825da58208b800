import { searchKey } from '@niemyet/core';
import { findProcedureCodes, type ParsedProcedureCode, parseProcedureCode } from './parsing';

/**
 * Where a row's procedure code hides when the listing has no code column: in a link
 * ("?ma_thu_tuc=1.004227", "?maTTHC=…", "/thu-tuc/1.004227"), in brackets after the name
 * ("Đăng ký khai sinh (1.004227)") or before it ("1.004227 - Đăng ký khai sinh").
 */

/** An href with its percent-escapes decoded, so "%2E" and "%3D" do not hide a code. */
function decodedHref(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}

/** The first code in any of the hrefs, in order. */
export function codeInHrefs(hrefs: readonly string[]): ParsedProcedureCode | null {
  for (const href of hrefs) {
    const [found] = findProcedureCodes(decodedHref(href));
    if (found) return found;
  }
  return null;
}

/** The code of a cell that holds one code (a code column), or the first code written in it. */
export function codeInCell(text: string): ParsedProcedureCode | null {
  if (text === '') return null;
  return parseProcedureCode(text) ?? findProcedureCodes(text)[0] ?? null;
}

/** The first code in free text (a name, an unlabelled cell). */
export function codeInText(text: string): ParsedProcedureCode | null {
  return text === '' ? null : (findProcedureCodes(text)[0] ?? null);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The name without a code the page wrote into it: "1.004227 - Đăng ký khai sinh" and
 * "Đăng ký khai sinh (Mã: 1.004227)" are "Đăng ký khai sinh" (the catalogue's name has no
 * code in it). A code in the middle of a name is part of the name and stays.
 */
export function nameWithoutCode(name: string, rawCode: string): string {
  const code = escapeRegExp(rawCode);
  const label = String.raw`(?:m[aã]\s*(?:s[oố]\s*)?(?:tthc|th[uủ]\s*t[uụ]c)?\s*[:：]?\s*)?`;
  const leading = new RegExp(String.raw`^[\s[(]*${label}${code}[\s\])]*[-–—:.|]?\s*`, 'iu');
  const trailing = new RegExp(
    String.raw`\s*[-–—|]?\s*[[(]\s*${label}${code}\s*[\])]\s*$|\s+[-–—|]\s*${label}${code}\s*$`,
    'iu',
  );
  const stripped = name.replace(leading, '').replace(trailing, '').trim();
  return stripped === '' ? name : stripped;
}

/** Words that start procedure names ("Đăng ký…", "Cấp giấy…", "Thủ tục…"), on `searchKey`. */
const PROCEDURE_WORDS =
  /^(?:thu tuc|dang ky|cap|gia han|thu hoi|dieu chinh|thay doi|giai quyet|xac nhan|cong nhan|cho phep|phe duyet|tham dinh|chuyen|thong bao|de nghi|chung thuc|cong bo|huy|bo sung|xoa|chap thuan|hoan|ho tro|tro cap|kiem tra|khai|tiep nhan|xet|lien thong|mien|giam|bao cao|dang tai|sua doi|cai chinh|trich luc|thanh lap|giai the|sap nhap|hop nhat|chia|tach|cho thue|ban|mua|nop)\b/;

/** Whether a text reads like a procedure name (for card lists with no code to go by). */
export function looksLikeProcedureName(text: string): boolean {
  const key = searchKey(text);
  return key.length >= 8 && (PROCEDURE_WORDS.test(key) || key.includes('thu tuc'));
}
