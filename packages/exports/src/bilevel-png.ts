import { deflateSync } from 'node:zlib';

/**
 * A black-and-white image as a 1-bit greyscale PNG: the smallest and fastest PNG there is,
 * enough for a QR code. `rows` are the image's rows top to bottom, one byte a pixel, non-zero
 * for black; a row repeated as the same array object (a QR module row drawn several pixels
 * high) is written as "same as above" and costs nothing to pack or compress.
 */
export function bilevelPng(width: number, rows: readonly Uint8Array[]): Uint8Array {
  const rowBytes = Math.ceil(width / 8);
  // Each scanline starts with its filter byte: 0 (none), or 2 (up) for a row equal to the one
  // above, whose bytes are then all zero.
  const raw = Buffer.alloc((rowBytes + 1) * rows.length);
  rows.forEach((row, y) => {
    const at = y * (rowBytes + 1);
    if (y > 0 && row === rows[y - 1]) {
      raw[at] = 2;
      return;
    }
    raw.fill(0xff, at + 1, at + 1 + rowBytes); // white: bit 1 in greyscale
    for (let x = 0; x < width; x++) if (row[x]) raw[at + 1 + (x >> 3)]! &= ~(0x80 >> (x & 7));
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(rows.length, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale; compression, filter and interlace methods stay 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
