import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectCsvEncoding } from './decode';
import { CP1258_HIGH } from './legacy-tables';
import { encodeCp1258, encodeTcvn3, encodeUtf16, encodeVni } from './testing-encoders';
import { isVietnameseSyllable } from './vietnamese-syllable';

const HOA_BINH = readFileSync(
  new URL('../../../../../tests/fixtures/decisions/hoa-binh-2020.csv', import.meta.url),
  'utf8',
);
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);

// How these encodings look when their bytes are shown as Latin-1: typed from real documents,
// not made by this module's tables.
const TCVN3_MOTTO = 'Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\n';
const VNI_MOTTO = 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc\n';

describe('the Windows-1258 table', () => {
  it('is the code page the platform decodes', () => {
    const platform = new TextDecoder('windows-1258');
    for (let byte = 0x80; byte <= 0xff; byte++) {
      const code = CP1258_HIGH[byte - 0x80]!;
      if (code >= 0) expect(platform.decode(Uint8Array.of(byte)).charCodeAt(0), `byte ${byte}`).toBe(code);
    }
  });
});

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with or without BOM as it is', () => {
    expect(decodeCsvBytes(utf8('\ufeffSố quyết định,Tên'))).toEqual({
      ok: true,
      text: 'Số quyết định,Tên',
      encoding: 'utf-8',
      warnings: [],
    });
    expect(decodeCsvBytes(utf8('Số quyết định'))).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE by their BOM, and UTF-16 LE without one', () => {
    const text = 'Số quyết định\tTên TTHC\r\n';
    expect(decodeCsvBytes(encodeUtf16(text, 'le'))).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeCsvBytes(encodeUtf16(text, 'be'))).toMatchObject({ ok: true, text, encoding: 'utf-16be' });
    expect(decodeCsvBytes(encodeUtf16(text, 'le').subarray(2))).toMatchObject({
      ok: true,
      text,
      encoding: 'utf-16le',
    });
  });

  it('converts Windows-1258 to NFC with a warning naming it', () => {
    const text =
      'Số quyết định,Tên thủ tục\n1/QĐ-UBND,Đăng ký khai sinh; cấp lại Giấy chứng nhận quyền sử dụng đất\n';
    const decoded = decodeCsvBytes(encodeCp1258(text));
    expect(decoded).toMatchObject({ ok: true, text, encoding: 'windows-1258' });
    expect(decoded.ok && decoded.warnings).toEqual([
      expect.objectContaining({ code: 'encoding-converted', row: 0, params: { encoding: 'windows-1258' } }),
    ]);
  });

  it('refuses TCVN3 (ABC) and VNI, naming them', () => {
    for (const [bytes, encoding, label] of [
      [latin1(TCVN3_MOTTO), 'tcvn3', 'TCVN3 (ABC)'],
      [encodeTcvn3(HOA_BINH.slice(1, 4_000)), 'tcvn3', 'TCVN3 (ABC)'],
      [latin1(VNI_MOTTO), 'vni', 'VNI'],
      [encodeVni(HOA_BINH.slice(1, 4_000)), 'vni', 'VNI'],
    ] as const) {
      const decoded = decodeCsvBytes(bytes);
      expect(decoded).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'encoding-legacy', params: { encoding } }),
      });
      expect(!decoded.ok && decoded.error.message).toContain(`bảng mã ${label}`);
      expect(!decoded.ok && decoded.error.message).toContain('CSV UTF-8');
    }
  });

  it('refuses other bytes that are not UTF-8 at the first bad byte, by row and line', () => {
    const good = utf8('Số quyết định,Tên\n1/QĐ-UBND,"Tên\ndài"\n2/QĐ-UBND,');
    const bytes = new Uint8Array([...good, 0xff, 0x41, 0x0a]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'encoding-invalid',
        row: 3,
        line: 4,
        params: { offset: good.length, byte: '0xFF' },
      }),
    });
    // Never a replacement character from a decoding failure.
    expect(detectCsvEncoding(latin1('Café,Crème brûlée\n')).ok).toBe(false);
  });
});

describe('isVietnameseSyllable', () => {
  it('takes syllables and leaves other words', () => {
    for (const word of ['quyết', 'định', 'Nghiêng', 'giữa', 'khuya', 'thuở', 'hoà', 'quý'])
      expect(isVietnameseSyllable(word), word).toBe(true);
    for (const word of ['Céng'.replace('é', 'ñ'), 'ủũnh', 'Quyeát', 'café', 'hộii', 'ắà'])
      expect(isVietnameseSyllable(word), word).toBe(false);
  });
});
