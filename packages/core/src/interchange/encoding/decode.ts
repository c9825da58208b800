import { type CsvIssue, csvIssue } from '../csv-issue';
import { CsvRecordReader } from '../csv-records';
import { CP1258_HIGH, LEGACY_ENCODINGS, type LegacyEncoding } from './legacy-tables';
import { firstInvalidUtf8 } from './utf8';
import { hasVowel, isVietnameseSyllable } from './vietnamese-syllable';

/**
 * The bytes of an uploaded or saved CSV file → its text, strictly: a byte that does not
 * decode is never turned into `�`. UTF-8 (with or without BOM) and UTF-16 (by its BOM, as
 * Excel's "Unicode Text" writes it) are read as they are; Windows-1258 is recognised and
 * converted to NFC Unicode, with a warning; TCVN3 (ABC) and VNI are recognised and refused
 * with the advice to save the file as UTF-8; anything else is refused at its first bad byte.
 */

/** The encodings a CSV file is read in (TCVN3 and VNI are recognised only to be refused). */
export const CSV_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** The encoding a file's bytes are read in, where its text starts, and what to warn about. */
export interface CsvEncodingFound {
  ok: true;
  encoding: CsvEncoding;
  /** Whether the file starts with a byte-order mark (skipped). */
  bom: boolean;
  warnings: CsvIssue[];
}

export type CsvEncodingResult = CsvEncodingFound | { ok: false; error: CsvIssue };

export type DecodedCsv =
  | { ok: true; text: string; encoding: CsvEncoding; warnings: CsvIssue[] }
  | { ok: false; error: CsvIssue };

interface TextDecoderLike {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
type TextDecoderConstructor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;
// Core is typed without DOM or Node, whose types declare it: every place core runs (Node,
// pages, workers) has the global TextDecoder, declared here with the little core uses of it.
declare const TextDecoder: TextDecoderConstructor;
const Decoder = TextDecoder;

/** Thrown by `csvTextChunks` when bytes turn out not to decode after all (a broken UTF-16 pair). */
export class CsvDecodeError extends Error {
  override readonly name = 'CsvDecodeError';
  constructor(readonly issue: CsvIssue) {
    super(issue.message);
  }
}

const SAVE_AS_UTF8 =
  'hãy mở tệp bằng Excel và lưu lại dạng «CSV UTF-8 (Comma delimited)» hoặc «Unicode Text»';
const SAVE_AS_UTF8_EN = 'save it from Excel as "CSV UTF-8 (Comma delimited)" or "Unicode Text"';

/** How many bytes of a file that is not UTF-8 are read to tell which legacy encoding it is in. */
const SAMPLE_BYTES = 512 * 1024;
/** The share of words with diacritics that must read as Vietnamese syllables in an encoding. */
const MIN_SYLLABLE_SHARE = 0.8;
/** Bytes of a file without BOM looked at to tell UTF-16 by its zero bytes. */
const UTF16_SNIFF_BYTES = 4096;

export function detectCsvEncoding(bytes: Uint8Array): CsvEncodingResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes, true);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return found('utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return found('utf-16be', true);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return found(utf16, false);
  return utf8(bytes, false);
}

function found(encoding: CsvEncoding, bom: boolean, warnings: CsvIssue[] = []): CsvEncodingFound {
  return { ok: true, encoding, bom, warnings };
}

/** UTF-16 saved without a BOM: ASCII text then has a zero byte in every other place. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}

function utf8(bytes: Uint8Array, bom: boolean): CsvEncodingResult {
  const bad = firstInvalidUtf8(bytes, bom ? 3 : 0);
  if (bad < 0) return found('utf-8', bom);
  const legacy = bom ? null : recogniseLegacy(bytes);
  if (legacy?.convertible) {
    // Windows-1258 leaves a few bytes undefined: a file holding one is not Windows-1258 text.
    const undefinedByte = bytes.findIndex((b) => b >= 0x80 && CP1258_HIGH[b - 0x80]! < 0);
    if (undefinedByte >= 0) return { ok: false, error: invalidByte(bytes, undefinedByte) };
    return found('windows-1258', false, [
      csvIssue(
        null,
        null,
        'encoding-converted',
        `tệp được lưu bằng bảng mã ${legacy.label}, đã chuyển sang Unicode; nên lưu lại dạng «CSV UTF-8» (the file is in ${legacy.label}; it was converted to Unicode)`,
        { encoding: legacy.id },
      ),
    ]);
  }
  if (legacy)
    return {
      ok: false,
      error: csvIssue(
        null,
        null,
        'encoding-legacy',
        `tệp có vẻ được lưu bằng bảng mã ${legacy.label}, không nhập được; ${SAVE_AS_UTF8} (the file looks like ${legacy.label}; ${SAVE_AS_UTF8_EN})`,
        { encoding: legacy.id },
      ),
    };
  return { ok: false, error: invalidByte(bytes, bad) };
}

/** The refusal of a file that is neither UTF-8 nor a known legacy encoding, at its first bad byte. */
function invalidByte(bytes: Uint8Array, offset: number): CsvIssue {
  // Everything before the bad byte is good UTF-8: read it as CSV to say which row holds it.
  const reader = new CsvRecordReader(() => {});
  reader.push(new Decoder('utf-8').decode(bytes.subarray(0, offset)));
  const at = reader.position;
  const hex = `0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')}`;
  return csvIssue(
    at,
    null,
    'encoding-invalid',
    `tệp không phải UTF-8: byte ${hex} ở vị trí ${offset} không đọc được, và tệp không giống bảng mã Windows-1258, TCVN3 hay VNI; ${SAVE_AS_UTF8} (the file is not UTF-8: byte ${hex} at offset ${offset} cannot be read; ${SAVE_AS_UTF8_EN})`,
    { offset, byte: hex },
  );
}

/**
 * The legacy encoding a file that is not UTF-8 is in: each is tried on the start of the file,
 * and the one in which most words with diacritics read as Vietnamese syllables wins, when
 * enough of them do. Null when none fits.
 */
export function recogniseLegacy(bytes: Uint8Array): LegacyEncoding | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let best: LegacyEncoding | null = null;
  let bestShare = MIN_SYLLABLE_SHARE;
  for (const encoding of LEGACY_ENCODINGS) {
    const share = syllableShare(legacyText(sample, encoding));
    if (share !== null && share >= bestShare && (best === null || share > bestShare)) {
      best = encoding;
      bestShare = share;
    }
  }
  return best;
}

function legacyText(bytes: Uint8Array, encoding: LegacyEncoding): string {
  let text = '';
  let run = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    text += latin(bytes, run, i) + (encoding.high(b) ?? '\ufffd');
    run = i + 1;
  }
  return (text + latin(bytes, run, bytes.length)).normalize('NFC');
}

function latin(bytes: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i += 8192)
    text += String.fromCharCode(...bytes.subarray(i, Math.min(to, i + 8192)));
  return text;
}

/** The share of words with a non-ASCII letter and a vowel that are Vietnamese syllables; null without any. */
function syllableShare(text: string): number | null {
  let words = 0;
  let syllables = 0;
  for (const word of text.split(/[^\p{L}\p{M}\ufffd]+/u)) {
    if (!/[\u0080-\uffff]/.test(word) || !hasVowel(word)) continue;
    words++;
    if (isVietnameseSyllable(word)) syllables++;
  }
  return words < 2 ? null : syllables / words;
}

/** Bytes decoded per piece: a piece of text is handed on before the next is decoded. */
export const DECODE_CHUNK_BYTES = 64 * 1024;

/**
 * The text of the bytes in the encoding found, a piece at a time (the BOM left out), each
 * with how many bytes are read so far. Throws `CsvDecodeError` if bytes do not decode.
 */
export function* csvTextChunks(
  bytes: Uint8Array,
  found: CsvEncodingFound,
  chunkBytes = DECODE_CHUNK_BYTES,
): Generator<{ text: string; bytesRead: number }> {
  const start = found.bom ? (found.encoding === 'utf-8' ? 3 : 2) : 0;
  if (found.encoding === 'windows-1258') {
    for (let from = start; from < bytes.length; ) {
      let to = Math.min(bytes.length, from + chunkBytes);
      // A tone mark is its own byte after the letter: keep them in one piece, for NFC.
      while (to < bytes.length && isCp1258Mark(bytes[to]!)) to++;
      yield { text: cp1258(bytes, from, to), bytesRead: to };
      from = to;
    }
    return;
  }
  const decoder = new Decoder(found.encoding, { fatal: true, ignoreBOM: true });
  for (let from = start; from < bytes.length; from += chunkBytes) {
    const to = Math.min(bytes.length, from + chunkBytes);
    let text: string;
    try {
      text = decoder.decode(bytes.subarray(from, to), { stream: to < bytes.length });
    } catch {
      throw new CsvDecodeError(
        csvIssue(
          null,
          null,
          'encoding-invalid',
          `tệp ${found.encoding.toUpperCase()} có byte không đọc được sau vị trí ${from}; ${SAVE_AS_UTF8} (bytes after offset ${from} are not valid ${found.encoding.toUpperCase()}; ${SAVE_AS_UTF8_EN})`,
          { offset: from, encoding: found.encoding },
        ),
      );
    }
    yield { text, bytesRead: to };
  }
}

const CP1258_MARKS = new Set([0xcc, 0xd2, 0xde, 0xec, 0xf2]);

function isCp1258Mark(byte: number): boolean {
  return CP1258_MARKS.has(byte);
}

/** Windows-1258 → NFC text, by its table. */
function cp1258(bytes: Uint8Array, from: number, to: number): string {
  const units = new Uint16Array(to - from);
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    units[i - from] = b < 0x80 ? b : CP1258_HIGH[b - 0x80]!;
  }
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text.normalize('NFC');
}

/** The whole text of a CSV file's bytes, or why it cannot be read (see `detectCsvEncoding`). */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  const detected = detectCsvEncoding(bytes);
  if (!detected.ok) return detected;
  try {
    let text = '';
    for (const chunk of csvTextChunks(bytes, detected)) text += chunk.text;
    return { ok: true, text, encoding: detected.encoding, warnings: detected.warnings };
  } catch (error) {
    if (error instanceof CsvDecodeError) return { ok: false, error: error.issue };
    throw error;
  }
}
