/**
 * Selectors the extension can use to find the listing's row elements again, including after
 * the page re-renders them. The anchor is the most stable handle the page offers: an id
 * (Telerik's `ctl00_…_RadGrid1_ctl00` ids survive postbacks, `tbody#listTTHC` survives the
 * national portal's in-place re-render), else a class combination unique in the document,
 * else a `:nth-of-type` path from the nearest ancestor with an id. Row selectors then step
 * down by child combinators only, so rows of nested tables never match.
 */

const SIMPLE_IDENT = /^-?[A-Za-z_][\w-]*$/;
// Classes that describe a moment, not the element ("active", Angular/Vue bookkeeping…).
const STATE_CLASS =
  /^(?:active|selected|current|hover|focus|show|shown|open|in|collapse|collapsed|disabled|loading|ng-.*|is-.*|has-.*|v-.*|js-.*)$/i;

function isUnique(document: Document, selector: string, element: Element): boolean {
  try {
    const found = document.querySelectorAll(selector);
    return found.length === 1 && found[0] === element;
  } catch {
    return false;
  }
}

function idSelector(element: Element): string | null {
  const id = element.getAttribute('id');
  if (!id) return null;
  if (SIMPLE_IDENT.test(id)) return `#${id}`;
  return `[id="${id.replace(/["\\]/g, '\\$&')}"]`;
}

function classSelector(element: Element): string | null {
  const classes = (element.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((c) => c !== '' && SIMPLE_IDENT.test(c) && !STATE_CLASS.test(c));
  return classes.length > 0 ? `${element.localName}.${classes.join('.')}` : null;
}

function nthOfType(element: Element): string {
  let index = 1;
  for (let sibling = element.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (sibling.localName === element.localName) index++;
  }
  return `${element.localName}:nth-of-type(${index})`;
}

/** A selector that matches `element` alone in `document`. */
export function uniqueSelector(document: Document, element: Element): string {
  const byId = idSelector(element);
  if (byId && isUnique(document, `${element.localName}${byId}`, element))
    return `${element.localName}${byId}`;
  const byClass = classSelector(element);
  if (byClass && isUnique(document, byClass, element)) return byClass;
  const steps: string[] = [];
  let node: Element | null = element;
  while (node) {
    const id = node !== element ? idSelector(node) : null;
    if (id && isUnique(document, id, node)) {
      steps.unshift(id);
      break;
    }
    if (node.localName === 'html' || !node.parentElement) {
      steps.unshift(node.localName);
      break;
    }
    steps.unshift(nthOfType(node));
    node = node.parentElement;
  }
  return steps.join(' > ');
}

/** Selector for a table's body rows: its `<tbody>` rows, or rows right under it (no `<tbody>`). */
export function tableRowSelector(document: Document, table: Element): string {
  const anchor = uniqueSelector(document, table);
  return `${anchor} > tbody > tr, ${anchor} > tr`;
}

/**
 * Each body row's index among `document.querySelectorAll(tableRowSelector(table))`, computed
 * by walking the table the way the selector does (its `<tbody>` rows and direct rows, in
 * document order) instead of running the selector: a selector over a 50,000-row document costs
 * more than the read.
 */
export function tableRowIndices(table: Element): Map<Element, number> {
  const indices = new Map<Element, number>();
  for (const child of Array.from(table.children)) {
    if (child.localName === 'tr') indices.set(child, indices.size);
    else if (child.localName === 'tbody') {
      for (const row of Array.from(child.children))
        if (row.localName === 'tr') indices.set(row, indices.size);
    }
  }
  return indices;
}

/** Selector for card items: the container's children with the items' tag and first class. */
export function childItemSelector(
  document: Document,
  container: Element,
  tag: string,
  itemClass: string | null,
): string {
  return `${uniqueSelector(document, container)} > ${itemClass ? `${tag}.${itemClass}` : tag}`;
}

/** Each item's index among `document.querySelectorAll(childItemSelector(…))`, by the same walk. */
export function childItemIndices(
  container: Element,
  tag: string,
  itemClass: string | null,
): Map<Element, number> {
  const indices = new Map<Element, number>();
  for (const child of Array.from(container.children)) {
    if (child.localName !== tag) continue;
    if (itemClass && !(child.getAttribute('class') ?? '').split(/\s+/).includes(itemClass)) continue;
    indices.set(child, indices.size);
  }
  return indices;
}
