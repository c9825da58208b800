import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitClauses, type WordDiffPart, wordDiff } from './word-diff';

const textOf = (parts: WordDiffPart[], skip: WordDiffPart['kind']) =>
  parts
    .filter((p) => p.kind !== skip)
    .map((p) => p.text)
    .join('');

/** A deterministic pseudo-random text of `count` words from a small Vietnamese vocabulary. */
function randomText(count: number, seed: number): string {
  const vocabulary = [
    'hồ',
    'sơ',
    'bản',
    'chính',
    'sao',
    'ngày',
    'làm',
    'việc',
    'phí',
    'đồng',
    'xã',
    'huyện',
    'tỉnh',
  ];
  let state = seed;
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    words.push(vocabulary[state % vocabulary.length]!);
  }
  return words.join(' ');
}

describe('wordDiff', () => {
  it('marks the changed words of a processing time', () => {
    expect(wordDiff('Trong thời hạn 7 ngày làm việc', 'Trong thời hạn 05 ngày làm việc')).toEqual([
      { kind: 'same', text: 'Trong thời hạn ' },
      { kind: 'removed', text: '7' },
      { kind: 'added', text: '05' },
      { kind: 'same', text: ' ngày làm việc' },
    ]);
  });

  it('diffs only the clause that changed in a long text', () => {
    const expected = 'Bước 1: Nộp hồ sơ. Bước 2: Tiếp nhận, kiểm tra hồ sơ. Bước 3: Trả kết quả trong ngày.';
    const actual = 'Bước 1: Nộp hồ sơ. Bước 2: Tiếp nhận, thẩm định hồ sơ. Bước 3: Trả kết quả trong ngày.';
    expect(wordDiff(expected, actual)).toEqual([
      { kind: 'same', text: 'Bước 1: Nộp hồ sơ. Bước 2: Tiếp nhận, ' },
      { kind: 'removed', text: 'kiểm tra' },
      { kind: 'added', text: 'thẩm định' },
      { kind: 'same', text: ' hồ sơ. Bước 3: Trả kết quả trong ngày.' },
    ]);
  });

  it('returns one same part (the actual text) when the texts only differ in normalisation', () => {
    const expected = 'Chứng thực hoá đơn  Trong ngày';
    // NFD tone marks, new-style "hóa", a non-breaking space, a zero-width space, upper case.
    const actual = 'Chứng thực hóa\u00a0đơn trong\u200b ngày'.normalize('NFD').toUpperCase();
    expect(wordDiff(expected, actual)).toEqual([{ kind: 'same', text: actual.normalize('NFC') }]);
  });

  it('shows text added to an empty value', () => {
    expect(wordDiff('', 'Miễn phí')).toEqual([{ kind: 'added', text: 'Miễn phí' }]);
    expect(wordDiff('Miễn phí', '')).toEqual([{ kind: 'removed', text: 'Miễn phí' }]);
  });

  it('returns null when the diff cannot finish within the time limit', () => {
    const expected = randomText(4000, 1);
    const actual = randomText(4000, 2);
    expect(wordDiff(expected, actual, { timeoutMs: 1 })).toBeNull();
  });

  it('rebuilds the actual text exactly, and the expected text up to spacing, from its parts', () => {
    const word = fc.constantFrom(
      'hồ',
      'sơ',
      'phí',
      '2.000',
      'đồng',
      'Bước',
      '1:',
      'ngày,',
      'xã.',
      'a;',
      '\n',
    );
    const text = fc.array(word, { maxLength: 40 }).map((words) => words.join(' '));
    // Shared words carry the actual text's spacing (jsdiff keeps one side's whitespace), so
    // the expected side is only guaranteed up to spacing.
    const unspaced = (t: string) => t.replace(/\s+/g, '');
    fc.assert(
      fc.property(text, text, (expected, actual) => {
        const parts = wordDiff(expected, actual, { timeoutMs: 10_000 })!;
        expect(textOf(parts, 'removed')).toBe(actual);
        expect(unspaced(textOf(parts, 'added'))).toBe(unspaced(expected));
      }),
    );
  });
});

describe('splitClauses', () => {
  it('cuts after punctuation followed by space and after line breaks, not inside numbers', () => {
    expect(splitClauses('Phí 2.000 đồng/trang. Mã 1.004227, xong\nHết')).toEqual([
      'Phí 2.000 đồng/trang. ',
      'Mã 1.004227, ',
      'xong\n',
      'Hết',
    ]);
  });

  it('always concatenates back to the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '.', ',', '\n', ';', 'ư') }), (text) => {
        expect(splitClauses(text).join('')).toBe(text);
      }),
    );
  });
});
