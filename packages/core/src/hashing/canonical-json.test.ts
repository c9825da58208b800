import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashOf, hashOfExcept, sha256Hex } from './canonical-json';

/** The recursive definition the streaming writer must reproduce, character for character. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new Error('canonicalJson: non-finite number');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : reference(v))).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${reference((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

// Texts long enough to cross the writer's pieces, with characters of 1 to 4 UTF-8 bytes
// (and lone surrogates, which JSON escapes).
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .tuple(
      fc.constantFrom('Đăng ký khai sinh ', 'a', '😀', '\ud800', '"\\\n'),
      fc.integer({ min: 1, max: 9000 }),
    )
    .map(([unit, times]) => unit.repeat(times)),
);
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('any'), { maxLength: 6 }),
    fc.dictionary(text, tie('any'), { maxKeys: 6 }),
  ),
})).any;

describe('canonicalJson and hashOf', () => {
  it('write the recursive definition, and hash its UTF-8 bytes', () => {
    fc.assert(
      fc.property(value, (v) => {
        const expected = reference(v);
        expect(canonicalJson(v)).toBe(expected);
        expect(hashOf(v)).toBe(nodeSha256(expected));
        expect(sha256Hex(expected)).toBe(nodeSha256(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('keep the odd cases of the definition: holes, undefined, functions, -0, nested empties', () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole is one of the cases
    const odd = { b: [1, , undefined, () => 1, -0], a: { z: undefined, y: {} }, c: [], d: 'Đ\u0000' };
    expect(canonicalJson(odd)).toBe(reference(odd));
    expect(canonicalJson(odd)).toBe('{"a":{"y":{}},"b":[1,,null,null,0],"c":[],"d":"Đ\\u0000"}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(() => hashOf({ a: [Number.NaN] })).toThrow(/non-finite/);
  });

  it('keeps hashes written before: a pinned value', () => {
    expect(hashOf({ name: 'Đăng ký khai sinh', levels: ['commune'], code: null, n: 2 })).toBe(
      nodeSha256('{"code":null,"levels":["commune"],"n":2,"name":"Đăng ký khai sinh"}'),
    );
    expect(hashOf({ a: 1 })).toBe('015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862');
  });

  it('hashOfExcept hashes the value as if the member were not there', () => {
    fc.assert(
      fc.property(fc.dictionary(text, value, { maxKeys: 6 }), text, (record, key) => {
        const { [key]: _left, ...rest } = record;
        expect(hashOfExcept(record, key)).toBe(hashOf(rest));
      }),
      { numRuns: 100 },
    );
  });
});
