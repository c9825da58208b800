import { safeLinkValue } from '../../dom/link-safety';
import { resolveHref } from '../../dom/url';

/**
 * The procedure's own page, and the portal's id for it, from the links of a row or card.
 */

/** Query parameters portals put their procedure id in (compared lower-cased). */
const ID_PARAMS = [
  'ma_thu_tuc',
  'mathutuc',
  'matthc',
  'ma_tthc',
  'matthc',
  'idthutuc',
  'thutucid',
  'tthcid',
  'idtthc',
  'procedureid',
  'itemid',
  'id',
];

/** The first link among `links` that is a navigation (not a script or an anchor), absolute. */
export function firstNavigableHref(links: readonly Element[], base: URL): string | null {
  for (const link of links) {
    const url = resolveHref(link.getAttribute('href'), base);
    if (url && /^https?:/i.test(url)) return url;
  }
  return null;
}

/** The portal's id for the procedure from a detail URL's query ("?ma_thu_tuc=12345"). */
export function portalIdOf(detailUrl: string | null): string | null {
  if (!detailUrl) return null;
  let url: URL;
  try {
    url = new URL(detailUrl);
  } catch {
    return null;
  }
  const params = new Map<string, string>();
  for (const [key, value] of url.searchParams) {
    const k = key.toLowerCase();
    if (!params.has(k) && value.trim() !== '') params.set(k, value.trim());
  }
  for (const name of ID_PARAMS) {
    const value = params.get(name);
    if (value) return value;
  }
  // DNN writes parameters into the path: "/tabid/98/ItemID/10003/Default.aspx".
  const inPath = /\/(?:itemid|id|tthcid|thutucid)\/([^/?#]+)/i.exec(url.pathname);
  return inPath ? decodeURIComponent(inPath[1]!) : null;
}

/**
 * The base URL links resolve against: the page's `<base href>` when it has one and it is an
 * http(s) address (a `<base href="file:///">` would turn every relative link into a file).
 */
export function baseUrlOf(document: Document, pageUrl: URL): URL {
  const href = safeLinkValue(document.querySelector('base[href]')?.getAttribute('href'));
  if (href === null) return pageUrl;
  try {
    return new URL(href, pageUrl);
  } catch {
    return pageUrl;
  }
}
