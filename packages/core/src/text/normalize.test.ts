import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Real procedure names from the national portal (see tests/fixtures/national-portal/README.md).
import business from '../../../../tests/fixtures/national-portal/procedures-business.json';
import citizen from '../../../../tests/fixtures/national-portal/procedures-citizen.json';
import { cleanText, normalizeText, sameText, searchKey } from './normalize';

const realNames: string[] = [...citizen, ...business].map((p) => p.NAME);

// Text the way portals and decisions actually deliver it: Vietnamese letters in both cases,
// loose tone marks, look-alike Đ, every kind of space and invisible character, punctuation.
const MESSY_CHARS = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐEÊOÔƠUƯY0123456789',
  ...'áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ',
  ...'ÁÀẢÃẠÉÈÓÒỎÕỌÚÙÝỲỶỸỴ',
  '\u0300',
  '\u0301',
  '\u0303',
  '\u0309',
  '\u0323',
  '\u00d0',
  '\u00f0',
  '\u0189',
  ' ',
  '\u00a0',
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '\u00ad',
  '\u2060',
  '\u202f',
  '\u3000',
  '\n',
  '\r',
  '\t',
  ...'.,;:()/-&#',
];
const messyText = fc.string({ unit: fc.constantFrom(...MESSY_CHARS), maxLength: 40 });
const anyText = fc.oneof(messyText, fc.string({ unit: 'binary', maxLength: 40 }));
const realName = fc.constantFrom(...realNames);

/**
 * Straightforward definitions, written for clarity (a word-by-word NFD walk for tones; NFD,
 * strip, rewrite for the key). The module's versions are tuned for speed and must agree.
 */
const reference = {
  unifyTonePlacement(word: string): string {
    const letters: { base: string; marks: string[] }[] = [];
    for (const ch of word.normalize('NFD')) {
      const last = letters[letters.length - 1];
      if (/\p{M}/u.test(ch) && last) last.marks.push(ch);
      else letters.push({ base: ch, marks: [] });
    }
    const n = letters.length;
    if (n < 2) return word;
    const [before, last] = [letters[n - 2]!, letters[n - 1]!];
    const pair = before.base + last.base;
    if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return word;
    if (n >= 3 && letters[n - 3]!.base === 'q') return word;
    const tones = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    if (before.marks.length > 0 || last.marks.length !== 1 || !tones.includes(last.marks[0]!)) return word;
    before.marks = last.marks;
    last.marks = [];
    return letters
      .map((l) => l.base + l.marks.join(''))
      .join('')
      .normalize('NFC');
  },
  normalizeText(input: string): string {
    return cleanText(input)
      .toLocaleLowerCase('vi')
      .replace(/[\p{L}\p{M}]+/gu, (w) => reference.unifyTonePlacement(w));
  },
  searchKey(input: string): string {
    return cleanText(input)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[Đđ]/g, 'd')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  },
};

/** Old-style tone placement ("hóa" → "hoá", "thủy" → "thuỷ"), as many older documents write it. */
function oldStyleTones(text: string): string {
  const tone = '([\u0300\u0301\u0303\u0309\u0323])';
  const end = '(?![p{L}p{M}])';
  return text
    .normalize('NFD')
    .replace(new RegExp(`(?<![qQ])([oO])${tone}([aAeE])${end}`, 'gu'), '$1$3$2')
    .replace(new RegExp(`(?<![qQ])([uU])${tone}([yY])${end}`, 'gu'), '$1$3$2')
    .normalize('NFC');
}

describe('cleanText', () => {
  it('collapses NBSP, zero-width and line-break runs into single spaces and trims', () => {
    expect(cleanText('\u00a0 Đăng\u00a0\u00a0ký\r\n\t khai\u200b sinh\u3000')).toBe('Đăng ký khai sinh');
    expect(cleanText('Cấp\n                                    hộ chiếu')).toBe('Cấp hộ chiếu');
  });

  it('removes zero-width characters and soft hyphens inside words', () => {
    expect(cleanText('Hộ\u200b tịch')).toBe('Hộ tịch');
    expect(cleanText('khai\u00adsinh')).toBe('khaisinh');
    expect(cleanText('\ufeffĐăng ký')).toBe('Đăng ký');
  });

  it('replaces look-alike letters with Đ/đ', () => {
    expect(cleanText('45/2020/N\u00d0-CP')).toBe('45/2020/NĐ-CP');
    expect(cleanText('\u00d0ăng ký')).toBe('Đăng ký');
    expect(cleanText('\u00f0ất \u0189ai')).toBe('đất Đai');
  });

  it('composes NFD tone marks, also when a zero-width character sits between letter and mark', () => {
    // decision-115010.html writes "Thi&ecirc;́t bị": ê then a combining acute.
    expect(cleanText('Thi\u00ea\u0301t bị y tế')).toBe('Thiết bị y tế');
    // Before the fix the zero-width space blocked composition and left "e\u0302\u0301".
    expect(cleanText('Thi\u00ea\u200b\u0301t')).toBe('Thiết');
    expect(cleanText('Thi\u00ea\u200b\u0301t')).toBe(cleanText('Thiết').normalize('NFC'));
  });

  it('keeps case, diacritics, punctuation and HTML entities (readers decode entities)', () => {
    expect(cleanText('Cấp Giấy x&aacute;c nhận')).toBe('Cấp Giấy x&aacute;c nhận');
    expect(cleanText('Sở Văn hóa, Thể thao &amp; Du lịch')).toBe('Sở Văn hóa, Thể thao &amp; Du lịch');
    expect(cleanText('A&#7843;')).toBe('A&#7843;');
  });

  it('property: output is NFC, trimmed, without invisible characters or double spaces', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = cleanText(s);
        expect(out).toBe(out.normalize('NFC'));
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/[\u200b-\u200d\u2060\ufeff\u00ad\u00d0\u00a0\n\r\t]| {2}/);
      }),
    );
  });

  it('property: idempotent', () => {
    fc.assert(fc.property(anyText, (s) => cleanText(cleanText(s)) === cleanText(s)));
  });
});

describe('cleanText skips NFC for text already in it', () => {
  // The ranges cleanText trusts to be NFC without normalising (see MAYBE_NOT_NFC).
  const trusted: string[] = [];
  for (let c = 0; c <= 0x2ff; c++) trusted.push(String.fromCharCode(c));
  for (let c = 0x1e00; c <= 0x1eff; c++) trusted.push(String.fromCharCode(c));

  it('every character of the trusted ranges is its own NFC form', () => {
    expect(trusted.filter((c) => c.normalize('NFC') !== c)).toEqual([]);
  });

  it('no two characters of the trusted ranges compose', () => {
    const letters = fc
      .array(fc.constantFrom(...trusted), { minLength: 2, maxLength: 6 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(letters, (text) => text.normalize('NFC') === text),
      { numRuns: 2_000 },
    );
  });

  it('still composes decomposed tone marks and singletons', () => {
    expect(cleanText('Đa\u0306ng ky\u0301')).toBe('Đăng ký');
    expect(cleanText('10 \u212b')).toBe('10 \u00c5');
  });
});

describe('normalizeText', () => {
  it('lower-cases and unifies old/new tone placement', () => {
    expect(normalizeText('Hoá học')).toBe(normalizeText('Hóa học'));
    expect(normalizeText('hoá')).toBe('hóa');
    expect(normalizeText('Thuỷ lợi')).toBe('thủy lợi');
    expect(normalizeText('Hoà giải')).toBe('hòa giải');
    expect(normalizeText('HOÀ BÌNH')).toBe('hòa bình');
    expect(normalizeText('Khoẻ mạnh')).toBe('khỏe mạnh');
    expect(normalizeText('Loè loẹt')).toBe('lòe loẹt');
  });

  it('test helper: oldStyleTones really produces old-style placement', () => {
    expect(oldStyleTones('Hóa học, thủy lợi, hòa giải, khỏe, quý, hoàn')).toBe(
      'Hoá học, thuỷ lợi, hoà giải, khoẻ, quý, hoàn',
    );
  });

  it('does not move tones where the first vowel belongs to the consonant or the syllable is closed', () => {
    expect(normalizeText('Quý')).toBe('quý');
    expect(normalizeText('quỳ')).toBe('quỳ');
    expect(normalizeText('hoàn thành')).toBe('hoàn thành');
    expect(normalizeText('Thuyết minh')).toBe('thuyết minh');
    expect(normalizeText('khuya')).toBe('khuya');
    // "ưa", "ơi" and friends are different syllables: nothing moves.
    expect(normalizeText('mưa')).toBe('mưa');
  });

  it('gives the same form for NFD input, Ð (U+00D0), NBSP and zero-width spaces', () => {
    const clean = 'Đăng ký thường trú';
    expect(normalizeText(clean.normalize('NFD'))).toBe('đăng ký thường trú');
    expect(normalizeText('\u00d0ăng\u00a0ký\u200b thường  trú')).toBe('đăng ký thường trú');
    expect(normalizeText('Đăng ký\nthường\r\ntrú ')).toBe('đăng ký thường trú');
  });

  it('does not decode HTML entities', () => {
    expect(normalizeText('Cấp Giấy X&aacute;c nhận')).toBe('cấp giấy x&aacute;c nhận');
  });

  it('keeps real procedure names readable: only case, spacing and tone placement change', () => {
    for (const name of realNames) {
      const out = normalizeText(name);
      expect(searchKey(out)).toBe(searchKey(name));
      expect(out.length).toBeLessThanOrEqual(name.length);
    }
  });

  it('property: idempotent', () => {
    fc.assert(fc.property(anyText, (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });

  it('property: NFC and NFD input normalise alike', () => {
    fc.assert(fc.property(anyText, (s) => normalizeText(s.normalize('NFD')) === normalizeText(s)));
    fc.assert(fc.property(realName, (s) => normalizeText(s.normalize('NFD')) === normalizeText(s)));
  });

  it('property: real names survive portal noise (case, NFD, NBSP, zero-width, Ð, old tones)', () => {
    const noisy = fc.tuple(realName, fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean());
    fc.assert(
      fc.property(noisy, ([name, upper, nfd, nbsp, zw, oldTones]) => {
        let s = name;
        if (oldTones) s = oldStyleTones(s);
        if (upper) s = s.toLocaleUpperCase('vi');
        if (nbsp) s = s.replace(/ /g, '\u00a0 ');
        if (zw) s = `\u200b${s.replace(/(\p{L})(\p{L})/u, '$1\u200b$2')}\ufeff`;
        if (nfd) s = s.normalize('NFD');
        s = s.replace(/Đ/g, '\u00d0');
        expect(normalizeText(s)).toBe(normalizeText(name));
        expect(sameText(s, name)).toBe(true);
      }),
    );
  });
});

describe('agreement with the reference definitions', () => {
  it('normalizeText agrees on every real name, in every noisy form', () => {
    for (const name of realNames) {
      for (const form of [name, oldStyleTones(name), name.normalize('NFD'), name.toLocaleUpperCase('vi')]) {
        expect(normalizeText(form)).toBe(reference.normalizeText(form));
      }
    }
  });

  it('property: normalizeText agrees on Vietnamese text', () => {
    fc.assert(
      fc.property(messyText, (s) => normalizeText(s) === reference.normalizeText(s)),
      { numRuns: 2000 },
    );
  });

  it('property: searchKey agrees on any text (fast table path and fallback alike)', () => {
    fc.assert(
      fc.property(anyText, (s) => searchKey(s) === reference.searchKey(s)),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(messyText, (s) => searchKey(s) === reference.searchKey(s)),
      { numRuns: 2000 },
    );
  });

  it('searchKey agrees on every character the fast path might see', () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      for (const text of [ch, `Hộ ${ch}tịch`, `đ${ch}\u0301`]) {
        if (searchKey(text) !== reference.searchKey(text)) {
          expect.fail(`U+${code.toString(16).padStart(4, '0')} in ${JSON.stringify(text)}`);
        }
      }
    }
  });

  it('searchKey copes with text longer than its internal buffer', () => {
    const long = realNames.join(' · ').repeat(3);
    expect(long.length).toBeGreaterThan(100_000);
    expect(searchKey(long)).toBe(reference.searchKey(long));
  });
});

describe('searchKey', () => {
  it('drops diacritics, folds đ to d, and turns punctuation into single spaces', () => {
    expect(searchKey('Đăng ký khai sinh')).toBe('dang ky khai sinh');
    expect(searchKey('\u00d0ĂNG KÝ  KHAI SINH')).toBe('dang ky khai sinh');
    expect(searchKey('Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)')).toBe(
      'cap ho chieu pho thong o trong nuoc thuc hien tai cap tinh',
    );
    expect(searchKey('Hoá/hóa - thuỷ, thủy')).toBe('hoa hoa thuy thuy');
    expect(searchKey('  ')).toBe('');
  });

  it('keeps digits, so codes and numbers stay searchable', () => {
    expect(searchKey('Mã 1.004227')).toBe('ma 1 004227');
  });

  it('property: idempotent, NFD-invariant and unchanged by normalizeText', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(searchKey(searchKey(s))).toBe(searchKey(s));
        expect(searchKey(s.normalize('NFD'))).toBe(searchKey(s));
        expect(searchKey(normalizeText(s))).toBe(searchKey(s));
      }),
    );
  });

  it('property: output is lower-case ASCII letters-digits-spaces for Vietnamese text', () => {
    fc.assert(fc.property(messyText, (s) => /^[a-z0-9]*(?: [a-z0-9]+)*$/.test(searchKey(s))));
  });
});

describe('sameText', () => {
  it('treats null, undefined and empty alike and compares normalised forms', () => {
    expect(sameText(null, '')).toBe(true);
    expect(sameText(undefined, ' \u00a0\u200b')).toBe(true);
    expect(sameText('Hoá học', 'HÓA HỌC')).toBe(true);
    expect(sameText('Hóa học', 'Hoa hoc')).toBe(false);
  });
});
