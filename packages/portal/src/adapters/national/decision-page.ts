import type { DecisionAction } from '@niemyet/core';
import { findProcedureCodes, parseDecisionAction, parseVietnameseDate } from '@niemyet/core';
import { cellsOf, readKeyedRows } from '../../dom/table';
import { attributeOf, textOf, valueOrNull } from '../../dom/text';
import type { DecisionPage, DecisionPageItem } from '../../types';
import { matchDecisionInfoLabel, matchDecisionItemColumn, NO_INFORMATION } from './labels';
import { readShownCode } from './shown-code';

/**
 * The publication-decision page (`dvc-tthc-quyet-dinh-cong-bo-chi-tiet.html?ma_quyet_dinh=<id>`,
 * e.g. tests/fixtures/national-portal/decision-115010.html): `h2.main-title` "Số quyết định:
 * …", a `table.table-info-row` of key/value rows, and one tab per action, each with a table of
 * procedures: `#nhomckmoi` (new), `#suadoibosung` (amended), `#baibo` (abolished).
 *
 * The portal fills the procedure tables by script, five rows per page, with names only (no
 * codes): a saved page has empty tables, a live page the first page of each tab. Complete item
 * lists come from the JSON-RPC services (see `jsonrpc/decision-procedures.ts`).
 */

/** Tab panes by the ids the national portal gives them. */
const PANE_ACTIONS: Record<string, DecisionAction> = {
  nhomckmoi: 'new',
  suadoibosung: 'amended',
  baibo: 'abolished',
};

/** The action of a tab pane: by its id, else by the text of the tab link pointing at it. */
function paneAction(document: Document, pane: Element): DecisionAction | null {
  const id = pane.getAttribute('id');
  if (!id) return null;
  const known = PANE_ACTIONS[id];
  if (known) return known;
  for (const link of Array.from(document.querySelectorAll('a[href]'))) {
    if (link.getAttribute('href') === `#${id}`) return parseDecisionAction(textOf(link));
  }
  return null;
}

/** Procedures of one tab's table. Placeholder rows ("Không có thông tin") and empty rows are skipped. */
function readItems(table: Element, action: DecisionAction): DecisionPageItem[] {
  const items: DecisionPageItem[] = [];
  for (const { row, cells, texts } of readKeyedRows(table, matchDecisionItemColumn)) {
    // Codes, when a page shows them: a code column, a data attribute, or a code in the row's
    // text or links (the national portal itself shows none).
    const shownCode =
      attributeOf(row, 'data-ma-thu-tuc') ??
      valueOrNull(textOf(cells.code)) ??
      findProcedureCodes(texts.join(' '))[0]?.raw ??
      null;
    const nameCell = cells.name ?? cellsOf(row).find((c) => c !== cells.code);
    const name = valueOrNull(textOf(nameCell), NO_INFORMATION);
    if (name === null) continue;
    items.push({ action, ...readShownCode(shownCode), name });
  }
  return items;
}

export function readDecisionPage(document: Document): DecisionPage | null {
  const info: Partial<Record<NonNullable<ReturnType<typeof matchDecisionInfoLabel>>, string>> = {};
  const infoTable = document.querySelector('table.table-info-row');
  if (infoTable) {
    for (const row of Array.from(infoTable.querySelectorAll('tr'))) {
      const cells = cellsOf(row);
      const keyCell = cells.find((c) => c.classList.contains('key')) ?? cells[0];
      const valueCell = cells.find((c) => c.classList.contains('value')) ?? cells[1];
      const key = matchDecisionInfoLabel(textOf(keyCell));
      const value = valueOrNull(textOf(valueCell), NO_INFORMATION);
      if (key !== null && value !== null && info[key] === undefined) info[key] = value;
    }
  }
  // The heading repeats the number ("Số quyết định: 2751/QĐ-UBND").
  const heading = textOf(document.querySelector('h2.main-title'));
  const fromHeading = /^s[oố]\s+quy[eế]t\s+đ[iị]nh\s*[:：]\s*(.+)$/iu.exec(heading)?.[1] ?? null;
  // Numbers are typed by hand: "2193/QĐ-UBND." ends with a full stop that is not part of it.
  const number = (info.number ?? fromHeading)?.replace(/[\s.,;:]+$/u, '') || null;
  if (number === null) return null;

  const items: DecisionPageItem[] = [];
  for (const pane of Array.from(document.querySelectorAll('.tab-pane'))) {
    const action = paneAction(document, pane);
    if (action === null) continue;
    for (const table of Array.from(pane.querySelectorAll('table'))) items.push(...readItems(table, action));
  }

  return {
    kind: 'decision',
    decision: {
      number,
      title: info.title ?? '',
      signedOn: info.signedOn ? parseVietnameseDate(info.signedOn) : null,
      effectiveOn: info.effectiveOn ? parseVietnameseDate(info.effectiveOn) : null,
      agency: info.agency ?? null,
      items,
    },
  };
}
