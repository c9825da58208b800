import { cleanText } from '@niemyet/core';

/**
 * Reading text out of any DOM (browser, happy-dom, linkedom) the way a reader sees it.
 *
 * `textContent` is the only text API all three implement, but on its own it glues table cells
 * and `<br>`-separated lines together ("Bản chính: 1Bản sao: 0") and includes script text.
 * These helpers walk the tree instead: entities are already decoded by the DOM parser, line
 * breaks and block boundaries become separators, scripts and styles are skipped, and the
 * result goes through `cleanText` (NFC, NBSP, zero-width characters, `Ð` for `Đ`).
 * Never `innerText` (layout-dependent, missing in linkedom), never `innerHTML`.
 */

// Node types as numbers: Node.js has no global `Node`, and each DOM brings its own constants.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements whose text is not page content. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head']);

/** Elements that start and end a line when rendered. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Elements rendered side by side but never glued together. */
const SPACED = new Set(['td', 'th']);

const LINE_BREAK = '\n';

/** Whether an element renders the line breaks of its source text (`<pre>`, `white-space: pre…`). */
function keepsSourceLineBreaks(element: Element): boolean {
  if (element.localName === 'pre' || element.localName === 'textarea') return true;
  const style = element.getAttribute('style');
  return style !== null && /white-space\s*:\s*pre/i.test(style);
}

/** Elements a walk sets aside instead of reading (see `linesSettingAside`). */
interface Aside {
  test(element: Element): boolean;
  found: Element[];
}

function collect(node: Node, out: string[], keepBreaks: boolean, aside?: Aside): void {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      const text = child.nodeValue ?? '';
      // Source formatting puts newlines inside names ("lưới điện hạ\n    áp"): a space, unless
      // the element renders them.
      out.push(keepBreaks ? text.replace(/\r\n?/g, LINE_BREAK) : text.replace(/[\r\n]+/g, ' '));
    } else if (type === ELEMENT_NODE) {
      const element = child as Element;
      const name = element.localName;
      if (SKIPPED.has(name)) continue;
      if (aside?.test(element)) {
        aside.found.push(element);
        // The text on either side must not glue together where the aside was.
        out.push(' ');
        continue;
      }
      if (name === 'br') {
        out.push(LINE_BREAK);
        continue;
      }
      const block = BLOCKS.has(name);
      const spaced = SPACED.has(name);
      if (block) out.push(LINE_BREAK);
      else if (spaced) out.push(' ');
      collect(element, out, keepBreaks || keepsSourceLineBreaks(element), aside);
      if (block) out.push(LINE_BREAK);
      else if (spaced) out.push(' ');
    }
  }
}

function rawText(node: Node): string {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) return node.nodeValue ?? '';
  const keepBreaks = node.nodeType === ELEMENT_NODE && keepsSourceLineBreaks(node as Element);
  // Most cells hold only text: then the DOM's own `textContent` is the walk's result, at two
  // calls into the DOM instead of several per node (a 2,000-row page has 12,000 cells).
  if (!keepBreaks && node.nodeType === ELEMENT_NODE && (node as Element).firstElementChild === null) {
    return (node.textContent ?? '').replace(/[\r\n]+/g, ' ');
  }
  const out: string[] = [];
  collect(node, out, keepBreaks);
  return out.join('');
}

/**
 * The text of a node on one line, cleaned: line breaks, cells and blocks become single spaces.
 * Empty string for a missing node.
 */
export function textOf(node: Node | null | undefined): string {
  return node ? cleanText(rawText(node)) : '';
}

/**
 * The text of a node as lines, the way it renders: `<br>`, paragraphs, list items and other
 * blocks start new lines; each line is cleaned and empty lines are dropped.
 */
export function linesOf(node: Node | null | undefined): string[] {
  if (!node) return [];
  return rawText(node)
    .split(LINE_BREAK)
    .map((line) => cleanText(line))
    .filter((line) => line !== '');
}

/**
 * The lines of a node the way `linesOf` reads them, but with the elements `isAside` picks
 * (captions, badges…) left out of the lines and handed back on their own, in document order.
 * An aside inside an aside is part of the outer one.
 */
export function linesSettingAside(
  node: Node,
  isAside: (element: Element) => boolean,
): { lines: string[]; asides: Element[] } {
  const aside: Aside = { test: isAside, found: [] };
  const out: string[] = [];
  const keepBreaks = node.nodeType === ELEMENT_NODE && keepsSourceLineBreaks(node as Element);
  collect(node, out, keepBreaks, aside);
  const lines = out
    .join('')
    .split(LINE_BREAK)
    .map((line) => cleanText(line))
    .filter((line) => line !== '');
  return { lines, asides: aside.found };
}

/** The lines of a node joined with `\n` (multi-line fields such as steps), '' when empty. */
export function multilineTextOf(node: Node | null | undefined): string {
  return linesOf(node).join(LINE_BREAK);
}

/**
 * Turns a shown value into a field value: null when empty or when it is one of the
 * `placeholders` the page writes for "nothing here" (compared case-insensitively). Line
 * breaks survive (each line is cleaned on its own), so multi-line text stays multi-line.
 */
export function valueOrNull(text: string, placeholders: readonly string[] = []): string | null {
  const value = text
    .split(LINE_BREAK)
    .map((line) => cleanText(line))
    .filter((line) => line !== '')
    .join(LINE_BREAK);
  if (value === '') return null;
  const lower = value.toLocaleLowerCase('vi');
  return placeholders.some((p) => cleanText(p).toLocaleLowerCase('vi') === lower) ? null : value;
}

/** A cleaned attribute value (the DOM has already decoded its entities), null when absent or blank. */
export function attributeOf(element: Element | null | undefined, name: string): string | null {
  const value = element?.getAttribute(name);
  if (value === null || value === undefined) return null;
  const cleaned = cleanText(value);
  return cleaned === '' ? null : cleaned;
}
