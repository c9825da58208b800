/**
 * Small subtree searches done by walking the nodes. In linkedom every `querySelector(All)`
 * call compiles its selector again, which made per-row queries the most expensive part of
 * reading a 2,000-row listing; these walks cost only the nodes they visit.
 */

const ELEMENT_NODE = 1;

/** Every descendant element of `root` for which `test` holds, in document order. */
export function findDescendants(root: Node, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === ELEMENT_NODE) {
      if (test(node as Element)) found.push(node as Element);
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return found;
}

/** The first descendant element of `root` for which `test` holds, or null. */
export function findDescendant(root: Node, test: (element: Element) => boolean): Element | null {
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === ELEMENT_NODE) {
      if (test(node as Element)) return node as Element;
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return null;
}

/** Links with an `href` inside `root`. */
export function linksIn(root: Node): Element[] {
  return findDescendants(root, (e) => e.localName === 'a' && e.hasAttribute('href'));
}
