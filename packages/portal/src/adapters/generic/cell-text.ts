import { linesOf, textOf } from '../../dom/text';

/**
 * Cell texts, each computed once: a cell spanning rows (rowspan) is read for every row it
 * covers, and a cell's text is needed for the header test, the value and the evidence.
 */
export class CellTexts {
  private readonly cache = new Map<Element, string>();

  text(element: Element): string {
    let text = this.cache.get(element);
    if (text === undefined) {
      text = textOf(element);
      this.cache.set(element, text);
    }
    return text;
  }

  lines(element: Element): string[] {
    return linesOf(element);
  }
}
