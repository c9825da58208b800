import { describe, expect, it } from 'vitest';
import { compareLevels, LEVEL_ABOLISHED_ON, LEVEL_KEYS, levelLabel, parseLevel, parseLevels } from './level';

describe('parseLevel', () => {
  it('maps Vietnamese labels in any case, spelling or encoding to level keys', () => {
    expect(parseLevel('Cấp Tỉnh')).toBe('province');
    expect(parseLevel('cấp tỉnh')).toBe('province');
    expect(parseLevel('Tỉnh')).toBe('province');
    expect(parseLevel('CẤP TỈNH'.normalize('NFD'))).toBe('province');
    expect(parseLevel('\u00a0Cấp\u00a0 Huyện ')).toBe('district');
    expect(parseLevel('Cấp Xã')).toBe('commune');
    expect(parseLevel('cap xa')).toBe('commune');
    expect(parseLevel('Cấp Trung ương')).toBe('central');
    expect(parseLevel('Trung Ương')).toBe('central');
    expect(parseLevel('Bộ')).toBe('central');
    expect(parseLevel('Cấp Bộ')).toBe('central');
  });

  it('maps English labels', () => {
    expect(parseLevel('province')).toBe('province');
    expect(parseLevel('Provincial')).toBe('province');
    expect(parseLevel('Central')).toBe('central');
    expect(parseLevel('District level')).toBe('district');
    expect(parseLevel('Commune')).toBe('commune');
  });

  it('keeps unknown levels as cleaned text, never as a guess', () => {
    expect(parseLevel('Cơ quan khác')).toBe('Cơ quan khác');
    expect(parseLevel(' Cơ quan\u00a0khác\u200b')).toBe('Cơ quan khác');
    expect(parseLevel('Cấp tỉnh thành')).toBe('Cấp tỉnh thành');
    expect(parseLevel('toString')).toBe('toString');
    expect(parseLevel('')).toBe('');
  });
});

describe('parseLevels', () => {
  it('splits lists on commas, semicolons, slashes and line breaks', () => {
    expect(parseLevels('Cấp tỉnh, Cấp huyện')).toEqual(['province', 'district']);
    expect(parseLevels('Cấp Tỉnh; Cấp Xã')).toEqual(['province', 'commune']);
    expect(parseLevels('Cấp Tỉnh\nCấp Huyện\nCấp Xã')).toEqual(['province', 'district', 'commune']);
    expect(parseLevels('Cấp Tỉnh/Cấp Xã')).toEqual(['province', 'commune']);
  });

  it('reads the level of the real detail page (procedure-detail-full-3.000001.html)', () => {
    expect(parseLevels('Cấp Bộ, Cơ quan khác')).toEqual(['central', 'Cơ quan khác']);
  });

  it('returns levels once each, in display order', () => {
    expect(parseLevels('Cấp Xã, Cấp Tỉnh, cấp tỉnh, Cấp Trung ương')).toEqual([
      'central',
      'province',
      'commune',
    ]);
    expect(parseLevels('Cơ quan khác, Cấp Xã, Cấp Huyện')).toEqual(['district', 'commune', 'Cơ quan khác']);
  });

  it('splits on "và" only when every part is a known level', () => {
    expect(parseLevels('Cấp tỉnh và cấp xã')).toEqual(['province', 'commune']);
    expect(parseLevels('Sở Văn hóa và Thể thao')).toEqual(['Sở Văn hóa và Thể thao']);
  });

  it('gives an empty list for empty text', () => {
    expect(parseLevels('')).toEqual([]);
    expect(parseLevels(' , ; ')).toEqual([]);
  });
});

describe('levelLabel', () => {
  it('labels known levels in Vietnamese and English', () => {
    expect(LEVEL_KEYS.map((k) => levelLabel(k, 'vi'))).toEqual([
      'Cấp Trung ương',
      'Cấp Tỉnh',
      'Cấp Huyện',
      'Cấp Xã',
    ]);
    expect(LEVEL_KEYS.map((k) => levelLabel(k, 'en'))).toEqual([
      'Central',
      'Province',
      'District',
      'Commune',
    ]);
  });

  it('shows unknown levels as written', () => {
    expect(levelLabel('Cơ quan khác', 'vi')).toBe('Cơ quan khác');
    expect(levelLabel('Cơ quan khác', 'en')).toBe('Cơ quan khác');
    expect(levelLabel('toString', 'en')).toBe('toString');
  });

  it('round-trips: every label parses back to its key', () => {
    for (const key of LEVEL_KEYS) {
      expect(parseLevel(levelLabel(key, 'vi'))).toBe(key);
      expect(parseLevel(levelLabel(key, 'en'))).toBe(key);
    }
  });
});

describe('level order and history', () => {
  it('sorts central, province, district, commune, then others', () => {
    expect(['Khác', 'commune', 'province', 'district', 'central'].sort(compareLevels)).toEqual([
      'central',
      'province',
      'district',
      'commune',
      'Khác',
    ]);
  });

  it('records that the district level ended on 01/7/2025', () => {
    expect(LEVEL_ABOLISHED_ON).toEqual({ district: '2025-07-01' });
  });
});
