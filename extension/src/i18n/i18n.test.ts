import { formatNumber, formatVietnameseDate, formatVietnamInstant, type MessageLeaf } from '@niemyet/core';
import { describe, expect, it } from 'vitest';
import { daysSince, shortHash } from './format';
import { EXTENSION_MESSAGES, en, vi } from './index';

/** Every leaf of a catalog with its dotted path, to walk both languages side by side. */
function leaves(catalog: object, prefix = ''): [string, MessageLeaf][] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value as MessageLeaf] as [string, MessageLeaf]],
  );
}

/** Parameters for any sentence: every name a parameter sentence reads gets 1853. */
const anyParams = new Proxy({}, { get: () => 1853 });
const say = (leaf: MessageLeaf) => (typeof leaf === 'string' ? leaf : leaf(anyParams));

describe('i18n', () => {
  it('has every Vietnamese message in English, with the same kind of sentence', () => {
    const english = new Map(leaves(en));
    const vietnamese = leaves(vi);
    expect([...english.keys()].sort()).toEqual(vietnamese.map(([path]) => path).sort());
    for (const [path, leaf] of vietnamese) {
      const other = english.get(path)!;
      expect(typeof other, path).toBe(typeof leaf);
      if (typeof leaf === 'function' && typeof other === 'function')
        expect(other.length, path).toBe(leaf.length);
    }
  });

  it('renders every sentence whole: no template braces, no missing values', () => {
    for (const catalog of [vi, en])
      for (const [path, leaf] of leaves(catalog)) {
        const sentence = say(leaf);
        expect(sentence, path).not.toMatch(/\{\w+\}|undefined|NaN|\[object/);
        expect(sentence.trim(), path).not.toBe('');
      }
  });

  it('fills parameters, and writes counts the way each language does', () => {
    expect(EXTENSION_MESSAGES.vi.options.import.done({ name: 'dm.json' })).toBe('Đã nhập danh mục dm.json.');
    expect(EXTENSION_MESSAGES.en.options.import.done({ name: 'dm.json' })).toBe(
      'Imported catalogue dm.json.',
    );
    expect(vi.options.catalogue.counts({ procedures: 1853, upcoming: 12, abolished: 1204 })).toBe(
      '1.853 thủ tục đang hiệu lực, 12 sắp có hiệu lực, 1.204 đã bãi bỏ',
    );
    expect(en.pull.failures({ count: 1853 })).toBe(
      '1,853 requests failed (the portal did not answer or erred)',
    );
    expect(vi.panel.filter.shown({ shown: 1200, total: 1853 })).toBe('Hiển thị 1.200/1.853');
    // Timings are milliseconds for people measuring, written as measured.
    expect(vi.pill.timings({ read: 1234, audit: 5, mark: 60 })).toBe(
      'Đọc trang 1234 ms · đối chiếu 5 ms · đánh dấu 60 ms',
    );
  });

  it('writes numbers the Vietnamese way and dates as dd/mm/yyyy', () => {
    expect(formatNumber(1853, 'vi')).toBe('1.853');
    expect(formatNumber(1853, 'en')).toBe('1,853');
    expect(formatVietnameseDate('2025-07-01')).toBe('01/07/2025');
    expect(formatVietnamInstant('2025-06-30T17:30:00.000Z')).toBe('01/07/2025 00:30');
    expect(shortHash('abcdef0123456789')).toBe('abcdef012345');
  });

  it('counts days since a date in Vietnam time', () => {
    // 23:30 UTC on 1 July is already 2 July in Vietnam.
    expect(daysSince('2025-07-01', new Date('2025-07-01T23:30:00Z'))).toBe(1);
    expect(daysSince('2025-07-01', new Date('2025-07-01T10:00:00Z'))).toBe(0);
    expect(daysSince('2025-06-01', new Date('2025-07-01T10:00:00Z'))).toBe(30);
  });
});
