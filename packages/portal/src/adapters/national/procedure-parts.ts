import type { DossierComponent, LegalRef, SubmissionMethod } from '@niemyet/core';
import { documentNumberKey, parseVietnameseDate } from '@niemyet/core';
import { labelKey } from '../../dom/labels';
import { readKeyedRows } from '../../dom/table';
import { attributeOf, linesOf, textOf, valueOrNull } from '../../dom/text';
import { matchDossierColumn, matchLegalColumn, matchMethodColumn, NO_INFORMATION } from './labels';

/**
 * Readers for the tables a national procedure record is made of. The full page's popup, the
 * visible part of the full page and the summary page write the same tables with different
 * markup (header rows or `data-title` cells, one or two quantity columns), so every reader
 * goes by column labels.
 */

/** "Cách thức thực hiện": one method per row. Rows without a channel are skipped. */
export function readMethods(table: Element): SubmissionMethod[] {
  const methods: SubmissionMethod[] = [];
  for (const { cells } of readKeyedRows(table, matchMethodColumn)) {
    const channel = textOf(cells.channel);
    if (channel === '') continue;
    methods.push({
      channel,
      processingTime: valueOrNull(textOf(cells.processingTime), NO_INFORMATION),
      fees: valueOrNull(textOf(cells.fees), NO_INFORMATION),
      description: valueOrNull(textOf(cells.description), NO_INFORMATION),
    });
  }
  return methods;
}

/**
 * The one value all methods share (processing time or fees), so a record can be compared with
 * a listing that shows a single time; null when methods disagree or none gives one.
 */
export function sharedMethodValue(
  methods: SubmissionMethod[],
  key: 'processingTime' | 'fees',
): string | null {
  const values = new Set(methods.map((m) => m[key]));
  if (values.size !== 1) return null;
  return [...values][0] ?? null;
}

/** Reads "Bản chính: 1 - Bản sao: 0" (one cell, any separator) into the two counts. */
export function parseQuantities(text: string): { originals: string | null; copies: string | null } {
  const key = labelKey(text);
  return {
    originals: /\bban chinh (\d+)/.exec(key)?.[1] ?? null,
    copies: /\bban sao (\d+)/.exec(key)?.[1] ?? null,
  };
}

/**
 * The group title of a dossier table: the closest `.key` / `.title` element before it, at its
 * own level or its ancestors' (popup: `div.key` then `table`; summary and visible page:
 * `div.title` then `div.content > table`), searching no further than `container`.
 */
function groupTitleOf(table: Element, container: Element): string | null {
  for (let node: Element | null = table; node !== null && node !== container; node = node.parentElement) {
    for (
      let sibling = node.previousElementSibling;
      sibling !== null;
      sibling = sibling.previousElementSibling
    ) {
      if (sibling.classList.contains('key') || sibling.classList.contains('title')) {
        // The summary page cuts long titles short ("có công suất...") and keeps the whole one
        // in the title attribute.
        return attributeOf(sibling, 'title') ?? valueOrNull(textOf(sibling));
      }
    }
  }
  return null;
}

/** "Thành phần hồ sơ": every table inside `container`, each under its group title. */
export function readDossier(container: Element): DossierComponent[] {
  const dossier: DossierComponent[] = [];
  const tables =
    container.localName === 'table' ? [container] : Array.from(container.querySelectorAll('table'));
  for (const table of tables) {
    const group = groupTitleOf(table, container);
    for (const { cells } of readKeyedRows(table, matchDossierColumn)) {
      const name = textOf(cells.name);
      if (name === '') continue;
      const fromQuantity = parseQuantities(textOf(cells.quantity));
      const templates = linesOf(cells.template);
      dossier.push({
        name,
        originals: cells.originals ? valueOrNull(textOf(cells.originals)) : fromQuantity.originals,
        copies: cells.copies ? valueOrNull(textOf(cells.copies)) : fromQuantity.copies,
        template: templates.length > 0 ? templates.join('; ') : null,
        group,
      });
    }
  }
  return dossier;
}

/**
 * "Căn cứ pháp lý": number (canonical when it parses, `documentNumberKey`), title, issue date
 * (the portal writes dd-mm-yyyy) and issuer. Rows without a number are skipped.
 */
export function readLegalBasis(table: Element): LegalRef[] {
  const refs: LegalRef[] = [];
  for (const { cells } of readKeyedRows(table, matchLegalColumn)) {
    const rawNumber = textOf(cells.number);
    if (rawNumber === '') continue;
    const number = documentNumberKey(rawNumber);
    const issued = textOf(cells.issuedOn);
    refs.push({
      number: number === '' ? rawNumber : number,
      title: valueOrNull(textOf(cells.title)),
      issuedOn: issued === '' ? null : parseVietnameseDate(issued),
      issuer: valueOrNull(textOf(cells.issuer)),
    });
  }
  return refs;
}
