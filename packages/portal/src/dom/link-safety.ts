/**
 * Which link values a reader may hand out. A portal page is written by someone else: a link
 * may point at `javascript:`, `vbscript:`, `data:` or `file:` targets, and browsers are lenient
 * about how those are spelt — they drop every ASCII tab and newline anywhere in the value
 * (`java\tscript:`) and strip leading and trailing C0 controls and spaces (`\x01javascript:`,
 * ` vbscript:`), per the WHATWG URL parser. A check on the raw text would miss those, so the
 * value is first cleaned the way a browser cleans it, and only then is its scheme read.
 */

// Tab, line feed and carriage return: removed wherever they are.
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

/** Schemes a pull may fetch and a reader may hand out. */
const NAVIGABLE_SCHEMES = new Set(['http', 'https']);

/** C0 controls (U+0000–U+001F) and space: stripped from both ends only. */
function isC0OrSpace(code: number): boolean {
  return code <= 0x20;
}

/** The value as a browser's URL parser sees it, before resolving. */
export function browserCleanedHref(value: string): string {
  const withoutBreaks = value.replace(TAB_OR_NEWLINE, '');
  let start = 0;
  let end = withoutBreaks.length;
  while (start < end && isC0OrSpace(withoutBreaks.charCodeAt(start))) start++;
  while (end > start && isC0OrSpace(withoutBreaks.charCodeAt(end - 1))) end--;
  return withoutBreaks.slice(start, end);
}

/**
 * The link value cleaned as a browser would, or null when it names a scheme other than http(s)
 * (`javascript:`, `data:`, `file:`, `mailto:`…), is empty, or is a bare fragment (`#top`).
 * Relative values pass: they take the page's own scheme when resolved.
 */
export function safeLinkValue(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const cleaned = browserCleanedHref(value);
  if (cleaned === '' || cleaned.startsWith('#')) return null;
  const scheme = SCHEME.exec(cleaned)?.[1];
  if (scheme !== undefined && !NAVIGABLE_SCHEMES.has(scheme.toLowerCase())) return null;
  return cleaned;
}

/** Whether an absolute URL is one a pull may fetch: http or https, nothing else. */
export function isFetchableUrl(url: string | URL): boolean {
  try {
    const parsed = typeof url === 'string' ? new URL(url) : url;
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}
