import type { CatalogueSnapshot } from '@niemyet/core';
import { MAX_SNAPSHOT_PARTS, SNAPSHOT_PART_CHARS } from '../messaging/protocol';
import type { sendCommand } from '../messaging/send-command';
import type { ImportOutcome } from './bridge-client';

/**
 * Hands a catalogue from the console page to the background: in one message when it fits,
 * else in parts (Chrome refuses a message over 64 MiB, and a province's full catalogue can
 * come close). The background checks the hash of the assembled text before it takes it.
 */
export async function sendSnapshot(
  send: typeof sendCommand,
  snapshot: CatalogueSnapshot,
  origin: string,
  partChars: number = SNAPSHOT_PART_CHARS,
  newUploadId: () => string = () => crypto.randomUUID(),
): Promise<ImportOutcome> {
  const text = JSON.stringify(snapshot);
  if (text.length <= partChars) {
    const result = await send('import-snapshot', { text, source: 'console', origin });
    return result.ok ? { ok: true, hash: result.value.hash } : { ok: false, error: result.error };
  }
  const parts = splitText(text, partChars);
  if (parts.length > MAX_SNAPSHOT_PARTS) {
    return { ok: false, error: `The catalogue is too large to take over the bridge (${parts.length} parts)` };
  }
  const uploadId = newUploadId();
  for (const [index, part] of parts.entries()) {
    const result = await send('snapshot-upload-part', {
      uploadId,
      index,
      count: parts.length,
      text: part,
      source: 'console',
      origin,
    });
    if (!result.ok) return { ok: false, error: result.error };
    if (result.value.state === 'imported') return { ok: true, hash: result.value.meta.hash };
  }
  return { ok: false, error: 'The background did not assemble the catalogue' };
}

/** Pieces of at most `size` UTF-16 units, never cutting a surrogate pair in two. */
export function splitText(text: string, size: number): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff && end - 1 > start) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}
