import { parseLevels } from '@niemyet/core';
import { parseDisplayedCount } from '../../dom/count';
import { readKeyedRows } from '../../dom/table';
import { attributeOf, textOf } from '../../dom/text';
import { hrefOf, queryParam, resolveHref } from '../../dom/url';
import type { ListingPage, ListingRow } from '../../types';
import { matchListingColumn } from './labels';
import { readShownCode } from './shown-code';

/**
 * The procedure listing (`/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=N&pageSize=S`), as
 * agreed in /tmp/national-listing-spec.md (the real portal renders it by script from
 * `/jsp/rest.jsp`, so no saved page exists): rows `tbody#listTTHC > tr` with `td[data-title]`
 * cells and the code in `data-ma-thu-tuc`, the total in `.result-count strong`
 * ("Tìm thấy 2.507 thủ tục"), paging in `ul.pagination`.
 */

/** Row elements of the listing, in the order `ListingRow.elementIndex` counts them. */
export const LISTING_ROW_SELECTOR = '#listTTHC > tr';

/** The numeric record id in a full-record link's query (`?ma_thu_tuc=2896`). */
const RECORD_ID_PARAM = /[?&]ma_thu_tuc=(\d+)(?=[&#]|$)/;

/** Query parameters that filter a listing (as opposed to paging through it). */
const SCOPE_PARAMS = ['level', 'field', 'agency'] as const;
const PAGING_PARAMS = new Set(['pageIndex', 'pageSize', 'p_Page_Index', 'p_Page_Size']);

function readTotal(document: Document): number | null {
  const box = document.querySelector('.result-count');
  if (!box) return null;
  return parseDisplayedCount(textOf(box.querySelector('strong') ?? box));
}

/**
 * The next page's absolute URL: the pagination's `rel="next"` / `.next` link, else the link
 * after the active item. Links that only carry a query ("?pageIndex=3&pageSize=50") keep the
 * current page's filters, so paging a filtered listing stays in its scope. Null on the last
 * page and when paging is by script (`href="#"`, `javascript:`).
 */
function readNextPageUrl(document: Document, url: URL): string | null {
  const pagination = document.querySelector('ul.pagination, .pagination');
  if (!pagination) return null;
  let link = pagination.querySelector('a[rel~="next"], a.next, li.next > a');
  if (!link) {
    const active = pagination.querySelector('li.active');
    link = active?.nextElementSibling?.querySelector('a[href]') ?? null;
  }
  const rawHref = link?.getAttribute('href')?.trim() ?? null;
  const next = resolveHref(rawHref, url);
  if (next === null || rawHref === null) return null;
  const target = new URL(next);
  if (rawHref.startsWith('?')) {
    for (const [name, value] of url.searchParams) {
      if (!PAGING_PARAMS.has(name) && !target.searchParams.has(name)) target.searchParams.append(name, value);
    }
  }
  // A "next" link to the page itself (disabled control rendered as a link) is the last page.
  return target.href === url.href ? null : target.href;
}

function readScope(url: URL): Record<string, string> {
  const scope: Record<string, string> = {};
  for (const name of SCOPE_PARAMS) {
    const value = queryParam(url, name);
    if (value !== null) scope[name] = value;
  }
  return scope;
}

export function readListingPage(document: Document, url: URL): ListingPage | null {
  const body = document.querySelector('#listTTHC');
  if (!body) return null;
  const table = body.closest('table') ?? body;
  // Index rows among the selector's matches, as the extension will find them again.
  const elements = Array.from(document.querySelectorAll(LISTING_ROW_SELECTOR));
  const indexOf = new Map(elements.map((element, index) => [element, index]));

  // A listing writes the same few level texts on every row: parse each once.
  const parsedLevels = new Map<string, string[]>();
  const levelsOf = (shown: string): string[] => {
    let levels = parsedLevels.get(shown);
    if (levels === undefined) {
      levels = parseLevels(shown);
      parsedLevels.set(shown, levels);
    }
    return [...levels];
  };
  const rows: ListingRow[] = [];
  for (const { row, cells, text, texts } of readKeyedRows(table, matchListingColumn)) {
    const elementIndex = indexOf.get(row);
    if (elementIndex === undefined) continue;
    const name = text.name || null;
    if (name === null) continue;
    const shownCode = attributeOf(row, 'data-ma-thu-tuc') ?? (text.code || null);
    const levelsText = text.levels || null;
    const detailUrl = hrefOf(cells.name?.querySelector('a[href]'), url);
    // Summary links carry the code, full-record links the numeric record id: only the latter is
    // an id. (A pattern on the resolved href, not a second URL parse per row.)
    const linkedId = detailUrl === null ? null : (RECORD_ID_PARAM.exec(detailUrl)?.[1] ?? null);
    rows.push({
      ...readShownCode(shownCode),
      name,
      levels: levelsText === null ? [] : levelsOf(levelsText),
      field: text.field || null,
      agency: text.agency || null,
      detailUrl,
      portalId: linkedId,
      text: texts.filter((t) => t !== '').join(' | '),
      elementIndex,
    });
  }
  return {
    kind: 'listing',
    rows,
    rowSelector: LISTING_ROW_SELECTOR,
    total: readTotal(document),
    nextPageUrl: readNextPageUrl(document, url),
    scope: readScope(url),
  };
}
