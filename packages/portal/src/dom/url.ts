/**
 * Links as absolute URLs. Pages write relative hrefs ("dvc-chi-tiet-….html?ma_thu_tuc=…",
 * "?pageIndex=3"); readers hand out absolute ones so the extension and the CLI can follow them
 * from anywhere. Script links and bare anchors are not navigations.
 */
export function resolveHref(href: string | null | undefined, base: URL | string): string | null {
  const value = href?.trim();
  if (!value || value.startsWith('#') || /^(?:javascript|mailto|tel|data):/i.test(value)) return null;
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}

/** The absolute URL of an element's `href`, null when it has none or it is not a navigation. */
export function hrefOf(element: Element | null | undefined, base: URL | string): string | null {
  return resolveHref(element?.getAttribute('href'), base);
}

/** A query parameter of a URL or href (relative hrefs allowed), trimmed, null when absent or blank. */
export function queryParam(href: string | URL | null | undefined, name: string): string | null {
  if (href === null || href === undefined) return null;
  try {
    const url = typeof href === 'string' ? new URL(href, 'http://localhost/') : href;
    const value = url.searchParams.get(name)?.trim();
    return value ? value : null;
  } catch {
    return null;
  }
}
