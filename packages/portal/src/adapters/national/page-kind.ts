import { textOf } from '../../dom/text';

/**
 * Which national-portal page a document is. The URL decides first (the portal's page names are
 * stable); the document's structure decides for pages saved or served under other names.
 */
export type NationalPageKind = 'listing' | 'detail-full' | 'detail-summary' | 'decision';

const PAGES_BY_NAME: Record<string, NationalPageKind> = {
  'dvc-tthc-thu-tuc-hanh-chinh.html': 'listing',
  'dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html': 'detail-full',
  'dvc-chi-tiet-thu-tuc-hanh-chinh.html': 'detail-summary',
  'dvc-tthc-quyet-dinh-cong-bo-chi-tiet.html': 'decision',
};

/** dichvucong.gov.vn, thutuc.dichvucong.gov.vn and the portal's other subdomains. */
const NATIONAL_HOST = /(?:^|\.)dichvucong\.gov\.vn$/i;

/** The portal's page path (`/p/home/dvc-…`), also served by the simulator on any host. */
const NATIONAL_PATH = /\/p\/home\/dvc-[^/]*$/;

/** Whether a URL belongs to the national portal (or a copy of it with the same paths). */
export function isNationalPortalUrl(url: URL): boolean {
  return NATIONAL_HOST.test(url.hostname) || NATIONAL_PATH.test(url.pathname);
}

function kindByStructure(document: Document): NationalPageKind | null {
  if (document.querySelector('#listTTHC')) return 'listing';
  const heading = textOf(document.querySelector('h2.main-title'));
  if (document.querySelector('table.table-info-row') && /^s[oố] quy[eế]t đ[iị]nh/iu.test(heading)) {
    return 'decision';
  }
  // The decision page carries an empty copy of the record popup: a record needs a code.
  for (const row of Array.from(document.querySelectorAll('#popupChitietTTHC div.row.info-row'))) {
    if (/\d\.\d{6}/.test(textOf(row))) return 'detail-full';
  }
  if (document.querySelector('h1') && document.querySelector('h2.main-title-sub')) return 'detail-summary';
  return null;
}

/**
 * A page saved to disk has lost its address: it is the national portal's when its markup is
 * (the CLI reads saved pages; a browser tab always has its real URL).
 */
export function isSavedNationalPage(url: URL, document: Document): boolean {
  return url.protocol === 'file:' && kindByStructure(document) !== null;
}

/** The kind of page an address names, without looking at the page. */
export function nationalPageKindByPath(url: URL): NationalPageKind | null {
  return PAGES_BY_NAME[url.pathname.split('/').pop() ?? ''] ?? null;
}

export function nationalPageKind(url: URL, document: Document): NationalPageKind | null {
  return nationalPageKindByPath(url) ?? kindByStructure(document);
}
