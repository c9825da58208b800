import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Real procedure names from the national portal: a few arrive with U+FFFD in them.
import business from '../../../../tests/fixtures/national-portal/procedures-business.json';
import citizen from '../../../../tests/fixtures/national-portal/procedures-citizen.json';
import { damagedText, textDamage } from './damaged-text';
import { cleanText } from './normalize';

const realNames: string[] = [...citizen, ...business].map((p) => p.NAME);

/** A name as a page in another encoding shows it: its UTF-8 bytes read as Windows-1252 or Latin-1. */
function misread(text: string, encoding: 'windows-1252' | 'latin1'): string {
  const bytes = new TextEncoder().encode(text);
  return encoding === 'latin1'
    ? Array.from(bytes, (b) => String.fromCharCode(b)).join('')
    : new TextDecoder('windows-1252').decode(bytes);
}

describe('damaged text', () => {
  it("flags exactly the national portal's own names that hold replacement characters", () => {
    const withReplacement = realNames.filter((n) => n.includes('\uFFFD'));
    // The fixture has some (e.g. "môi tr��ờng"): the test would prove nothing without them.
    expect(withReplacement.length).toBeGreaterThan(0);
    expect(realNames.filter((n) => damagedText(n))).toEqual(withReplacement);
    for (const name of withReplacement) expect(textDamage(name)).toBe('replacement-character');
  });

  it('flags real names read in the wrong encoding, through cleaning', () => {
    const vietnamese = realNames.filter((n) => !n.includes('\uFFFD') && /[^\x20-\x7e]/.test(n)).slice(0, 500);
    for (const name of vietnamese) {
      expect(textDamage(cleanText(misread(name, 'windows-1252'))), name).toBe('mojibake');
      expect(textDamage(misread(name, 'latin1')), name).toBe('mojibake');
    }
    expect(textDamage('Ä‘Äƒng kÃ½ khai sinh')).toBe('mojibake');
  });

  it('flags letters lost to question marks, and nothing in whole Vietnamese text', () => {
    expect(textDamage('Đăng ký th??ng trú')).toBe('lost-letters');
    expect(damagedText('Đăng ký khai sinh (có liên thông)?')).toBe(false);
    expect(damagedText('NGÃ BA, ÍT NHẤT, Ủy ban; “Mẫu 01” — 2.000 đồng/trang')).toBe(false);
    expect(damagedText(null)).toBe(false);
    const letters = [
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyÃÍÌÁÀẢẠĐƠƯáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ ,.()-',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 60 }), (chars) => {
        expect(damagedText(chars.join(''))).toBe(false);
      }),
    );
  });
});
