import { CP1258_HIGH, TCVN3_LETTERS, VNI_BYTES } from './legacy-tables';

/**
 * Encoders for tests: Node can decode Windows-1258 but encodes nothing but UTF-8 and UTF-16,
 * so test files in the legacy encodings are made from the same tables, inverted.
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;

function byteMap(entries: Iterable<[string, number]>): Map<string, number> {
  return new Map(entries);
}

const CP1258_BYTES = byteMap(
  CP1258_HIGH.flatMap((code, i): [string, number][] =>
    code < 0 ? [] : [[String.fromCharCode(code), 0x80 + i]],
  ),
);

/** Text → Windows-1258: precomposed letters where the code page has them, else letter + tone byte. */
export function encodeCp1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const direct = CP1258_BYTES.get(char);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const parts = char.normalize('NFD');
    const tone = [...parts].find((c) => TONES.test(c));
    const base = [...parts]
      .filter((c) => !TONES.test(c))
      .join('')
      .normalize('NFC');
    const baseByte = base.charCodeAt(0) < 0x80 ? base.charCodeAt(0) : CP1258_BYTES.get(base);
    const toneByte = tone === undefined ? undefined : CP1258_BYTES.get(tone);
    if (baseByte === undefined || toneByte === undefined) throw new Error(`no Windows-1258 for «${char}»`);
    out.push(baseByte, toneByte);
  }
  return Uint8Array.from(out);
}

const TCVN3_BYTES = byteMap(Object.entries(TCVN3_LETTERS).map(([byte, letter]) => [letter, Number(byte)]));

/** Text → TCVN3, lower case (the font encoding has no toned capitals: they are lowered). */
export function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else out.push(TCVN3_BYTES.get(char) ?? TCVN3_BYTES.get(char.toLowerCase()) ?? 0x3f);
  }
  return Uint8Array.from(out);
}

const VNI_LOWER = Object.entries(VNI_BYTES).filter(([byte]) => Number(byte) >= 0xe0);

/** Text → VNI: the plain letter, then the byte of its marks (lower-case mark bytes). */
export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const letter =
      VNI_LOWER.find(([, value]) => value === char) ?? Object.entries(VNI_BYTES).find(([, v]) => v === char);
    if (letter) {
      out.push(Number(letter[0]));
      continue;
    }
    const parts = [...char.normalize('NFD')];
    let base = parts[0]!;
    let marks = parts.slice(1).join('');
    // ơ and ư are letters of their own in VNI, other marks follow them.
    if (marks.startsWith('\u031b')) {
      base = (base + '\u031b').normalize('NFC');
      marks = marks.slice(1);
    }
    const baseByte =
      base.charCodeAt(0) < 0x80
        ? base.charCodeAt(0)
        : Number(Object.entries(VNI_BYTES).find(([, v]) => v === base)?.[0] ?? 0x3f);
    const markByte = VNI_LOWER.find(([, value]) => value === marks);
    out.push(baseByte);
    if (markByte) out.push(Number(markByte[0]));
  }
  return Uint8Array.from(out);
}

/** Text → UTF-16 with its BOM. */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), endian === 'le');
  return out;
}
