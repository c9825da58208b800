/**
 * Vietnamese text normalisation for *comparison*. Portal and decision text is messy (NFD tone
 * marks, `Ð` for `Đ`, old/new tone placement, NBSP and zero-width spaces, line breaks inside
 * names); two strings that a reader would call the same must normalise to the same key. The
 * original text is always kept and displayed: these keys are never shown to a user.
 */

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const COMBINING = /[\u0300-\u036f]/;
// Zero-width characters and the soft hyphen carry no meaning in names and break comparisons.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// Every run of whitespace, including NBSP and other Unicode spaces, becomes one space.
const WHITESPACE_RUN = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
// Letters that look like Đ/đ but are not (Icelandic eth, Croatian d with stroke).
const LOOKALIKES: Record<string, string> = { '\u00d0': 'Đ', '\u0189': 'Đ', '\u00f0': 'đ' };
const LOOKALIKE_PATTERN = /[\u00d0\u0189\u00f0]/g;

/** Cleans invisible characters, look-alike letters and whitespace; keeps case and diacritics. */
export function cleanText(input: string): string {
  return input
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(LOOKALIKE_PATTERN, (c) => LOOKALIKES[c] ?? c)
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}

/**
 * Moves the tone mark of open syllables ending in "oa", "oe", "uy" to the first of the two
 * vowels, so old-style "hoá", "thuỷ" and new-style "hóa", "thủy" compare equal. After "q"
 * the "u" is part of the consonant ("quý") and nothing moves.
 */
function unifyTonePlacement(word: string): string {
  const decomposed = word.normalize('NFD');
  const letters: { base: string; marks: string[] }[] = [];
  for (const ch of decomposed) {
    const last = letters[letters.length - 1];
    if (COMBINING.test(ch) && last) last.marks.push(ch);
    else letters.push({ base: ch, marks: [] });
  }
  const n = letters.length;
  if (n < 2) return word;
  const last = letters[n - 1]!;
  const before = letters[n - 2]!;
  const pair = (before.base + last.base).toLowerCase();
  if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return word;
  if (n >= 3 && letters[n - 3]!.base.toLowerCase() === 'q') return word;
  // Only bare vowels qualify: "uơ", "oă" and friends are different syllables.
  if (before.marks.some((m) => !TONE_MARKS.has(m))) return word;
  const tone = last.marks.find((m) => TONE_MARKS.has(m));
  if (!tone || before.marks.length > 0) return word;
  last.marks = last.marks.filter((m) => m !== tone);
  before.marks.push(tone);
  return letters
    .map((l) => l.base + l.marks.join(''))
    .join('')
    .normalize('NFC');
}

/**
 * The comparison form of a text: cleaned, tone placement unified, lower-cased. Two texts
 * with the same comparison form are the same text to every diff and match in the product.
 */
export function normalizeText(input: string): string {
  return cleanText(input)
    .toLocaleLowerCase('vi')
    .replace(/[\p{L}\p{M}]+/gu, unifyTonePlacement);
}

/**
 * A diacritic-insensitive key for search and fuzzy matching: "Đăng ký khai sinh" and
 * "dang ky khai sinh" share it. Punctuation becomes spaces.
 */
export function searchKey(input: string): string {
  return cleanText(input)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[Đđ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether two texts are the same once normalised (null and empty are the same). */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return normalizeText(a ?? '') === normalizeText(b ?? '');
}
