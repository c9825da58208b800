/**
 * Turning "page 1 and a link to page 2" into the URLs of every page, so a pull can fetch
 * pages in parallel instead of walking "next" links one by one. Returns every page but the
 * current one. Works when the two URLs
 * differ in exactly one numeric query parameter that counts up by one (`?page=2`,
 * `?pageIndex=3`); anything else returns null and the pull follows "next" links instead.
 * The total is the portal's word, not a plan: at most `limit` URLs are made, so a page
 * claiming a billion results costs nothing here.
 */
export function enumerateOtherPageUrls(
  currentUrl: string,
  nextUrl: string,
  total: number,
  rowsPerPage: number,
  limit = Number.POSITIVE_INFINITY,
): string[] | null {
  if (rowsPerPage <= 0 || total <= 0) return null;
  const current = new URL(currentUrl);
  const next = new URL(nextUrl);
  if (current.origin !== next.origin || current.pathname !== next.pathname) return null;

  const keys = new Set([...current.searchParams.keys(), ...next.searchParams.keys()]);
  const differing = [...keys].filter((k) => current.searchParams.get(k) !== next.searchParams.get(k));
  if (differing.length !== 1) return null;
  const key = differing[0]!;
  const nextNumber = Number(next.searchParams.get(key));
  if (!Number.isInteger(nextNumber)) return null;
  const shown = current.searchParams.get(key);
  // A first page often has no page parameter at all: it is the page before "next".
  const currentNumber = shown === null ? nextNumber - 1 : Number(shown);
  if (!Number.isInteger(currentNumber) || nextNumber !== currentNumber + 1) return null;

  const pages = Math.ceil(total / rowsPerPage);
  // Pages count from 1 unless the current page says 0.
  const first = currentNumber === 0 ? 0 : 1;
  const urls: string[] = [];
  for (let n = first; n < first + pages && urls.length < limit; n++) {
    if (n === currentNumber) continue;
    const url = new URL(nextUrl);
    url.searchParams.set(key, String(n));
    urls.push(url.href);
  }
  return urls;
}

/**
 * One spelling per page URL: the same page reached through "next" links and through
 * enumeration may differ in query encoding (`%20` vs `+`) or parameter order, and must be
 * fetched once.
 */
export function pageKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    const params = [...parsed.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    parsed.search = new URLSearchParams(params).toString();
    return parsed.href;
  } catch {
    return url;
  }
}
