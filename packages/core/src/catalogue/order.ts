/**
 * Plain UTF-16 code-unit order. Locale collation differs between runtimes and ICU versions;
 * snapshot hashes and listings must sort identically in Node, the service worker and pages.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
