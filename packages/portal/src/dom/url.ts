import { safeLinkValue } from './link-safety';

/**
 * Links as absolute URLs. Pages write relative hrefs ("dvc-chi-tiet-….html?ma_thu_tuc=…",
 * "?pageIndex=3"); readers hand out absolute ones so the extension and the CLI can follow them
 * from anywhere. Script links, bare anchors and any scheme but http(s) are not navigations
 * (`safeLinkValue` cleans the value as a browser would before reading its scheme).
 */
export function resolveHref(href: string | null | undefined, base: URL | string): string | null {
  const value = safeLinkValue(href);
  if (value === null) return null;
  if (PLAIN_RELATIVE.test(value) && !value.includes('/.')) {
    const directory = baseDirectory(base);
    if (directory !== null) return directory + value;
  }
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}

/**
 * A link written as a plain relative path ("dvc-chi-tiet.html?ma_thu_tuc=2896", the common
 * case in listings) resolves by joining it to the base's directory: nothing in it needs the
 * URL parser, which would parse the base again for each of a page's 2,000 links. Anything
 * else (dot segments, absolute paths, schemes, spaces, fragments) goes through `URL`.
 */
const PLAIN_RELATIVE = /^[A-Za-z0-9_~-][A-Za-z0-9_.~%/-]*(?:\?[A-Za-z0-9_.~%=&+-]*)?$/;
const directories = new Map<string, string | null>();

function baseDirectory(base: URL | string): string | null {
  const key = typeof base === 'string' ? base : base.href;
  let directory = directories.get(key);
  if (directory === undefined) {
    directory = null;
    try {
      const url = typeof base === 'string' ? new URL(base) : base;
      // Credentials would be kept by the parser and are not part of `origin`: leave those to it.
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password) {
        directory = url.origin + url.pathname.slice(0, url.pathname.lastIndexOf('/') + 1);
      }
    } catch {
      directory = null;
    }
    if (directories.size >= 64) directories.clear();
    directories.set(key, directory);
  }
  return directory;
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
