/**
 * Text that arrived already damaged. The national portal's own data holds names such as
 * "môi tr��ờng" (bytes lost, replaced by U+FFFD) and provincial pages written in another
 * encoding show "Ä‘Äƒng kÃ½" (UTF-8 read as Windows-1252 or Latin-1) or "Tr??ng" (letters
 * lost to a charset without them). Such text cannot be compared as if whole: a damaged name
 * differs from the catalogue's by its damage, not by a change of the procedure. Callers flag
 * it instead (`FieldDiff` kind `damaged`), and always display it as it came.
 */

export type TextDamage = 'replacement-character' | 'mojibake' | 'lost-letters';

const REPLACEMENT = /\uFFFD/;

// What a UTF-8 continuation byte (0x80–0xBF) becomes when read as Windows-1252 (the printable
// characters of 0x80–0x9F) or Latin-1 (the C1 controls U+0080–U+009F), plus 0xA0–0xBF.
const CONTINUATION =
  '[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]';
/**
 * The lead bytes of Vietnamese letters in UTF-8, read the same way: 0xC3 "Ã" (á, â, ê, ô…),
 * 0xC4 "Ä" (ă, đ, ĩ), 0xC5 "Å" (ũ), 0xC6 "Æ" (ơ, ư), 0xCC/0xCD "Ì"/"Í" (loose tone marks of
 * NFD text), and 0xE1 0xBA/0xBB "áº"/"á»" (ạ…ỹ). None of these pairs is written in
 * Vietnamese: "Ã" and "Í" are letters, but never followed by a symbol such as "©" or "‘".
 */
const MOJIBAKE = new RegExp(`[ÃÄÅÆÌÍ]${CONTINUATION}|á[º»]${CONTINUATION}`);
// Latin-1's C1 controls never appear in real text.
const C1_CONTROL = /[\u0080-\u009F]/;
// A question mark between letters ("Tr??ng", "Th? t?c"): letters a conversion could not write.
const LOST_LETTERS = /\p{L}\?+\p{L}/u;

/** What damage a text shows, or null when it reads as whole. */
export function textDamage(text: string | null | undefined): TextDamage | null {
  if (!text) return null;
  if (REPLACEMENT.test(text)) return 'replacement-character';
  if (MOJIBAKE.test(text) || C1_CONTROL.test(text)) return 'mojibake';
  if (LOST_LETTERS.test(text)) return 'lost-letters';
  return null;
}

/** Whether a text arrived damaged (replacement characters, mojibake, lost letters). */
export function damagedText(text: string | null | undefined): boolean {
  return textDamage(text) !== null;
}
