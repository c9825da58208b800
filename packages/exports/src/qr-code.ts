import QRCode from 'qrcode';
import { bilevelPng } from './bilevel-png';

/**
 * The QR codes of posting sheets: one set of options so every copy of a sheet (the DOCX, the
 * console's print view, the public list) gives the same symbol for the same address. Level M
 * survives a smudged or creased printout; a one-module margin keeps the image small in a
 * table cell (the cell's white padding completes the quiet zone); four pixels a module print
 * sharp at the size the sheet shows them.
 */
export const QR_CODE_OPTIONS = { errorCorrectionLevel: 'M', margin: 1, scale: 4 } as const;

/** The symbol's modules (true = dark), row by row, as `qrcode` lays them out with the sheet's options. */
export function qrCodeModules(text: string): { size: number; dark(row: number, column: number): boolean } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: QR_CODE_OPTIONS.errorCorrectionLevel });
  return { size: modules.size, dark: (row, column) => modules.data[row * modules.size + column] === 1 };
}

/** About 500 bytes each: a whole province's catalogue of portal pages is a few megabytes. */
const KEPT_IMAGES = 20_000;
const made = new Map<string, Uint8Array>();

/**
 * The QR code of `text` as a PNG image. The symbol is `qrcode`'s; the PNG is written here as
 * 1-bit greyscale, because `qrcode`'s own PNG path paints RGBA and lets pngjs try every row
 * filter, which made a 500-procedure sheet's images take seconds. Choosing the symbol's mask
 * is still most of the cost, so the last images made are kept by address: an office's sheet
 * is downloaded again and again, and its neighbours post many of the same procedures. The
 * bytes are shared: read them, never change them.
 */
export function qrCodePng(text: string): Uint8Array {
  const kept = made.get(text);
  if (kept) {
    // Most recently used last: the oldest is the first one dropped.
    made.delete(text);
    made.set(text, kept);
    return kept;
  }
  const png = drawQrCodePng(text);
  made.set(text, png);
  if (made.size > KEPT_IMAGES) made.delete(made.keys().next().value!);
  return png;
}

/** Forgets the images made so far (a benchmark measures the cold cost). */
export function forgetQrCodeImages(): void {
  made.clear();
}

function drawQrCodePng(text: string): Uint8Array {
  const { size, dark } = qrCodeModules(text);
  const { margin, scale } = QR_CODE_OPTIONS;
  const width = (size + 2 * margin) * scale;
  const blank = new Uint8Array(width);
  const rows: Uint8Array[] = [];
  const repeat = (row: Uint8Array, times: number) => {
    for (let i = 0; i < times; i++) rows.push(row);
  };
  repeat(blank, margin * scale);
  for (let r = 0; r < size; r++) {
    const row = new Uint8Array(width);
    for (let c = 0; c < size; c++)
      if (dark(r, c)) row.fill(1, (margin + c) * scale, (margin + c + 1) * scale);
    repeat(row, scale);
  }
  repeat(blank, margin * scale);
  return bilevelPng(width, rows);
}

/**
 * The PNG of each distinct address: several procedures may open the same portal page (a
 * search by code), so each image is made once per sheet.
 */
export function qrCodePngs(texts: Iterable<string>): Map<string, Uint8Array> {
  const images = new Map<string, Uint8Array>();
  for (const text of texts) if (!images.has(text)) images.set(text, qrCodePng(text));
  return images;
}
