/**
 * Small subtree searches done by walking the nodes. In linkedom every `querySelector(All)`
 * call compiles its selector again, which made per-row queries the most expensive part of
 * reading a 2,000-row listing; these walks cost only the nodes they visit.
 */

const ELEMENT_NODE = 1;

/** Visits the descendant elements of `root` in document order until `visit` returns true. */
function walk(root: Node, visit: (element: Element) => boolean): void {
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === ELEMENT_NODE) {
      if (visit(node as Element)) return;
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) return;
    node = node.nextSibling;
  }
}

/** Every descendant element of `root` for which `test` holds, in document order. */
export function findDescendants(root: Node, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  walk(root, (element) => {
    if (test(element)) found.push(element);
    return false;
  });
  return found;
}

/** The first descendant element of `root` for which `test` holds, or null. */
export function findDescendant(root: Node, test: (element: Element) => boolean): Element | null {
  let first: Element | null = null;
  walk(root, (element) => {
    if (!test(element)) return false;
    first = element;
    return true;
  });
  return first;
}

/** Links with an `href` inside `root`. */
export function linksIn(root: Node): Element[] {
  return findDescendants(root, (e) => e.localName === 'a' && e.hasAttribute('href'));
}
