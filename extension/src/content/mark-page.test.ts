// @vitest-environment happy-dom

import { afterEach, describe, expect, it } from 'vitest';
import { contentLabels } from './labels';
import { applyMarks, badgeContent, badgeOf, markRows, prepareMarks, STATUS_ATTRIBUTE } from './mark-page';
import type { RowMark } from './row-marks';

/**
 * Marking in happy-dom, with a layout given to the rows by hand (happy-dom lays nothing out):
 * 2,000 rows of 30 px, scrolled so that rows 1,000 to 1,019 fill a 600 px window.
 */

const ROWS = 2_000;
const ROW_HEIGHT = 30;
const labels = contentLabels('vi');

function listing(rows = ROWS): Element[] {
  const body = document.createElement('tbody');
  for (let i = 0; i < rows; i++) {
    const tr = document.createElement('tr');
    for (const text of [String(i + 1), `1.${String(i).padStart(6, '0')}`, `Thủ tục ${i + 1}`]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    body.append(tr);
  }
  const table = document.createElement('table');
  table.append(body);
  document.body.replaceChildren(table);
  return Array.from(body.children);
}

function scrolledTo(elements: Element[], firstInView: number): void {
  elements.forEach((element, i) => {
    const top = (i - firstInView) * ROW_HEIGHT;
    element.getBoundingClientRect = () =>
      ({ top, bottom: top + ROW_HEIGHT, height: ROW_HEIGHT, left: 0, right: 800, width: 800 }) as DOMRect;
  });
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: 600 });
}

const namesOf = (elements: Element[]) => new Map(elements.map((_, i) => [i, `Thủ tục ${i + 1}`]));
const marksOf = (elements: Element[]): RowMark[] =>
  elements.map((_, elementIndex) => ({
    elementIndex,
    status: elementIndex % 100 === 7 ? 'changed' : 'match',
    fields: elementIndex % 100 === 7 ? ['processingTime'] : [],
    since: null,
    candidates: [],
  }));

describe('marking a long listing', () => {
  afterEach(() => {
    document.body.replaceChildren();
    Reflect.deleteProperty(window, 'innerHeight');
  });

  it('marks every row at once, badges the rows in view at once and the rest in tasks', async () => {
    const elements = listing();
    scrolledTo(elements, 1_000);
    const plan = prepareMarks(document, elements, namesOf(elements));
    // From a screen above the view (row 979 ends exactly there) to a screen below: rows 979 to 1,039.
    expect(plan.order[0]).toBe(979);
    expect(plan.firstCount).toBe(61);

    // Made while the background audits, put in the page with the answer.
    expect(plan.made.size).toBe(61);
    expect(elements.some((e) => badgeOf(e) !== null)).toBe(false);

    const { marked, rest } = applyMarks(plan, marksOf(elements), labels);
    expect(marked).toBe(ROWS);
    expect(badgeContent(elements[1_000]!)).toMatchObject({ status: 'match' });
    rest.start();
    expect(elements.every((e) => e.hasAttribute(STATUS_ATTRIBUTE))).toBe(true);
    const badged = () => elements.filter((e) => badgeOf(e) !== null).length;
    expect(badged()).toBe(61);
    expect(badgeOf(elements[1_007]!)).not.toBeNull();
    expect(badgeOf(elements[0]!)).toBeNull();

    await rest.done;
    expect(badged()).toBe(ROWS);
    expect(badgeContent(elements[7]!)).toMatchObject({ status: 'changed' });
    // The badge sits in the name cell.
    expect(badgeOf(elements[7]!)!.parentElement).toBe(elements[7]!.children[2]);
  });

  it('stops writing badges when a newer read takes over', async () => {
    const elements = listing();
    scrolledTo(elements, 0);
    const { rest } = applyMarks(
      prepareMarks(document, elements, namesOf(elements)),
      marksOf(elements),
      labels,
    );
    rest.cancel();
    await rest.done;
    expect(elements.filter((e) => badgeOf(e) !== null).length).toBe(40);
  });

  it('badges everything at once where the page has no layout to go by', () => {
    const elements = listing(300);
    expect(markRows(document, elements, marksOf(elements), namesOf(elements), labels)).toBe(300);
    expect(elements.every((e) => badgeOf(e) !== null)).toBe(true);
  });

  it('keeps the badges of rows marked before and rewrites their status', async () => {
    const elements = listing(50);
    markRows(document, elements, marksOf(elements), namesOf(elements), labels);
    const before = badgeOf(elements[3]!);
    const again = marksOf(elements).map((m) => ({ ...m, status: 'abolished' as const }));
    const { rest } = applyMarks(prepareMarks(document, elements, namesOf(elements)), again, labels);
    rest.start();
    await rest.done;
    expect(badgeOf(elements[3]!)).toBe(before);
    expect(elements[3]!.getAttribute(STATUS_ATTRIBUTE)).toBe('abolished');
    expect(elements[3]!.querySelectorAll('[data-niemyet-ui="badge"]')).toHaveLength(1);
  });

  it('gives each badge the language of its label', () => {
    const elements = listing(10);
    markRows(document, elements, marksOf(elements), namesOf(elements), contentLabels('en'));
    expect(badgeOf(elements[0]!)!.getAttribute('lang')).toBe('en');
    markRows(document, elements, marksOf(elements), namesOf(elements), labels);
    expect(badgeOf(elements[0]!)!.getAttribute('lang')).toBe('vi');
  });
});
