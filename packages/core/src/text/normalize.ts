/**
 * Vietnamese text normalisation for *comparison*. Portal and decision text is messy (NFD tone
 * marks, `Ð` for `Đ`, old/new tone placement, NBSP and zero-width spaces, line breaks inside
 * names); two strings that a reader would call the same must normalise to the same key. The
 * original text is always kept and displayed: these keys are never shown to a user.
 *
 * These functions run on every row of every listing and every catalogue search (20,000 names
 * in a few tens of milliseconds, DESIGN §9), so each step only touches the characters that
 * need it: a regular expression that matched every ordinary space would cost more than all
 * the rest together.
 */

// Zero-width characters and the soft hyphen carry no meaning in names and break comparisons.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// Letters that look like Đ/đ but are not (Icelandic eth, African D).
const LOOKALIKES: Record<string, string> = { '\u00d0': 'Đ', '\u0189': 'Đ', '\u00f0': 'đ' };
const LOOKALIKE_PATTERN = /[\u00d0\u0189\u00f0]/g;
// Either of the above: most text has neither, and one test is cheaper than two replaces.
const INVISIBLE_OR_LOOKALIKE = /[\u200b-\u200d\u2060\ufeff\u00ad\u00d0\u0189\u00f0]/;
// Whitespace that is not a single plain space: any other space character (NBSP, line breaks,
// tabs, ideographic space… `\s` covers them all), or a space followed by more whitespace.
// Ordinary single spaces never match, so clean text is scanned once and left alone.
const UNUSUAL_WHITESPACE = /[^\S ]| \s/;
const UNUSUAL_WHITESPACE_RUN = /[^\S ]\s*| \s+/g;

// Text made only of Latin letters up to U+02FF and the precomposed Vietnamese letters
// (U+1E00–U+1EFF) is already in NFC: every such character is a starter that NFC leaves alone
// and no two of them compose. Checking for anything else is cheaper than normalising
// (tested over every character of both ranges).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at U+0000 on purpose (control characters are NFC too)
const MAYBE_NOT_NFC = /[^\u0000-\u02ff\u1e00-\u1eff]/;

/** Cleans invisible characters, look-alike letters and whitespace; keeps case and diacritics. */
export function cleanText(input: string): string {
  let text = input;
  const special = INVISIBLE_OR_LOOKALIKE.test(text);
  // Invisible characters go before NFC: one between a letter and its tone mark
  // ("e\u200b\u0301") would otherwise stop NFC from composing them.
  if (special) text = text.replace(INVISIBLE, '');
  if (MAYBE_NOT_NFC.test(text)) text = text.normalize('NFC');
  if (special) text = text.replace(LOOKALIKE_PATTERN, (c) => LOOKALIKES[c] ?? c);
  if (UNUSUAL_WHITESPACE.test(text)) text = text.replace(UNUSUAL_WHITESPACE_RUN, ' ');
  return text.trim();
}

/**
 * Old-style tone placement puts the tone on the second vowel of open syllables ending in
 * "oa", "oe", "uy" ("hoá", "khoẻ", "thuỷ"); new style puts it on the first ("hóa", "khỏe",
 * "thủy"). In NFC lower case such a syllable ends in a bare "o"/"u" and a toned "a"/"e"/"y".
 * After "q" the "u" belongs to the consonant ("quý") and nothing moves; a closed syllable
 * ("hoàn") does not end there, so the lookahead leaves it alone.
 */
const OLD_STYLE_TONE = /(?:o[áàảãạéèẻẽẹ]|u[ýỳỷỹỵ])(?![\p{L}\p{M}])/gu;
const MARK = /\p{M}/u;

function moveToneToFirstVowel(pair: string, offset: number, text: string): string {
  // "q" (with any loose marks) before the pair is checked here rather than by a lookbehind in
  // the pattern, which would run at every letter of every text.
  let before = offset - 1;
  while (before >= 0 && MARK.test(text[before]!)) before--;
  if (text[before] === 'q') return pair;
  // The pair and the toned letter's NFD form are two code units each (all in the BMP).
  const first = pair.charAt(0);
  const toned = pair.charAt(1).normalize('NFD');
  const base = toned.charAt(0);
  const tone = toned.charAt(1);
  return (first + tone).normalize('NFC') + base;
}

/**
 * The comparison form of a text: cleaned, tone placement unified, lower-cased. Two texts
 * with the same comparison form are the same text to every diff and match in the product.
 */
export function normalizeText(input: string): string {
  // Plain toLowerCase: Vietnamese has no locale-specific casing rules (only tr, az, lt do),
  // and the locale-aware variant costs twice as much.
  return cleanText(input).toLowerCase().replace(OLD_STYLE_TONE, moveToneToFirstVowel);
}

/**
 * A diacritic-insensitive key for search and fuzzy matching: "Đăng ký khai sinh" and
 * "dang ky khai sinh" share it. Punctuation becomes spaces.
 *
 * `searchKeyReference` defines the key. For Latin text (every Vietnamese name) the same key
 * is built in one pass through a per-character table derived from that definition, which
 * is several times faster than decomposing and rewriting the whole string.
 */
export function searchKey(input: string): string {
  return searchKeyFast(input) ?? searchKeyReference(input);
}

/** The definition of the search key, used for any text the fast path does not cover. */
function searchKeyReference(input: string): string {
  return cleanText(input)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[Đđ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// What one character contributes to the key, by UTF-16 code unit: NOT_COVERED (the whole
// text then takes the reference path), SEPARATOR (space, punctuation), DROPPED (a tone mark
// or an invisible character), or the char code of the one ASCII letter or digit it becomes.
const NOT_COVERED = 0;
const SEPARATOR = 1;
const DROPPED = 2;
const SPACE = 0x20;

/**
 * Built once from `searchKeyReference` itself, so the fast path cannot disagree with it:
 * a character enters the table only if the reference treats it the same way between two
 * letters as on its own. Covered: Latin letters (with Vietnamese and other diacritics),
 * combining diacritics U+0300–U+036F, spaces and general punctuation. Not covered: other
 * scripts, whose case mappings or compositions can depend on context (Greek final sigma).
 * Built on the first key, not when the module loads: a page that never searches (the
 * console's start, ≈ 10 ms of it) does not pay for it.
 */
let keyTable: Uint16Array | null = null;

function buildKeyTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  const covered = (code: number) =>
    code < 0x0250 ||
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1e00 && code <= 0x206f) ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0xfffd;
  for (let code = 0; code <= 0xffff; code++) {
    if (!covered(code)) continue;
    const ch = String.fromCharCode(code);
    // Only marks the reference strips may appear, so composition order never matters.
    if (/\p{M}/u.test(ch.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))) continue;
    const alone = searchKeyReference(ch);
    const between = searchKeyReference(`a${ch}b`);
    if (between === 'a b') table[code] = SEPARATOR;
    else if (between === 'ab') table[code] = DROPPED;
    else if (/^[a-z0-9]$/.test(alone) && between === `a${alone}b`) table[code] = alone.charCodeAt(0);
  }
  return table;
}

// Reused output buffer: building the key as char codes and converting once is several
// times faster than growing a string one character at a time.
let keyBuffer = new Uint16Array(1024);
const CHUNK = 8192; // String.fromCharCode.apply takes a bounded number of arguments.

function searchKeyFast(input: string): string | null {
  if (keyBuffer.length < input.length) keyBuffer = new Uint16Array(input.length * 2);
  const out = keyBuffer;
  keyTable ??= buildKeyTable();
  const table = keyTable;
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < input.length; i++) {
    const part = table[input.charCodeAt(i)]!;
    if (part === NOT_COVERED) return null;
    if (part === SEPARATOR) pendingSpace = n > 0;
    else if (part !== DROPPED) {
      if (pendingSpace) out[n++] = SPACE;
      pendingSpace = false;
      out[n++] = part;
    }
  }
  let key = '';
  for (let start = 0; start < n; start += CHUNK) {
    // `Reflect.apply` takes the typed array as the argument list, like `Function.prototype.apply`.
    key += Reflect.apply(
      String.fromCharCode,
      null,
      out.subarray(start, Math.min(n, start + CHUNK)),
    ) as string;
  }
  return key;
}

/** Whether two texts are the same once normalised (null and empty are the same). */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return normalizeText(a ?? '') === normalizeText(b ?? '');
}
