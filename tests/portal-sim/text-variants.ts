/**
 * The ways real portal pages write the same Vietnamese text differently. A reader must treat
 * every variant as the text itself: these are planted as "not a discrepancy".
 */

export type NameVariant = 'plain' | 'nfd' | 'entities' | 'nbsp';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Tone marks as separate combining characters after otherwise precomposed letters ("ế" →
 * "ê" + U+0301), the way legacy Vietnamese keyboards type and the decision fixture shows
 * ("Thi&ecirc;́t"). Full NFD would also split "ê" into "e" + circumflex; portals rarely do.
 */
export function separateToneMarks(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const decomposed = ch.normalize('NFD');
    const tones = decomposed.match(TONE_MARKS);
    if (!tones) {
      out += ch;
      continue;
    }
    out += decomposed.replace(TONE_MARKS, '').normalize('NFC') + tones.join('');
  }
  return out;
}

/** The text a variant carries once any HTML entities are decoded. */
export function variantText(text: string, variant: NameVariant): string {
  switch (variant) {
    case 'nfd':
      return separateToneMarks(text);
    case 'nbsp':
      return text.replace(/ /g, '\u00a0');
    default:
      return text;
  }
}

/** Whether planting `variant` on this text changes its characters or markup at all. */
export function variantApplies(text: string, variant: NameVariant): boolean {
  switch (variant) {
    case 'nfd':
      return separateToneMarks(text) !== text;
    case 'nbsp':
      return text.includes(' ');
    case 'entities':
      return [...text].some((ch) => ch.codePointAt(0)! > 0x7e);
    default:
      return true;
  }
}
