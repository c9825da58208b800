import { cleanText, searchKey } from '@niemyet/core';
import { browserCleanedHref } from '../../dom/link-safety';
import { resolveHref } from '../../dom/url';

/**
 * The listing's next page. Provincial portals page in many ways: `rel="next"`, bootstrap
 * `.pagination .next`, arrow or word links ("›", "»", "Sau", "Tiếp", "Trang sau"), a page
 * number in the query (`?page=3`, `pageIndex=3`), or Telerik's `.rgPageNext`, which on
 * DNN sites posts the form back (`javascript:__doPostBack(…)`, an `<input type="submit">`):
 * then there is no URL to follow and the caller must click.
 */
export interface NextPage {
  url: string | null;
  /** How the page pages when there is no URL: a form postback, or some other script. */
  paging: 'postback' | 'script' | null;
}

const NONE: NextPage = { url: null, paging: null };

// Containers of pagers: a "next" class only counts inside one of them (or on the link itself).
const PAGER_CONTAINER =
  /\b(?:pagination|pager|paging|PagedList-pager|dataTables_paginate|phan-trang|phantrang)\b/i;
const NEXT_CLASS = /\b(?:next|next-page|page-next|PagedList-skipToNext)\b/i;

// Link texts meaning "next page" (compared on the cleaned text or its searchKey).
const NEXT_SYMBOLS = new Set(['›', '»', '>', '→', '>>', '›»']);
const NEXT_WORDS = new Set([
  'sau',
  'tiep',
  'trang sau',
  'tiep theo',
  'trang tiep',
  'trang tiep theo',
  'next',
  'next page',
]);
const PAGE_PARAMS = [
  'page',
  'pageindex',
  'p',
  'trang',
  'pagenumber',
  'page_no',
  'pageno',
  'currentpage',
  'pagenum',
];

function isDisabled(element: Element): boolean {
  if (element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true') return true;
  if (/\bdisabled\b/i.test(element.getAttribute('class') ?? '')) return true;
  const parent = element.parentElement;
  if (parent && parent.localName === 'li' && /\bdisabled\b/i.test(parent.getAttribute('class') ?? ''))
    return true;
  const onclick = element.getAttribute('onclick') ?? '';
  return /return\s+false/i.test(onclick) && !/__doPostBack/i.test(onclick);
}

/** What following `element` does: a URL, a postback, a script, or nothing (null). */
function followOf(element: Element, base: URL, current: URL): NextPage | null {
  if (isDisabled(element)) return NONE;
  const tag = element.localName;
  const script = `${element.getAttribute('href') ?? ''} ${element.getAttribute('onclick') ?? ''}`;
  if (/__doPostBack|WebForm_DoPostBack/i.test(script)) return { url: null, paging: 'postback' };
  if (tag === 'input' || tag === 'button') {
    const inForm = element.closest('form') !== null;
    return { url: null, paging: inForm ? 'postback' : 'script' };
  }
  const url = resolveHref(element.getAttribute('href'), base);
  if (url === null) {
    return element.hasAttribute('onclick') ||
      /^javascript:/i.test(browserCleanedHref(element.getAttribute('href') ?? ''))
      ? { url: null, paging: 'script' }
      : null;
  }
  const withoutHash = new URL(url);
  withoutHash.hash = '';
  const here = new URL(current.href);
  here.hash = '';
  if (withoutHash.href === here.href) return null;
  return { url, paging: null };
}

function pageParam(url: URL): { name: string; value: number } | null {
  for (const [key, value] of url.searchParams) {
    if (PAGE_PARAMS.includes(key.toLowerCase()) && /^\d{1,6}$/.test(value.trim())) {
      return { name: key.toLowerCase(), value: Number(value) };
    }
  }
  return null;
}

/** Telerik: on the last page `.rgCurrentPage` is the last number of `.rgNumPart`. */
function telerikOnLastPage(document: Document): boolean {
  const numbers = document.querySelectorAll('.rgNumPart > a, .rgNumPart > span');
  if (numbers.length === 0) return false;
  const last = numbers[numbers.length - 1]!;
  return /\brgCurrentPage\b/.test(last.getAttribute('class') ?? '');
}

function classOf(element: Element | null): string {
  return element?.getAttribute('class') ?? '';
}

/** A link or button marked "next" by class: on itself or its `<li>`, inside a pager. */
function markedNextByClass(element: Element): boolean {
  const parent = element.parentElement;
  const own = NEXT_CLASS.test(classOf(element));
  const item = parent?.localName === 'li' && NEXT_CLASS.test(classOf(parent));
  if (!own && !item) return false;
  if (/\bnext-page\b|PagedList-skipToNext/i.test(`${classOf(element)} ${classOf(parent)}`)) return true;
  let ancestor: Element | null = parent;
  for (let depth = 0; ancestor && depth < 4; depth++, ancestor = ancestor.parentElement) {
    if (PAGER_CONTAINER.test(classOf(ancestor))) return true;
  }
  return false;
}

function isRelNext(element: Element): boolean {
  return (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('next');
}

/**
 * Finds the next page of the listing. One pass over the document's links (and its few
 * inputs and buttons) collects every kind of "next" marker; they are then tried from the most
 * explicit (`rel="next"`) to the most guessed (a link to page N+1). No selector queries: on a
 * large page each one costs a scan of the whole document.
 */
export function findNextPage(document: Document, base: URL, current: URL): NextPage {
  const byRel: Element[] = [];
  const byClass: Element[] = [];
  const telerik: Element[] = [];
  const byText: Element[] = [];
  let byNumber: { element: Element; value: number; name: string }[] = [];
  const currentParam = pageParam(current);

  const links = document.getElementsByTagName('link');
  for (let i = 0; i < links.length; i++)
    if (isRelNext(links[i]!) && links[i]!.hasAttribute('href')) byRel.push(links[i]!);
  for (const tag of ['input', 'button']) {
    const controls = document.getElementsByTagName(tag);
    for (let i = 0; i < controls.length; i++) {
      const control = controls[i]!;
      if (/\brgPageNext\b/.test(classOf(control))) telerik.push(control);
      else if (markedNextByClass(control)) byClass.push(control);
    }
  }
  const anchors = document.getElementsByTagName('a');
  for (let i = 0; i < anchors.length; i++) {
    const link = anchors[i]!;
    if (isRelNext(link)) byRel.push(link);
    if (/\brgPageNext\b/.test(classOf(link))) telerik.push(link);
    else if (markedNextByClass(link)) byClass.push(link);
    const raw = link.textContent ?? '';
    if (raw.length > 80) continue; // a procedure name, not a pager link
    const text = cleanText(raw);
    if (text.length > 0 && text.length <= 20) {
      const title = cleanText(link.getAttribute('title') ?? '');
      // "Sau »" and "Tiếp ›" too: searchKey drops the arrows.
      if (NEXT_SYMBOLS.has(text) || NEXT_WORDS.has(searchKey(text)) || NEXT_WORDS.has(searchKey(title))) {
        byText.push(link);
      }
    }
    // Page-number links show their number; only those are parsed (rows' links are not).
    const href = link.getAttribute('href');
    if (href && /^\d{1,6}$/.test(text) && /[?&]/.test(href)) {
      try {
        const param = pageParam(new URL(href, base));
        if (param) byNumber.push({ element: link, ...param });
      } catch {
        // An href that is not a URL is not a page link.
      }
    }
  }

  for (const element of byRel) {
    const follow = followOf(element, base, current);
    if (follow) return follow;
  }
  for (const element of byClass) {
    const follow = followOf(element, base, current);
    if (follow) return follow;
  }
  if (telerik.length > 0) {
    if (telerikOnLastPage(document)) return NONE;
    for (const element of telerik) {
      const follow = followOf(element, base, current);
      if (follow) return follow;
    }
  }
  for (const element of byText) {
    const follow = followOf(element, base, current);
    if (follow) return follow;
  }
  if (currentParam) byNumber = byNumber.filter((l) => l.name === currentParam.name);
  if (byNumber.length > 0) {
    // Without a page number in the URL this is the first page: 1, or 0 on zero-based pagers.
    const here = currentParam?.value ?? (byNumber.some((l) => l.value === 0) ? 0 : 1);
    const next = byNumber.find((l) => l.value === here + 1);
    if (next) {
      const follow = followOf(next.element, base, current);
      if (follow) return follow;
    }
  }
  return NONE;
}
