/** The two notations the product writes numbers in: Vietnamese grouping (1.853), English (1,853). */
export type NumberNotation = 'vi' | 'en';

const NUMBER_FORMATS: Record<NumberNotation, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN'),
  en: new Intl.NumberFormat('en-GB'),
};

/** 1853 → "1.853" (vi) or "1,853" (en). */
export function formatNumber(value: number, notation: NumberNotation = 'vi'): string {
  return NUMBER_FORMATS[notation].format(value);
}

/** 1853 → "1.853", the way Vietnamese text writes numbers. */
export function formatVietnameseNumber(value: number): string {
  return NUMBER_FORMATS.vi.format(value);
}
