import { cleanText, searchKey } from '../text/normalize';

/**
 * Procedure codes ("mã thủ tục") of the National Database on Administrative Procedures.
 *
 * A national code is one digit, a dot and six digits: `1.004227`, `2.000815`, `3.000001`
 * (every one of the 3,000 codes in tests/fixtures/national-portal has this shape). Local
 * portals append the agency's e-identifier ("mã định danh điện tử"), either a short one
 * (`1.012753.H19`) or the full hierarchical one (`1.001612.000.00.00.H01`); agencies.json
 * shows both shapes (`H19`, `000.00.00.G01`). The national code is the identity; the suffix
 * only says which agency published it.
 */
export interface ParsedProcedureCode {
  /** Canonical national code, e.g. `1.004227`. */
  code: string;
  /** Agency suffix in upper case (`H19`, `000.00.00.H01`), or null. */
  suffix: string | null;
  /** The code as written in the source (label and surrounding punctuation removed). */
  raw: string;
}

// The agency e-identifier: a letter and two digits, optionally behind three numeric groups.
const SUFFIX = String.raw`(?:\d{3}\.\d{2}\.\d{2}\.)?[A-Za-z]\d{2}`;

/**
 * In free text a code must stand alone: no digit or dot right before it (so "1900.123456",
 * "0236.3822123" and "1.000.000" stay numbers), no digit right after it (a seventh digit
 * makes a decimal), and a dot-digit continuation only when it is a complete agency suffix
 * (so "1.004227.000" — a number with a thousands group — is not read as a code).
 * Letters around it are allowed: Vietnamese text glues "số" to numbers, and a page's
 * textContent glues table cells together ("1.004227Đăng ký khai sinh").
 */
const CODE_IN_TEXT = new RegExp(
  String.raw`(?<![\p{N}.])([1-9])\.(\d{6})(?:\.(${SUFFIX}))?(?!\p{N})(?!\.\p{N})(?!\.[A-Za-z]\d{2})`,
  'gu',
);

// A whole field holding a code: spaces are tolerated around the dots ("1 .004227", NBSP).
const CODE_FIELD = new RegExp(
  String.raw`^([1-9])\s*\.\s*(\d{6})(?:\s*[.\-]\s*(${SUFFIX.replace(/\\\./g, String.raw`\s*\.\s*`)}))?$`,
  'u',
);

// Labels that precede a code in a cell: "Mã: …", "Mã số TTHC: …", "Mã thủ tục hành chính …".
const LEADING_LABEL =
  /^m[aã](?:\s+s[oố])?(?:\s+(?:tthc|th[uủ]\s+t[uụ]c(?:\s+h[aà]nh\s+ch[ií]nh)?))?(?:\s+s[oố])?\s*[:：]?\s*/iu;

// What decisions write when the national database has not assigned a code yet (compared on
// the search key, so "KHÔNG CÓ MÃ SỐ" and "khong co ma" count too).
const NO_CODE_KEY = /^(?:khong|chua) co ma\b|^(?:n a|khong co|chua co)$/;

function canonicalSuffix(suffix: string | undefined): string | null {
  return suffix ? suffix.replace(/\s+/g, '').toUpperCase() : null;
}

/**
 * Reads a field that holds one procedure code ("1.004227", " 1.012753.H19 ", "Mã: 1.004227",
 * "(1.004227)"). Returns null for "Không có mã số", "Chưa có mã", empty text and anything
 * that is not exactly one code.
 */
export function parseProcedureCode(raw: string): ParsedProcedureCode | null {
  let text = cleanText(raw);
  if (text === '' || NO_CODE_KEY.test(searchKey(text))) return null;
  text = text.replace(LEADING_LABEL, '');
  // Brackets and trailing punctuation around a code in a cell: "(1.004227)", "1.004227;".
  text = text.replace(/^[\s([{"'“«]+|[\s)\]}"'”»,;:.]+$/gu, '');
  const m = CODE_FIELD.exec(text);
  if (!m) return null;
  return { code: `${m[1]}.${m[2]}`, suffix: canonicalSuffix(m[3]), raw: text };
}

/**
 * Finds every procedure code in free text: table cells, names with the code in brackets
 * ("Đăng ký khai sinh (1.004227)"), link hrefs ("?ma_thu_tuc=1.004227"). Codes come in
 * order of appearance; the same code written twice is reported twice (the caller decides
 * whether repetition matters).
 */
export function findProcedureCodes(text: string): ParsedProcedureCode[] {
  const found: ParsedProcedureCode[] = [];
  for (const m of cleanText(text).matchAll(CODE_IN_TEXT)) {
    found.push({ code: `${m[1]}.${m[2]}`, suffix: canonicalSuffix(m[3]), raw: m[0] });
  }
  return found;
}

/** Whether a string is a canonical national code (`1.004227`), with nothing around it. */
export function isCanonicalProcedureCode(value: string): boolean {
  return /^[1-9]\.\d{6}$/.test(value);
}
