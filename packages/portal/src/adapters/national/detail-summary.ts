import { multilineTextOf, textOf, valueOrNull } from '../../dom/text';
import { queryParam } from '../../dom/url';
import {
  buildDetailPage,
  type CollectedRecord,
  EMPTY_RECORD,
  type NationalDetailPage,
  NO_EXTRAS,
} from './detail-record';
import { matchRecordLabel, NO_INFORMATION } from './labels';
import { readDossier, readLegalBasis, readMethods } from './procedure-parts';

/**
 * The public summary page (`dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=<code>`, e.g.
 * tests/fixtures/national-portal/procedure-summary-3.000001.html): `h1` name, then `h2`
 * sections ("Trình tự thực hiện", "Cách thức thực hiện", "Thành phần hồ sơ", "Cơ quan thực
 * hiện", "Yêu cầu, điều kiện thực hiện") whose content runs until the next `h2`. It shows no
 * level, field or legal basis: `fieldsShown` says so.
 */

/** The elements between a section heading and the next heading. */
function sectionContent(heading: Element): Element[] {
  const content: Element[] = [];
  for (let node = heading.nextElementSibling; node !== null; node = node.nextElementSibling) {
    if (/^h[1-3]$/.test(node.localName)) break;
    content.push(node);
  }
  return content;
}

function tablesIn(nodes: Element[]): Element[] {
  return nodes.flatMap((n) => (n.localName === 'table' ? [n] : Array.from(n.querySelectorAll('table'))));
}

/**
 * A value the page keeps in a script variable (`var procedure_code = '3.000001';`). Read as
 * text with a fixed pattern, never evaluated: the fallback when the URL does not carry it.
 */
function scriptVariable(document: Document, name: string): string | null {
  const pattern = new RegExp(String.raw`\b${name}\s*=\s*'([^'\\]{1,40})'`);
  for (const script of Array.from(document.querySelectorAll('script'))) {
    const m = pattern.exec(script.textContent ?? '');
    if (m?.[1]) return m[1].trim() || null;
  }
  return null;
}

/** The full record's numeric id, from the "Xem chi tiết" link that follows the title. */
function portalIdOf(document: Document, title: Element | null): string | null {
  for (let node = title?.nextElementSibling ?? null; node !== null; node = node.nextElementSibling) {
    if (/^h[1-3]$/.test(node.localName)) break;
    const link = node.matches('a[href]') ? node : node.querySelector('a[href*="ma_thu_tuc="]');
    const id = queryParam(link?.getAttribute('href'), 'ma_thu_tuc');
    if (id && /^\d+$/.test(id)) return id;
  }
  const fromScript = scriptVariable(document, 'procedure_id');
  return fromScript && /^\d+$/.test(fromScript) ? fromScript : null;
}

export function readSummaryPage(document: Document, url: URL): NationalDetailPage | null {
  const title = document.querySelector('h1.main-title') ?? document.querySelector('h1');
  const collected: CollectedRecord = {
    ...EMPTY_RECORD,
    name: valueOrNull(textOf(title)),
    rawCode: queryParam(url, 'ma_thu_tuc') ?? scriptVariable(document, 'procedure_code'),
    portalId: portalIdOf(document, title),
  };
  const labelled: Record<string, string> = {};

  for (const heading of Array.from(document.querySelectorAll('h2.main-title-sub'))) {
    const label = textOf(heading);
    const nodes = sectionContent(heading);
    const text = valueOrNull(nodes.map((n) => textOf(n)).join(' '), NO_INFORMATION);
    const lines = valueOrNull(nodes.map((n) => multilineTextOf(n)).join('\n'), NO_INFORMATION);
    const tables = tablesIn(nodes);
    labelled[label] = text ?? '';
    switch (matchRecordLabel(label)) {
      case 'steps':
        collected.steps = lines;
        break;
      case 'methods':
        collected.methods = tables[0] ? readMethods(tables[0]) : null;
        break;
      case 'dossier':
        collected.dossier = tables.length > 0 ? nodes.flatMap((n) => readDossier(n)) : null;
        break;
      case 'agency':
        collected.agency = text;
        break;
      case 'requirements':
        collected.requirements = lines;
        break;
      case 'subjects':
        collected.subjects = text;
        break;
      case 'result':
        collected.result = text;
        break;
      case 'legalBasis':
        collected.legalBasis = tables[0] ? readLegalBasis(tables[0]) : null;
        break;
      default:
        break;
    }
  }
  return buildDetailPage(collected, url, 'summary', { ...NO_EXTRAS }, labelled);
}
