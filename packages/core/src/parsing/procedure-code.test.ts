import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// 3,000 real published procedures (see tests/fixtures/national-portal/README.md).
import business from '../../../../tests/fixtures/national-portal/procedures-business.json';
import citizen from '../../../../tests/fixtures/national-portal/procedures-citizen.json';
import { findProcedureCodes, isCanonicalProcedureCode, parseProcedureCode } from './procedure-code';

const realProcedures = [...citizen, ...business];

describe('parseProcedureCode', () => {
  it('reads national codes of every prefix', () => {
    expect(parseProcedureCode('1.004227')).toEqual({ code: '1.004227', suffix: null, raw: '1.004227' });
    expect(parseProcedureCode('2.000123')?.code).toBe('2.000123');
    expect(parseProcedureCode('3.000001')?.code).toBe('3.000001');
  });

  it('separates the agency suffix, short or hierarchical', () => {
    expect(parseProcedureCode('1.012753.H19')).toEqual({
      code: '1.012753',
      suffix: 'H19',
      raw: '1.012753.H19',
    });
    expect(parseProcedureCode('1.001612.000.00.00.H01')).toEqual({
      code: '1.001612',
      suffix: '000.00.00.H01',
      raw: '1.001612.000.00.00.H01',
    });
    expect(parseProcedureCode('2.002156.000.00.00.G01')?.suffix).toBe('000.00.00.G01');
    expect(parseProcedureCode('1.012753.h19')?.suffix).toBe('H19');
  });

  it('tolerates spaces, NBSP, zero-width characters and labels', () => {
    expect(parseProcedureCode('  1.004227\u00a0')?.code).toBe('1.004227');
    expect(parseProcedureCode('1 .\u00a0004227')?.code).toBe('1.004227');
    expect(parseProcedureCode('\u200b1.004227\u200b')?.code).toBe('1.004227');
    expect(parseProcedureCode('Mã: 1.004227')).toEqual({ code: '1.004227', suffix: null, raw: '1.004227' });
    expect(parseProcedureCode('Mã số: 1.004227')?.code).toBe('1.004227');
    expect(parseProcedureCode('MÃ TTHC: 1.012753.H19')?.suffix).toBe('H19');
    expect(parseProcedureCode('Mã thủ tục hành chính: 2.000815')?.code).toBe('2.000815');
    expect(parseProcedureCode('Mã số thủ tục 2.000815')?.code).toBe('2.000815');
    expect(parseProcedureCode('(1.004227)')?.code).toBe('1.004227');
    expect(parseProcedureCode('1.004227;')?.code).toBe('1.004227');
    expect(parseProcedureCode('1.004227.')?.code).toBe('1.004227');
  });

  it('returns null when there is no code', () => {
    expect(parseProcedureCode('')).toBeNull();
    expect(parseProcedureCode(' \u00a0 ')).toBeNull();
    expect(parseProcedureCode('Không có mã số')).toBeNull();
    expect(parseProcedureCode('Chưa có mã')).toBeNull();
    expect(parseProcedureCode('KHÔNG CÓ MÃ')).toBeNull();
    expect(parseProcedureCode('khong co ma so')).toBeNull();
    expect(parseProcedureCode('-')).toBeNull();
  });

  it('rejects numbers that only look like codes', () => {
    for (const notACode of [
      '2.000',
      '1.000.000',
      '1.004227.000',
      '1.00422',
      '1.0042270',
      '0.004227',
      '12.004227',
      '1,004227',
      '1.004227 và 1.004228',
      'Đăng ký khai sinh',
      '388421',
    ]) {
      expect(parseProcedureCode(notACode), notACode).toBeNull();
    }
  });

  it('parses every one of the 3,000 real codes into its canonical form', () => {
    expect(realProcedures).toHaveLength(3000);
    for (const { TTHC_MA } of realProcedures) {
      const parsed = parseProcedureCode(TTHC_MA);
      expect(parsed, TTHC_MA).toEqual({ code: TTHC_MA, suffix: null, raw: TTHC_MA });
      expect(isCanonicalProcedureCode(TTHC_MA)).toBe(true);
    }
  });

  it('property: any canonical code with any suffix round-trips', () => {
    const code = fc
      .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 999_999 }))
      .map(([p, n]) => `${p}.${String(n).padStart(6, '0')}`);
    const suffix = fc.oneof(
      fc.constant(null),
      fc.stringMatching(/^[A-Z]\d{2}$/),
      fc.stringMatching(/^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/),
    );
    fc.assert(
      fc.property(code, suffix, (c, s) => {
        const raw = s ? `${c}.${s}` : c;
        expect(parseProcedureCode(raw)).toEqual({ code: c, suffix: s, raw });
        expect(findProcedureCodes(`Thủ tục ${raw} (Cấp Tỉnh)`)).toEqual([{ code: c, suffix: s, raw }]);
      }),
    );
  });
});

describe('findProcedureCodes', () => {
  const codesIn = (text: string) => findProcedureCodes(text).map((c) => c.code);

  it('finds codes in link hrefs', () => {
    expect(
      codesIn('https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.004227'),
    ).toEqual(['1.004227']);
    expect(codesIn('/thu-tuc?ma_thu_tuc=2.000815&amp;lang=vi')).toEqual(['2.000815']);
    expect(codesIn('/tthc/1.012753.H19/chi-tiet')).toEqual(['1.012753']);
  });

  it('finds codes in brackets, cells glued by textContent, and lists', () => {
    expect(codesIn('Đăng ký khai sinh (1.004227)')).toEqual(['1.004227']);
    expect(codesIn('1.004227Đăng ký khai sinhCấp Xã')).toEqual(['1.004227']);
    expect(codesIn('1.004227, 1.004228;2.000815\n3.000001')).toEqual([
      '1.004227',
      '1.004228',
      '2.000815',
      '3.000001',
    ]);
    expect(codesIn('1.004227,1.004228')).toEqual(['1.004227', '1.004228']);
    expect(codesIn('Mã số:1.004227.')).toEqual(['1.004227']);
  });

  it('keeps the suffix and the text as written', () => {
    expect(findProcedureCodes('Mã 1.001612.000.00.00.H01 và 1.012753.H19')).toEqual([
      { code: '1.001612', suffix: '000.00.00.H01', raw: '1.001612.000.00.00.H01' },
      { code: '1.012753', suffix: 'H19', raw: '1.012753.H19' },
    ]);
  });

  it('never reads money, dates, phone numbers or decimals as codes', () => {
    for (const text of [
      'Lệ phí: 2.000 đồng/trang',
      'Phí 1.000.000 đồng; 100.000 đồng/lần; 12.000.000.000 đồng',
      '1.000.000,5 đồng',
      'ngày 18.02.2025, 03-12-2025, 1/7/2025',
      'Điện thoại: 0236.3822123, 1900.123456, 024.3822.1234, +84.912345678, 0912.345.678',
      'Tỷ lệ 3.1415926; hệ số 1.0000001',
      '1.004227.000 đồng',
      'Quyết định số 2751/QĐ-UBND; Nghị định 63/2010/NĐ-CP',
      'mã định danh 000.00.00.H01',
    ]) {
      expect(codesIn(text), text).toEqual([]);
    }
  });

  it('finds each real code in a listing row built from the fixtures, and no number from the names', () => {
    // Real names hold "5.000 m3/ngày đêm", "2.000 kVA", "Lô 09.1", "Điều 6.4", and 31 of them
    // repeat their own code in brackets: "Cấp giấy phép môi trường (cấp Bộ) (1.010719)".
    let namesWithCode = 0;
    for (const { TTHC_MA, NAME } of realProcedures) {
      const found = codesIn(`${TTHC_MA}\u00a0${NAME} Phí: 2.000 đồng`);
      expect(found[0], NAME).toBe(TTHC_MA);
      expect(new Set(found), NAME).toEqual(new Set([TTHC_MA]));
      if (found.length > 1) namesWithCode++;
    }
    expect(namesWithCode).toBe(31);
  });

  it('returns nothing for empty text', () => {
    expect(findProcedureCodes('')).toEqual([]);
  });
});
