import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { CliError } from './io';

/**
 * Writes an export (a stream of text or bytes, or a writer that fills a stream) so that a
 * failure halfway leaves nothing: everything goes to a temporary file in the target's folder,
 * renamed over the target only once complete. Like `writeFileAtomic`, for binary and streamed
 * content.
 */
export async function writeOutputAtomic(
  path: string,
  write: (output: Writable) => Promise<void>,
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const output = createWriteStream(temp);
  try {
    await write(output);
    if (!output.writableEnded) output.end();
    await finished(output);
    await rename(temp, path);
  } catch (error) {
    output.destroy();
    await rm(temp, { force: true });
    if (error instanceof CliError) throw error;
    throw new CliError(
      `Không ghi được tệp «${path}» (cannot write file): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Pipes text chunks into a stream, waiting whenever it asks to (backpressure). */
export async function writeChunks(chunks: AsyncIterable<string>, output: Writable): Promise<void> {
  for await (const chunk of chunks) {
    if (!output.write(chunk)) await new Promise<void>((resolve) => output.once('drain', resolve));
  }
}
