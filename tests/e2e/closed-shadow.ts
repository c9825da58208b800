import type { Page } from '@playwright/test';

/**
 * What the extension shows inside its closed shadow roots (row badges, the summary pill).
 * Neither the page's scripts nor Playwright's locators reach into a closed root — that is why
 * it is closed — but the DevTools protocol does: `DOM.getDocument` with `pierce` returns every
 * shadow root, closed ones included.
 */

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

export interface ShownElement {
  text: string;
  attributes: Record<string, string>;
}

function attributesOf(node: CdpNode): Record<string, string> {
  const out: Record<string, string> = {};
  const list = node.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) out[list[i]!] = list[i + 1]!;
  return out;
}

/** The node's descendants in document order, each element's shadow roots before its children. */
function* descendants(node: CdpNode): Generator<CdpNode> {
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    yield child;
    yield* descendants(child);
  }
}

function textOf(node: CdpNode): string {
  let text = '';
  for (const d of descendants(node)) if (d.nodeType === 3) text += d.nodeValue ?? '';
  return text;
}

function shown(node: CdpNode): ShownElement {
  return { text: textOf(node), attributes: attributesOf(node) };
}

async function documentTree(page: Page): Promise<CdpNode> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    return root as CdpNode;
  } finally {
    await cdp.detach();
  }
}

const isOwn = (node: CdpNode, kind: string) => attributesOf(node)['data-niemyet-ui'] === kind;

/** The label of each row's badge (rows: elements with `rowClass`, in page order), null where none. */
export async function badgeLabels(page: Page, rowClass: string): Promise<(ShownElement | null)[]> {
  const root = await documentTree(page);
  const rows = [...descendants(root)].filter(
    (n) => n.nodeType === 1 && (attributesOf(n).class ?? '').split(/\s+/).includes(rowClass),
  );
  return rows.map((row) => {
    const host = [...descendants(row)].find((n) => isOwn(n, 'badge'));
    const label = host?.shadowRoots?.flatMap((r) => [...descendants(r)]).find((n) => n.nodeName === 'SPAN');
    return label ? shown(label) : null;
  });
}

/** The summary pill's chips, by status. */
export async function pillChips(page: Page): Promise<Record<string, string>> {
  const root = await documentTree(page);
  const host = [...descendants(root)].find((n) => isOwn(n, 'pill'));
  const chips: Record<string, string> = {};
  for (const node of host?.shadowRoots?.flatMap((r) => [...descendants(r)]) ?? []) {
    const status = attributesOf(node)['data-status'];
    if (status) chips[status] = textOf(node);
  }
  return chips;
}
