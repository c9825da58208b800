import { cleanText } from '@niemyet/core';
import { linesOf, textOf } from '../../dom/text';
import type { ListingRow } from '../../types';
import { type ColumnRole, roleOfHeader } from './column-roles';
import { firstNavigableHref, portalIdOf } from './detail-link';
import { captionFields, type NameCell, readNameCell } from './name-cell';
import { parseOnlineService } from './online-service';
import { parseLevels } from './parsing';
import { codeInCell, codeInHrefs, codeInText, looksLikeProcedureName, nameWithoutCode } from './row-code';
import type { ReadRow } from './table-listing';
import { findDescendant, linksIn } from './walk';

/**
 * Card lists: portals that show procedures as repeated `<li>`/`<div>`/`<article>` siblings,
 * each with a link and a code or a procedure-like name, and "Lĩnh vực: …" style label–value
 * lines inside.
 */

export interface CardCandidate {
  container: Element;
  /** The item elements (same tag, and same first class when they have one). */
  items: Element[];
  /** Estimated share of items that are procedures, times their count. */
  score: number;
  tag: string;
  itemClass: string | null;
}

const ITEM_TAGS = new Set(['li', 'div', 'article', 'section', 'dd']);
// Navigation and chrome are lists of links too; procedure lists are not inside them.
const CHROME = 'nav, header, footer, .pagination, .pager, .menu, .navbar, .breadcrumb, [role="navigation"]';
const SAMPLE = 6;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The element holding a card's name: a heading, or an element classed "title"/"name"/"ten…". */
function isNameElement(element: Element): boolean {
  return HEADING_TAGS.has(element.localName) || /title|name|\bten/i.test(element.getAttribute('class') ?? '');
}

function isLink(element: Element): boolean {
  return element.localName === 'a' && element.hasAttribute('href');
}

function nameElement(item: Element): Element | null {
  return findDescendant(item, isNameElement);
}

function firstClass(element: Element): string | null {
  const first = (element.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return first && /^-?[A-Za-z_][\w-]*$/.test(first) ? first : null;
}

/** The card's main link: the one in its name element, else its first link. */
function primaryLink(item: Element): Element | null {
  const heading = nameElement(item);
  return (
    (heading && (isLink(heading) ? heading : findDescendant(heading, isLink))) ?? findDescendant(item, isLink)
  );
}

/** Whether an item looks like a procedure card: a link, and a code or a procedure-like name. */
function sampleQualifies(item: Element): { ok: boolean; coded: boolean } {
  const link = primaryLink(item);
  if (!link) return { ok: false, coded: false };
  const linkText = textOf(link);
  const coded = codeInHrefs([link.getAttribute('href') ?? '']) !== null || codeInText(linkText) !== null;
  const heading = nameElement(item);
  const name = heading ? textOf(heading) : linkText;
  return { ok: coded || looksLikeProcedureName(name) || looksLikeProcedureName(linkText), coded };
}

/** Repeated-sibling groups that look like procedure cards, best first. */
export function findCardCandidates(document: Document): CardCandidate[] {
  const candidates: CardCandidate[] = [];
  const containers = document.querySelectorAll('ul, ol, div, section, main, dl, tbody');
  for (let i = 0; i < containers.length; i++) {
    const container = containers[i]!;
    const children = Array.from(container.children);
    if (children.length < 2) continue;
    // The largest run of siblings sharing tag and first class.
    const groups = new Map<string, Element[]>();
    for (const child of children) {
      if (!ITEM_TAGS.has(child.localName)) continue;
      const key = `${child.localName}.${firstClass(child) ?? ''}`;
      const group = groups.get(key);
      if (group) group.push(child);
      else groups.set(key, [child]);
    }
    let items: Element[] = [];
    for (const group of groups.values()) if (group.length > items.length) items = group;
    if (items.length < 2) continue;
    if (container.closest(CHROME)) continue;
    const sample = items.length <= SAMPLE ? items : items.slice(0, SAMPLE);
    let ok = 0;
    let coded = 0;
    for (const item of sample) {
      const q = sampleQualifies(item);
      if (q.ok) ok++;
      if (q.coded) coded++;
    }
    if (ok < 2 || ok / sample.length < 0.6) continue;
    const share = (ok + coded) / (2 * sample.length);
    candidates.push({
      container,
      items,
      score: share * items.length,
      tag: items[0]!.localName,
      itemClass: firstClass(items[0]!),
    });
  }
  return candidates.sort((a, b) => b.score - a.score);
}

const LABELLED = /^([^:：]{1,40})[:：]\s*(.*)$/u;

/** "Lĩnh vực: Hộ tịch" lines of a card, by role; a label alone on its line takes the next line. */
function labelledValues(lines: string[]): Map<ColumnRole, string> {
  const values = new Map<ColumnRole, string>();
  for (let i = 0; i < lines.length; i++) {
    const m = LABELLED.exec(lines[i]!);
    const role = m ? roleOfHeader(m[1]!) : roleOfHeader(lines[i]!);
    if (!role || values.has(role)) continue;
    let value = m ? cleanText(m[2]!) : '';
    if (value === '' && i + 1 < lines.length && !LABELLED.test(lines[i + 1]!)) value = lines[++i]!;
    values.set(role, value);
  }
  return values;
}

/**
 * A card's lines, each child element on its own: cards put "Lĩnh vực: …" in inline `<span>`s
 * next to the name link, which would otherwise run into one line with it.
 */
function cardLines(item: Element): string[] {
  const lines: string[] = [];
  for (let node = item.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) lines.push(...linesOf(node));
    else if (node.nodeType === 3) {
      const text = cleanText(node.nodeValue ?? '');
      if (text !== '') lines.push(text);
    }
  }
  return lines;
}

export function readCards(candidate: CardCandidate, base: URL): ReadRow[] {
  const result: ReadRow[] = [];
  for (const item of candidate.items) {
    const lines = cardLines(item);
    if (lines.length === 0) continue;
    const values = labelledValues(lines);
    const link = primaryLink(item);
    const heading = nameElement(item);
    // The title without its captions ("Mã: …" in a <small>, a "Mới" badge): see `name-cell.ts`.
    const fromHeading = heading ? readNameCell(heading) : null;
    const title: NameCell =
      (fromHeading?.name ? fromHeading : null) ?? (link ? readNameCell(link) : { name: '', extras: [] });
    const shownName = values.get('name') || title.name || (link ? textOf(link) : '') || lines[0]!;
    if (shownName === '') continue;
    const caption = captionFields(title.extras);
    const links = linksIn(item);

    let fromName = false;
    let parsed = codeInCell(values.get('code') ?? '');
    parsed ??= codeInHrefs(links.map((a) => a.getAttribute('href') ?? ''));
    parsed ??= caption.code;
    if (!parsed) {
      parsed = codeInText(shownName);
      fromName = parsed !== null;
    }
    parsed ??= codeInText(lines.join(' \n '));
    if (!parsed && !link && !looksLikeProcedureName(shownName)) continue;
    const name = parsed && fromName ? nameWithoutCode(shownName, parsed.raw) : shownName;
    const detailUrl = firstNavigableHref(link ? [link, ...links] : links, base);

    const row: Omit<ListingRow, 'elementIndex'> = {
      code: parsed?.code ?? null,
      rawCode: parsed?.raw ?? null,
      name,
      text: lines.join(' | '),
    };
    const level = values.get('level');
    const levels = level ? parseLevels(level) : caption.levels;
    if (levels && levels.length > 0) row.levels = levels;
    if (values.has('field')) row.field = values.get('field') || caption.field || null;
    else if (caption.field !== null) row.field = caption.field;
    if (values.has('agency')) row.agency = values.get('agency') || caption.agency || null;
    else if (caption.agency !== null) row.agency = caption.agency;
    if (values.has('onlineService')) row.onlineService = parseOnlineService(values.get('onlineService')!);
    if (values.has('processingTime')) row.processingTime = values.get('processingTime') || null;
    if (values.has('fees')) row.fees = values.get('fees') || null;
    const basis = values.get('legalBasis');
    if (basis) row.legalBasis = basis.split(/\s*;\s*/).filter((b) => b !== '');
    row.detailUrl = detailUrl;
    row.portalId = portalIdOf(detailUrl);
    result.push({ row, element: item });
  }
  return result;
}
