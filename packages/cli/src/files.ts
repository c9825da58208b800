import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError } from './io';

/** Reads a text file, or fails with a message naming it. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`Không đọc được tệp «${path}» (cannot read file): ${reason(error)}`);
  }
}

/**
 * Writes a file so that readers never see half of it and a failure leaves nothing behind:
 * the content goes to a temporary file in the same folder, renamed over the target at the end.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new CliError(`Không ghi được tệp «${path}» (cannot write file): ${reason(error)}`);
  }
}

/** Reads a JSON file (a UTF-8 BOM is tolerated), or fails with a message naming it. */
export async function readJsonFile(path: string): Promise<unknown> {
  const text = await readTextFile(path);
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError(`Tệp «${path}» không phải JSON hợp lệ (not valid JSON): ${detail}`);
  }
}

function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const code = error.code;
    if (code === 'ENOENT') return 'không tồn tại (no such file or folder)';
    if (code === 'EISDIR') return 'là một thư mục (is a directory)';
    if (code === 'EACCES') return 'không có quyền (permission denied)';
    return code;
  }
  return error instanceof Error ? error.message : String(error);
}
