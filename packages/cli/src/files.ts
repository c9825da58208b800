import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
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

/** Reads a file's bytes (for text whose encoding is found from them), or fails with a message naming it. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw new CliError(`Không đọc được tệp «${path}» (cannot read file): ${reason(error)}`);
  }
}

/**
 * Pieces of text are gathered up to this many characters before each write: small enough that
 * a batch dies young (a large one outlives collections and fills the old generation).
 */
const WRITE_BATCH = 64 * 1024;

/**
 * Writes a file so that readers never see half of it and a failure leaves nothing behind:
 * the content goes to a temporary file in the same folder, renamed over the target at the end.
 * The content may come in pieces (a large JSON document), written as they come.
 */
export async function writeFileAtomic(path: string, content: string | Iterable<string>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const file = await open(temp, 'w');
    try {
      let batch = '';
      for (const piece of typeof content === 'string' ? [content] : content) {
        batch += piece;
        if (batch.length >= WRITE_BATCH) {
          await file.write(batch, null, 'utf8');
          batch = '';
        }
      }
      if (batch !== '') await file.write(batch, null, 'utf8');
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new CliError(`Không ghi được tệp «${path}» (cannot write file): ${reason(error)}`);
  }
}

/**
 * `JSON.stringify(value, null, 2)` of an object, in pieces: one per element of its arrays, so
 * a 200,000-item bundle is never one string in memory. The text is the same, byte for byte.
 */
export function* jsonPieces(value: Record<string, unknown>): Generator<string> {
  const indent = (json: string, by: string) => json.replaceAll('\n', `\n${by}`);
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (const [index, [key, member]] of entries.entries()) {
    yield `  ${JSON.stringify(key)}: `;
    if (Array.isArray(member) && member.length > 0) {
      yield '[\n';
      for (const [i, element] of member.entries())
        yield `    ${indent(JSON.stringify(element ?? null, null, 2), '    ')}${i < member.length - 1 ? ',' : ''}\n`;
      yield '  ]';
    } else {
      yield indent(JSON.stringify(member, null, 2), '  ');
    }
    yield index < entries.length - 1 ? ',\n' : '\n';
  }
  yield '}';
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
