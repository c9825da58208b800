import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonPieces, readFileBytes, writeFileAtomic } from './files';

const dir = mkdtempSync(join(tmpdir(), 'niemyet-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jsonPieces', () => {
  it('is JSON.stringify(value, null, 2), in pieces', () => {
    const value = {
      format: 'x',
      n: 1,
      empty: [],
      nested: { a: [1, { b: 'c\nd' }] },
      list: [{ id: 1, tags: ['a', 'b'], note: null }, 'two', [3], undefined],
      skipped: undefined,
      settings: { calendar: [] },
    };
    expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value, null, 2));
    expect([...jsonPieces({})].join('')).toBe('{}');
  });
});

describe('writeFileAtomic', () => {
  it('writes pieces as one file and leaves no temporary file', async () => {
    const path = join(dir, 'out.json');
    await writeFileAtomic(path, ['a', 'b'.repeat(2_000_000), 'c']);
    expect(readFileSync(path, 'utf8')).toBe(`a${'b'.repeat(2_000_000)}c`);
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect([...(await readFileBytes(path)).subarray(0, 2)]).toEqual([0x61, 0x62]);
  });
});
