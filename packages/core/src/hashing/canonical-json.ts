import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * A canonical JSON serialisation: object keys sorted, no whitespace, `undefined` members
 * dropped. Two structurally equal values always serialise to the same string, so their
 * hashes agree in Node, the service worker and the browser.
 */
export function canonicalJson(value: unknown): string {
  const writer = new CanonicalWriter(null);
  writer.value(value);
  return writer.text;
}

/** SHA-256 of a string's UTF-8 bytes, as lower-case hex. Synchronous on purpose: it runs in folds. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * SHA-256 of a value's canonical JSON, `sha256Hex(canonicalJson(value))`. The text is hashed as
 * it is written, a few kilobytes at a time: a large import hashes hundreds of thousands of
 * values, and neither the whole text nor its bytes are ever made.
 */
export function hashOf(value: unknown): string {
  return hashCanonical(value, undefined);
}

/**
 * `hashOf(value)` with one member of `value` (an object) left out, as if it were undefined:
 * the hash a record carries of everything else it holds, computed without copying the record.
 */
export function hashOfExcept(value: object, omittedKey: string): string {
  return hashCanonical(value, omittedKey);
}

function hashCanonical(value: unknown, omittedKey: string | undefined): string {
  const hash = sha256.create();
  const writer = new CanonicalWriter((text) => feedUtf8(hash, text));
  writer.value(value, omittedKey);
  writer.flush();
  return bytesToHex(hash.digest());
}

/** Characters gathered before they are encoded and hashed (one piece for a typical record). */
const FLUSH_CHARS = 8 * 1024;

const encoder = new TextEncoder();
/** Where text is encoded before it is hashed: reused, so hashing allocates no byte arrays. */
const scratch = new Uint8Array(4 * FLUSH_CHARS);

/** Hashes the UTF-8 bytes of `text` (well-formed: canonical JSON escapes lone surrogates). */
function feedUtf8(hash: { update(bytes: Uint8Array): unknown }, text: string): void {
  let rest = text;
  for (;;) {
    const { read, written } = encoder.encodeInto(rest, scratch);
    if (written > 0) hash.update(scratch.subarray(0, written));
    if (read >= rest.length) return;
    rest = rest.slice(read);
  }
}

/**
 * Writes canonical JSON a piece at a time: into one string (no `flush`), or handing the text
 * on whenever FLUSH_CHARS are gathered. The output is that of the recursive definition — keys
 * sorted by code unit, `undefined` members dropped, `undefined` and functions in arrays (and
 * at the top) written as `null`, holes of sparse arrays written as nothing.
 */
class CanonicalWriter {
  text = '';

  constructor(private readonly onFlush: ((text: string) => void) | null) {}

  flush(): void {
    if (this.onFlush && this.text !== '') {
      this.onFlush(this.text);
      this.text = '';
    }
  }

  private put(piece: string): void {
    this.text += piece;
    if (this.onFlush && this.text.length >= FLUSH_CHARS) this.flush();
  }

  value(value: unknown, omittedKey?: string): void {
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'number' && !Number.isFinite(value))
        throw new Error('canonicalJson: non-finite number');
      this.put(JSON.stringify(value) ?? 'null');
      return;
    }
    if (Array.isArray(value)) {
      this.put('[');
      for (let i = 0; i < value.length; i++) {
        if (i > 0) this.put(',');
        if (!(i in value)) continue;
        const element: unknown = value[i];
        if (element === undefined) this.put('null');
        else this.value(element);
      }
      this.put(']');
      return;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    this.put('{');
    let first = true;
    for (const key of keys) {
      if (key === omittedKey) continue;
      const member = record[key];
      if (member === undefined) continue;
      this.put(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
      first = false;
      this.value(member);
    }
    this.put('}');
  }
}
