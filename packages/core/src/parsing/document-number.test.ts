import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Real decision numbers as the national portal returns them (see tests/fixtures/national-portal).
import decisionSearch from '../../../../tests/fixtures/national-portal/decision-search.json';
import { documentNumberKey, findDocumentNumbers, parseDocumentNumber } from './document-number';

const canonicalOf = (raw: string) => parseDocumentNumber(raw)?.canonical ?? null;

describe('parseDocumentNumber', () => {
  it('splits a canonical number into serial, year and type code', () => {
    expect(parseDocumentNumber('45/2020/NĐ-CP')).toEqual({
      canonical: '45/2020/NĐ-CP',
      serial: '45',
      year: 2020,
      typeCode: 'NĐ-CP',
    });
    expect(parseDocumentNumber('2751/QĐ-UBND')).toEqual({
      canonical: '2751/QĐ-UBND',
      serial: '2751',
      year: null,
      typeCode: 'QĐ-UBND',
    });
  });

  it('restores hyphens and removes stray spaces', () => {
    expect(canonicalOf('42/2022/NĐCP')).toBe('42/2022/NĐ-CP');
    expect(canonicalOf('01 /2018/TT-VPCP')).toBe('01/2018/TT-VPCP');
    expect(canonicalOf('01 / 2018 / TT - VPCP')).toBe('01/2018/TT-VPCP');
    expect(canonicalOf('19-2016/NQ-CP')).toBe('19/2016/NQ-CP');
    expect(canonicalOf('12/2015/QĐTTg')).toBe('12/2015/QĐ-TTg');
    expect(canonicalOf('111/2008/NQHĐND')).toBe('111/2008/NQ-HĐND');
    expect(canonicalOf('15/2019/TTBTC')).toBe('15/2019/TT-BTC');
    expect(canonicalOf('01/2016/TTLTBTP')).toBe('01/2016/TTLT-BTP');
    expect(canonicalOf('05/2014/TT-TTCP')).toBe('05/2014/TT-TTCP');
    expect(canonicalOf('92/2017/NĐ\u2013CP')).toBe('92/2017/NĐ-CP');
  });

  it('strips labels and trailing punctuation', () => {
    expect(canonicalOf('số111/2008/NQ-HĐND')).toBe('111/2008/NQ-HĐND');
    expect(canonicalOf('Số: 2751/QĐ-UBND')).toBe('2751/QĐ-UBND');
    expect(canonicalOf('Luật số 59/2020/QH14')).toBe('59/2020/QH14');
    expect(canonicalOf('2193/QĐ-UBND.')).toBe('2193/QĐ-UBND');
    expect(canonicalOf('Nghị định số 63/2010/NĐ-CP;')).toBe('63/2010/NĐ-CP');
  });

  it('fixes Ð (U+00D0), NFD, lower case, NBSP and keeps "TTg"', () => {
    expect(canonicalOf('45/2020/N\u00d0-CP')).toBe('45/2020/NĐ-CP');
    expect(canonicalOf('45/2020/NĐ-CP'.normalize('NFD'))).toBe('45/2020/NĐ-CP');
    expect(canonicalOf('42/2022/nđ-cp')).toBe('42/2022/NĐ-CP');
    expect(canonicalOf('12/2015/qđ-ttg')).toBe('12/2015/QĐ-TTg');
    expect(canonicalOf('2751/qđ-ubnd')).toBe('2751/QĐ-UBND');
    expect(canonicalOf('59/2020/qh14')).toBe('59/2020/QH14');
    expect(canonicalOf('\u00a059/2020/QH14\u200b')).toBe('59/2020/QH14');
  });

  it('keeps type codes it does not know, and laws without a hyphen', () => {
    expect(canonicalOf('61/2024/QH15')).toBe('61/2024/QH15');
    expect(canonicalOf('01/2016/TTLT-BTP-BNG')).toBe('01/2016/TTLT-BTP-BNG');
    expect(canonicalOf('4221/EVN-KDMBD')).toBe('4221/EVN-KDMBD');
    expect(canonicalOf('1635/QĐ-TTPVHCC')).toBe('1635/QĐ-TTPVHCC');
    expect(canonicalOf('02245/QĐ-UBND')).toBe('02245/QĐ-UBND');
  });

  it('takes the first number when the field holds more', () => {
    expect(canonicalOf('2226/QĐ-UBND ngày 04/12/2025')).toBe('2226/QĐ-UBND');
  });

  it('returns null when there is no document number', () => {
    for (const text of ['', 'Nghị định 18', 'Luật điện lực', '04/12/2025', '1/2', '24/7', '2.000 đồng']) {
      expect(parseDocumentNumber(text), text).toBeNull();
    }
  });

  it('reads every decision number in the portal search answer', () => {
    const codes = decisionSearch.map((d) => d.CODE);
    expect(codes).toContain('2193/QĐ-UBND.');
    for (const code of codes) {
      const parsed = parseDocumentNumber(code);
      expect(parsed, code).not.toBeNull();
      expect(parsed!.canonical, code).toMatch(/^\d+\/Q\u0110-[A-Z]+$/u);
      expect(code.startsWith(parsed!.canonical), code).toBe(true);
    }
  });

  it('property: canonical numbers are fixed points, and messy spellings map onto them', () => {
    const serial = fc.stringMatching(/^[0-9]{1,4}$/);
    const year = fc.integer({ min: 1990, max: 2030 });
    const type = fc.constantFrom('NĐ-CP', 'QĐ-TTg', 'TT-BTC', 'NQ-HĐND', 'QĐ-UBND', 'TT-VPCP', 'QH14');
    fc.assert(
      fc.property(serial, year, type, fc.boolean(), (s, y, t, upper) => {
        const canonical = `${s}/${y}/${t}`;
        expect(canonicalOf(canonical)).toBe(canonical);
        const messy = `số ${s} / ${y}/${upper ? t : t.toLowerCase()}.`
          .replace('Đ', '\u00d0')
          .normalize('NFD');
        expect(canonicalOf(messy)).toBe(canonical);
        expect(documentNumberKey(messy)).toBe(canonical);
      }),
    );
  });
});

describe('findDocumentNumbers', () => {
  it('pulls every number out of a legal-basis sentence, once each, in order', () => {
    const text =
      'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính; ' +
      'Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 và Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 ' +
      'sửa đổi, bổ sung một số điều của Nghị định số 63/2010/NĐ-CP; Thông tư số 01 /2018/TT-VPCP; ' +
      'Luật số 59/2020/QH14; Quyết định số 2751/QĐ-UBND ngày 03/12/2025 của UBND tỉnh Điện Biên.';
    expect(findDocumentNumbers(text).map((d) => d.canonical)).toEqual([
      '63/2010/NĐ-CP',
      '48/2013/NĐ-CP',
      '92/2017/NĐ-CP',
      '01/2018/TT-VPCP',
      '59/2020/QH14',
      '2751/QĐ-UBND',
    ]);
  });

  it('never reads dates, fractions, units or money as document numbers', () => {
    const text =
      'ngày 08/6/2010, 18/02/2025, 03-12-2025; 1/2 Số lượng; phục vụ 24/7; 60 km/h; 5.000 m3/ngày đêm; ' +
      '2.000 đồng/trang; 50.000đ/Hồ sơ; Nghị định 18';
    expect(findDocumentNumbers(text)).toEqual([]);
  });

  it('finds numbers glued to "số" and written with Ð (U+00D0) or missing hyphens', () => {
    expect(
      findDocumentNumbers(
        'theo Nghị quyết số111/2008/NQ-HĐND và Nghị định 45/2020/N\u00d0-CP, 42/2022/NĐCP',
      ).map((d) => d.canonical),
    ).toEqual(['111/2008/NQ-HĐND', '45/2020/NĐ-CP', '42/2022/NĐ-CP']);
  });

  it('reads the legal basis cells of the real detail page', () => {
    expect(
      findDocumentNumbers('61/2024/QH15 Luật điện lực 30-11-2024 Quốc Hội 18/2025/NĐ-CP Nghị định 18'),
    ).toEqual([
      { canonical: '61/2024/QH15', serial: '61', year: 2024, typeCode: 'QH15' },
      { canonical: '18/2025/NĐ-CP', serial: '18', year: 2025, typeCode: 'NĐ-CP' },
    ]);
  });
});

describe('documentNumberKey', () => {
  it('gives the canonical number, or the cleaned text when it does not parse', () => {
    expect(documentNumberKey('42/2022/NĐCP')).toBe('42/2022/NĐ-CP');
    expect(documentNumberKey(' Công văn\u00a0không số ')).toBe('Công văn không số');
    expect(documentNumberKey('19-NQ/TW')).toBe('19-NQ/TW');
  });
});
