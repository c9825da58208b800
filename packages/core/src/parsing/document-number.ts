import { cleanText } from '../text/normalize';

/**
 * Numbers ("số ký hiệu") of Vietnamese legal documents and decisions: `45/2020/NĐ-CP`,
 * `59/2020/QH14`, `2751/QĐ-UBND`. The same document is written many ways — `42/2022/NĐCP`,
 * `01 /2018/TT-VPCP`, `19-2016/NQ-CP`, `số111/2008/NQ-HĐND`, `45/2020/NÐ-CP` with an
 * Icelandic eth, `2193/QĐ-UBND.` with a trailing dot, lower case, NFD — and every citation
 * must land on one key, or impact analysis misses the procedures that cite it.
 */
export interface ParsedDocumentNumber {
  /** `serial/year/TYPE` or `serial/TYPE` (decisions often have no year). */
  canonical: string;
  /** As written, leading zeros kept: some provinces number "02245/QĐ-UBND". */
  serial: string;
  year: number | null;
  /** Document type and issuer, hyphenated: `NĐ-CP`, `QĐ-TTg`, `TTLT-BTC-BYT`, `QH14`. */
  typeCode: string;
}

// Document-type abbreviations that start a type code, longest first so TTLT wins over TT.
const TYPE_PREFIXES = ['TTLT', 'NĐ', 'NQ', 'QĐ', 'TT', 'CT'];
// Issuers that may follow a type prefix when the hyphen was dropped ("NĐCP"). Ministries all
// start with B (BTC, BYT, BGDĐT…). Only these are split: "QH14" or an unknown code stays whole.
const ISSUER = /^(?:CP|TTG|UBND|HĐND|VPCP|NHNN|CTN|KTNN|TANDTC|VKSNDTC|TTCP|HĐTP|UBTVQH\d*|B[A-ZĐ]{1,9})$/;

// Hyphen look-alikes that Word and PDFs put into numbers.
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

function prepare(text: string): string {
  return cleanText(text).replace(DASHES, '-');
}

/**
 * The type code in canonical form: upper case except "TTg" (Thủ tướng), hyphens between
 * parts, a dropped hyphen after a known document type restored ("NĐCP" → "NĐ-CP").
 */
function canonicalTypeCode(written: string): string {
  const parts = written
    .replace(/\s+/g, '')
    .toLocaleUpperCase('vi')
    .split('-')
    .filter((p) => p !== '');
  if (parts.length === 1) {
    const only = parts[0]!;
    for (const prefix of TYPE_PREFIXES) {
      const rest = only.slice(prefix.length);
      // "TTCP" is the Government Inspectorate, not "TT-CP": the Government issues no thông tư.
      if (only.startsWith(prefix) && ISSUER.test(rest) && !(prefix === 'TT' && rest === 'CP')) {
        parts.splice(0, 1, prefix, rest);
        break;
      }
    }
  }
  return parts.map((p) => (p === 'TTG' ? 'TTg' : p)).join('-');
}

function build(serial: string, year: string | undefined, typeWritten: string): ParsedDocumentNumber {
  const typeCode = canonicalTypeCode(typeWritten);
  const y = year ? Number(year) : null;
  return {
    canonical: y === null ? `${serial}/${typeCode}` : `${serial}/${y}/${typeCode}`,
    serial,
    year: y,
    typeCode,
  };
}

const YEAR = '((?:19|20)\\d{2})';

// A whole field: anything goes in case and spacing, since the field is known to hold a number.
const FIELD = new RegExp(
  `^(\\d{1,6})\\s*(?:[/-]\\s*${YEAR}\\s*)?/\\s*(\\p{L}[\\p{L}\\p{N}]*(?:\\s*-\\s*[\\p{L}\\p{N}]+)*)$`,
  'u',
);

// In running text a number must look like one: the type code is upper case ("TTg" aside),
// its parts joined by bare hyphens, and a number without a year needs a hyphenated type, so
// that "1/2 Số", "24/7" or "ngày 08/6/2010" are never read as document numbers.
const TOKEN = '(?:TTg|\\p{Lu}[\\p{Lu}\\p{N}]*)(?![\\p{L}\\p{N}])';
const IN_TEXT = new RegExp(
  `(?<![\\p{N}/.\\-])(\\d{1,6})(?:\\s*[/-]\\s*${YEAR}\\s*/\\s*(${TOKEN}(?:-${TOKEN})*)|\\s*/\\s*(${TOKEN}(?:-${TOKEN})+))`,
  'gu',
);

// A label before the number in a field: "Số:", "số", "Luật số", "Nghị định số", "Quyết định".
const LEADING_LABEL = /^[\p{L}\s:.]*?(?=\d)/u;
const TRAILING_PUNCTUATION = /[\s.,;:)\]]+$/u;

/**
 * Reads a field holding one document number ("Số: 42/2022/NĐCP", "2193/QĐ-UBND.",
 * "Luật số 59/2020/QH14"). Accepts lower case and loose spacing. If the field holds more
 * than a number ("2226/QĐ-UBND ngày 04/12/2025"), the first number in it is taken.
 * Returns null when there is no document number.
 */
export function parseDocumentNumber(raw: string): ParsedDocumentNumber | null {
  const text = prepare(raw);
  const bare = text.replace(LEADING_LABEL, '').replace(TRAILING_PUNCTUATION, '');
  const m = FIELD.exec(bare);
  if (m) return build(m[1]!, m[2], m[3]!);
  return findDocumentNumbers(text)[0] ?? null;
}

/**
 * Every document number cited in a text, in order of first appearance, each once:
 * "Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ; Nghị định số 48/2013/NĐ-CP…".
 */
export function findDocumentNumbers(text: string): ParsedDocumentNumber[] {
  const found = new Map<string, ParsedDocumentNumber>();
  for (const m of prepare(text).matchAll(IN_TEXT)) {
    const parsed = m[2] ? build(m[1]!, m[2], m[3]!) : build(m[1]!, undefined, m[4]!);
    if (!found.has(parsed.canonical)) found.set(parsed.canonical, parsed);
  }
  return [...found.values()];
}

/**
 * The key that identifies a document across sources: the canonical number when it parses,
 * else the cleaned text as written (so unparsable references still compare sensibly).
 */
export function documentNumberKey(raw: string): string {
  return parseDocumentNumber(raw)?.canonical ?? prepare(raw);
}
