import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../io';
import { runCli } from '../program';

/** `niemyet demo` on an embedded database: loads once, then refuses a workspace with data. */

function bufferIo(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (text: string) => {
      io.stdout += `${text}\n`;
    },
    err: (text: string) => {
      io.stderr += `${text}\n`;
    },
  };
  return io;
}

const dir = mkdtempSync(join(tmpdir(), 'niemyet-demo-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('niemyet demo', () => {
  it('loads the demo into an empty data folder, and refuses the second time', async () => {
    const data = join(dir, 'data');
    const first = bufferIo();
    expect(await runCli(['demo', '--data', data], first)).toBe(0);
    expect(first.stdout).toMatch(
      /^Đã nạp dữ liệu mẫu: 2\.3\d\d thủ tục, \d+ quyết định \(draft \d+, in_review \d+, changes_requested 1, approved 1, issued 40, withdrawn 1\) \(demo loaded\)\.\n$/,
    );

    const second = bufferIo();
    expect(await runCli(['demo', '--data', data], second)).toBe(1);
    expect(second.stderr).toContain('the workspace is not empty; nothing was written');
  }, 120_000);
});
