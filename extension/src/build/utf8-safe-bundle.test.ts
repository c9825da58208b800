import { describe, expect, it } from 'vitest';
import { escapeNoncharacters } from './utf8-safe-bundle';

describe('the UTF-8-safe bundle step', () => {
  it('writes noncharacters as escapes and leaves other text alone', () => {
    expect(escapeNoncharacters('var a=`\uffff`,b="Đăng ký"')).toBe('var a=`\\uffff`,b="Đăng ký"');
    expect(escapeNoncharacters('/[\ufdd0-\ufdef]/')).toBe('/[\\ufdd0-\\ufdef]/');
    expect(escapeNoncharacters('x\u{1fffe}y')).toBe('x\\ud83f\\udffey');
    // The escaped source means the same string.
    expect(JSON.parse(escapeNoncharacters('"\uffff"'))).toBe('\uffff');
  });
});
