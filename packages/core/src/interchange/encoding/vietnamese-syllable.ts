/**
 * Whether a word is a Vietnamese syllable: an onset, a vowel nucleus (with its glides) and a
 * final consonant, at most one tone. Used to tell which legacy encoding a file is in: read in
 * the right one, almost every word with a diacritic is a syllable; in a wrong one, few are.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const LETTERS = /^[a-zđăâêôơư]+$/;
const ONSETS = [
  'ngh',
  'ng',
  'gh',
  'gi',
  'kh',
  'nh',
  'ph',
  'qu',
  'th',
  'tr',
  'ch',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
];
const CODAS = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't', ''];
const NUCLEI = new Set([
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iê',
  'iu',
  'oa',
  'oă',
  'oe',
  'oi',
  'ôi',
  'ơi',
  'oo',
  'ua',
  'uâ',
  'uê',
  'ui',
  'uô',
  'uơ',
  'uy',
  'ưa',
  'ưi',
  'ưu',
  'ươ',
  'yê',
  'iêu',
  'oai',
  'oay',
  'oao',
  'oeo',
  'uây',
  'uôi',
  'ươi',
  'ươu',
  'uyê',
  'uya',
  'uyu',
  'yêu',
]);
const VOWEL = /[aăâeêioôơuưy]/;

/** Whether the word has a vowel at all ("QĐ" has not: abbreviations say nothing about the encoding). */
export function hasVowel(word: string): boolean {
  return VOWEL.test(word.toLowerCase().normalize('NFD').replace(TONE_MARKS, '').normalize('NFC'));
}

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  const bare = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  if (!LETTERS.test(bare)) return false;
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    for (const coda of CODAS) {
      if (!bare.endsWith(coda) || bare.length < onset.length + coda.length + 1) continue;
      if (NUCLEI.has(bare.slice(onset.length, bare.length - coda.length))) return true;
    }
  }
  return false;
}
