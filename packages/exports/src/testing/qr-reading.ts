import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** What a phone would read from the QR code in `png`, or null when no code is found. */
export function readQrCode(png: Uint8Array): string | null {
  const image = PNG.sync.read(Buffer.from(png));
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  return code?.data ?? null;
}
