import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssuePath, readWorkspaceBundle } from './bundle-file';

const dir = mkdtempSync(join(tmpdir(), 'niemyet-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('formatIssuePath', () => {
  it('writes paths the way the JSON is searched', () => {
    expect(formatIssuePath(['decisions', 3, 'items', 0, 'action'])).toBe('decisions[3].items[0].action');
    expect(formatIssuePath([])).toBe('(gốc / root)');
  });
});

describe('readWorkspaceBundle', () => {
  it('reads a minimal bundle and fills the defaults', async () => {
    const path = join(dir, 'min.json');
    writeFileSync(
      path,
      '\ufeff{"format":"niemyet.workspace","version":1,"exportedAt":"2024-01-01T00:00:00Z"}',
    );
    const bundle = await readWorkspaceBundle(path);
    expect(bundle.decisions).toEqual([]);
    expect(bundle.changeLog).toEqual([]);
  });

  it('names the file and the first bad field', async () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify({ format: 'niemyet.workspace', version: 3, exportedAt: 'x' }));
    await expect(readWorkspaceBundle(path)).rejects.toThrow(
      `Tệp «${path}» không phải gói dữ liệu niemyet.workspace hợp lệ: trường «version» sai`,
    );
  });
});
