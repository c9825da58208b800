const VI_NUMBER = new Intl.NumberFormat('vi-VN');

/** 1853 → "1.853", the way Vietnamese text writes numbers. */
export function viNumber(value: number): string {
  return VI_NUMBER.format(value);
}
