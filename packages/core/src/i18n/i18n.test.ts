import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from '../api/errors';
import { formatNumber } from '../format/numbers';
import { API_ERROR_SENTENCES, apiErrorSentence, bilingualApiErrorMessage } from './api-error-sentences';
import { defineMessages, pick } from './define-messages';
import { LANGUAGES } from './language';

const messages = defineMessages(
  {
    title: 'Danh mục',
    counts: (p: { procedures: number }) => `${formatNumber(p.procedures, 'vi')} thủ tục`,
    nested: { since: (date: string) => `Từ ngày ${date}` },
  },
  {
    title: 'Catalogue',
    counts: (p) => `${formatNumber(p.procedures, 'en')} procedures`,
    nested: { since: (date) => `Since ${date}` },
  },
);

describe('one translation system', () => {
  it('picks the catalog of a language, sentences and parameters included', () => {
    expect(pick(messages, 'vi').title).toBe('Danh mục');
    expect(pick(messages, 'en').title).toBe('Catalogue');
    expect(pick(messages, 'vi').counts({ procedures: 1853 })).toBe('1.853 thủ tục');
    expect(pick(messages, 'en').counts({ procedures: 1853 })).toBe('1,853 procedures');
    expect(pick(messages, 'vi').nested.since('01/07/2025')).toBe('Từ ngày 01/07/2025');
    expect(LANGUAGES.map((language) => pick(messages, language).nested.since('x'))).toEqual([
      'Từ ngày x',
      'Since x',
    ]);
  });

  it('refuses, by type, an English catalog that lacks a key, adds one or changes parameters', () => {
    // Each call below must fail the type check; vitest runs them only to keep them compiled.
    // @ts-expect-error English lacks `title`.
    defineMessages({ title: 'a', other: 'b' }, { other: 'b' });
    // @ts-expect-error English has a key Vietnamese does not.
    defineMessages({ title: 'a' }, { title: 'a', extra: 'b' });
    // @ts-expect-error English takes a number where Vietnamese takes a string.
    defineMessages({ f: (s: string) => s }, { f: (n: number) => String(n) });
    // @ts-expect-error a sentence that needs values cannot be a plain string in English.
    defineMessages({ f: (s: string) => s }, { f: 'plain' });
  });
});

describe('the API error sentences', () => {
  it('say every code of the contract in both languages, differently', () => {
    for (const code of API_ERROR_CODES) {
      const vi = API_ERROR_SENTENCES.vi[code]({});
      const en = API_ERROR_SENTENCES.en[code]({});
      expect(vi, code).not.toBe('');
      expect(vi, code).not.toBe(en);
      expect(vi, code).not.toContain(code);
    }
  });

  it('fill parameters, numbers in Vietnamese grouping in both languages', () => {
    expect(apiErrorSentence('payload-too-large', { limit: 10485760 }, 'vi')).toBe(
      'Tệp quá lớn: máy chủ nhận tối đa 10.485.760 byte.',
    );
    expect(apiErrorSentence('payload-too-large', { limit: 10485760 }, 'en')).toBe(
      'The file is too large: the server takes at most 10.485.760 bytes.',
    );
    expect(apiErrorSentence('import-conflict', { conflicts: ['a', 'b'] }, 'vi')).toContain(
      'Máy chủ đã có 2 quyết định với nội dung khác',
    );
    expect(apiErrorSentence('too-many-requests', { retryAfter: 1200 }, 'vi')).toBe(
      'Đăng nhập sai quá nhiều lần: thử lại sau 1.200 giây.',
    );
    expect(apiErrorSentence('bad-request', { field: 'roles' }, 'en')).toBe('Invalid data in “roles”.');
    expect(apiErrorSentence('bad-request', {}, 'vi')).toBe('Dữ liệu không hợp lệ.');
  });

  it('make the server message Vietnamese first with English in brackets', () => {
    expect(bilingualApiErrorMessage('username-taken', { username: 'lan' })).toBe(
      'Tên đăng nhập «lan» đã có người dùng. (The username “lan” is taken.)',
    );
  });
});
