/**
 * The legacy Vietnamese encodings a decision list may still come in, as data. Windows-1258 is
 * a real code page and is converted; TCVN3 (ABC) and VNI are font encodings (the same byte is
 * a lower- or upper-case letter depending on the font), so they are only recognised, to tell
 * the office how to save the file again.
 */

/** Windows-1258, bytes 0x80–0xFF (code points; -1 where the code page defines nothing). */
export const CP1258_HIGH: readonly number[] = [
  // 0x80
  0x20ac,
  -1,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  -1,
  0x2039,
  0x0152,
  -1,
  -1,
  -1,
  // 0x90
  -1,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  -1,
  0x203a,
  0x0153,
  -1,
  -1,
  0x0178,
  // 0xA0–0xBF: as Latin-1
  ...Array.from({ length: 32 }, (_, i) => 0xa0 + i),
  // 0xC0
  0xc0,
  0xc1,
  0xc2,
  0x0102,
  0xc4,
  0xc5,
  0xc6,
  0xc7,
  0xc8,
  0xc9,
  0xca,
  0xcb,
  0x0300,
  0xcd,
  0xce,
  0xcf,
  // 0xD0
  0x0110,
  0xd1,
  0x0309,
  0xd3,
  0xd4,
  0x01a0,
  0xd6,
  0xd7,
  0xd8,
  0xd9,
  0xda,
  0xdb,
  0xdc,
  0x01af,
  0x0303,
  0xdf,
  // 0xE0
  0xe0,
  0xe1,
  0xe2,
  0x0103,
  0xe4,
  0xe5,
  0xe6,
  0xe7,
  0xe8,
  0xe9,
  0xea,
  0xeb,
  0x0301,
  0xed,
  0xee,
  0xef,
  // 0xF0
  0x0111,
  0xf1,
  0x0323,
  0xf3,
  0xf4,
  0x01a1,
  0xf6,
  0xf7,
  0xf8,
  0xf9,
  0xfa,
  0xfb,
  0xfc,
  0x01b0,
  0x20ab,
  0xff,
];

/**
 * TCVN3 (ABC, TCVN 5712:1993 VN3): one byte per lower-case Vietnamese letter, tone included
 * ("Céng hoµ x· héi chñ nghÜa ViÖt Nam" is how its text looks read as Latin-1). Capitals
 * with tones need a separate "H" font, which is why such a file cannot be converted blindly.
 */
export const TCVN3_LETTERS: Readonly<Record<number, string>> = {
  161: 'Ă',
  162: 'Â',
  163: 'Ê',
  164: 'Ô',
  165: 'Ơ',
  166: 'Ư',
  167: 'Đ',
  168: 'ă',
  169: 'â',
  170: 'ê',
  171: 'ô',
  172: 'ơ',
  173: 'ư',
  174: 'đ',
  181: 'à',
  182: 'ả',
  183: 'ã',
  184: 'á',
  185: 'ạ',
  187: 'ằ',
  188: 'ẳ',
  189: 'ẵ',
  190: 'ắ',
  198: 'ặ',
  199: 'ầ',
  200: 'ẩ',
  201: 'ẫ',
  202: 'ấ',
  203: 'ậ',
  204: 'è',
  206: 'ẻ',
  207: 'ẽ',
  208: 'é',
  209: 'ẹ',
  210: 'ề',
  211: 'ể',
  212: 'ễ',
  213: 'ế',
  214: 'ệ',
  215: 'ì',
  216: 'ỉ',
  220: 'ĩ',
  221: 'í',
  222: 'ị',
  223: 'ò',
  225: 'ỏ',
  226: 'õ',
  227: 'ó',
  228: 'ọ',
  229: 'ồ',
  230: 'ổ',
  231: 'ỗ',
  232: 'ố',
  233: 'ộ',
  234: 'ờ',
  235: 'ở',
  236: 'ỡ',
  237: 'ớ',
  238: 'ợ',
  239: 'ù',
  241: 'ủ',
  242: 'ũ',
  243: 'ú',
  244: 'ụ',
  245: 'ừ',
  246: 'ử',
  247: 'ữ',
  248: 'ứ',
  249: 'ự',
  250: 'ỳ',
  251: 'ỷ',
  252: 'ỹ',
  253: 'ý',
  254: 'ỵ',
};

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/**
 * VNI (VNI-Windows fonts): a plain letter followed by a byte that adds its marks ("Coäng hoøa
 * xaõ hoäi chuû nghóa Vieät Nam"), plus a few letters of their own. Each byte maps to what
 * it adds (combining marks) or the letter it is; lower case here, upper case in VNI_UPPER.
 */
export const VNI_BYTES: Readonly<Record<number, string>> = {
  249: ACUTE,
  248: GRAVE,
  251: HOOK,
  245: TILDE,
  239: DOT,
  226: CIRCUMFLEX,
  225: CIRCUMFLEX + ACUTE,
  224: CIRCUMFLEX + GRAVE,
  229: CIRCUMFLEX + HOOK,
  227: CIRCUMFLEX + TILDE,
  228: CIRCUMFLEX + DOT,
  234: BREVE,
  233: BREVE + ACUTE,
  232: BREVE + GRAVE,
  250: BREVE + HOOK,
  252: BREVE + TILDE,
  235: BREVE + DOT,
  244: 'ơ',
  246: 'ư',
  241: 'đ',
  236: 'ì',
  237: 'í',
  230: 'ỉ',
  243: 'ĩ',
  242: 'ị',
  // Upper case: the same marks 0x20 lower.
  217: ACUTE,
  216: GRAVE,
  219: HOOK,
  213: TILDE,
  207: DOT,
  194: CIRCUMFLEX,
  193: CIRCUMFLEX + ACUTE,
  192: CIRCUMFLEX + GRAVE,
  197: CIRCUMFLEX + HOOK,
  195: CIRCUMFLEX + TILDE,
  196: CIRCUMFLEX + DOT,
  202: BREVE,
  201: BREVE + ACUTE,
  200: BREVE + GRAVE,
  218: BREVE + HOOK,
  220: BREVE + TILDE,
  203: BREVE + DOT,
  212: 'Ơ',
  214: 'Ư',
  209: 'Đ',
  204: 'Ì',
  205: 'Í',
  198: 'Ỉ',
  211: 'Ĩ',
  210: 'Ị',
};

/** A legacy encoding: how to read its bytes (for recognising it), and what to tell the user. */
export interface LegacyEncoding {
  id: 'windows-1258' | 'tcvn3' | 'vni';
  /** The name offices know it by. */
  label: string;
  /** Converted to Unicode (a real code page), or refused with advice. */
  convertible: boolean;
  /** The text of one byte (>= 0x80); undefined when the encoding has nothing there. */
  high(byte: number): string | undefined;
}

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = [
  {
    id: 'windows-1258',
    label: 'Windows-1258',
    convertible: true,
    high: (byte) => {
      const code = CP1258_HIGH[byte - 0x80]!;
      return code < 0 ? undefined : String.fromCharCode(code);
    },
  },
  { id: 'vni', label: 'VNI', convertible: false, high: (byte) => VNI_BYTES[byte] },
  { id: 'tcvn3', label: 'TCVN3 (ABC)', convertible: false, high: (byte) => TCVN3_LETTERS[byte] },
];
