import { cleanText } from '@niemyet/core';
import { multilineTextOf, textOf, valueOrNull } from '../../dom/text';
import { queryParam } from '../../dom/url';
import {
  buildDetailPage,
  type CollectedRecord,
  EMPTY_RECORD,
  type NationalDetailPage,
  type NationalRecordExtras,
  NO_EXTRAS,
} from './detail-record';
import { matchRecordLabel, NO_INFORMATION } from './labels';
import { readDossier, readLegalBasis, readMethods } from './procedure-parts';

/**
 * The full procedure page (`dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=<numeric id>`,
 * e.g. tests/fixtures/national-portal/procedure-detail-full-3.000001.html). The whole national
 * record is in the popup `#popupChitietTTHC`: one `div.row.info-row` per field, a `div.key`
 * label and a value (text, or a table for methods, dossier and legal basis).
 */

/** The popup's rows: each row's label element and value element. */
function recordRows(popup: Element): { label: string; value: Element }[] {
  const rows: { label: string; value: Element }[] = [];
  for (const row of Array.from(popup.querySelectorAll('div.row.info-row'))) {
    const children = Array.from(row.children);
    const key = children.find((c) => c.classList.contains('key'));
    const value = children.find((c) => c !== key);
    if (!key || !value) continue;
    rows.push({ label: cleanText(textOf(key).replace(/[:：]\s*$/u, '')), value });
  }
  return rows;
}

/** The numeric record id: the page URL's `ma_thu_tuc`, else the Word-export link's `idTTHC`. */
function portalIdOf(document: Document, url: URL): string | null {
  const fromUrl = queryParam(url, 'ma_thu_tuc');
  if (fromUrl && /^\d+$/.test(fromUrl)) return fromUrl;
  const exportLink = document.querySelector('a[href*="idTTHC="]');
  return queryParam(exportLink?.getAttribute('href'), 'idTTHC');
}

export function readFullDetailPage(document: Document, url: URL): NationalDetailPage | null {
  const popup = document.querySelector('#popupChitietTTHC');
  if (!popup) return null;
  const collected: CollectedRecord = { ...EMPTY_RECORD, portalId: portalIdOf(document, url) };
  const extras: NationalRecordExtras = { ...NO_EXTRAS };
  const labelled: Record<string, string> = {};

  for (const { label, value } of recordRows(popup)) {
    labelled[label] = textOf(value);
    const text = valueOrNull(textOf(value), NO_INFORMATION);
    const lines = valueOrNull(multilineTextOf(value), NO_INFORMATION);
    const table = value.querySelector('table');
    switch (matchRecordLabel(label)) {
      case 'code':
        collected.rawCode = text;
        break;
      case 'name':
        collected.name = text;
        break;
      case 'levels':
        collected.levels = text;
        break;
      case 'procedureType':
        collected.procedureType = text;
        break;
      case 'field':
        collected.field = text;
        break;
      case 'steps':
        collected.steps = lines;
        break;
      case 'methods':
        collected.methods = table ? readMethods(table) : null;
        break;
      case 'dossier':
        collected.dossier = table ? readDossier(value) : null;
        break;
      case 'subjects':
        collected.subjects = text;
        break;
      case 'agency':
        collected.agency = text;
        break;
      case 'result':
        collected.result = text;
        break;
      case 'legalBasis':
        collected.legalBasis = table ? readLegalBasis(table) : null;
        break;
      case 'requirements':
        collected.requirements = lines;
        break;
      case 'processingTime':
        collected.processingTime = text;
        break;
      case 'fees':
        collected.fees = text;
        break;
      case 'decisionNumber':
        extras.decisionNumber = text;
        break;
      case 'authority':
        extras.authority = text;
        break;
      case 'receptionAddress':
        extras.receptionAddress = text;
        break;
      case 'authorisedAgency':
        extras.authorisedAgency = text;
        break;
      case 'coordinatingAgency':
        extras.coordinatingAgency = text;
        break;
      case 'keywords':
        extras.keywords = text;
        break;
      case 'description':
        extras.description = text;
        break;
      case null:
        break;
    }
  }
  // The page title repeats the name; it is the fallback when the popup's row is missing.
  collected.name ??= valueOrNull(
    textOf(document.querySelector('h1.main-title') ?? document.querySelector('h1')),
  );
  return buildDetailPage(collected, url, 'full', extras, labelled);
}
