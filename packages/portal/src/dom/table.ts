import { textOf } from './text';

/**
 * Reading HTML tables by their headers. Portal tables put labels in `<thead>`, in a first row
 * of `<th>`, or on every cell as `data-title` (responsive tables); the helpers below find the
 * cell of a column by whichever is there, so a reader names columns, never positions.
 */

/** Direct `<td>`/`<th>` children of a row. */
export function cellsOf(row: Element): Element[] {
  // Sibling links rather than `Array.from(row.children)`: this runs for every row of a page,
  // and in a browser each collection access crosses into the DOM's bindings.
  const cells: Element[] = [];
  for (let c = row.firstElementChild; c !== null; c = c.nextElementSibling) {
    if (c.localName === 'td' || c.localName === 'th') cells.push(c);
  }
  return cells;
}

/** The rows of a table itself (not of tables nested in its cells), in document order. */
export function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    if (child.localName === 'tr') rows.push(child);
    else if (child.localName === 'thead' || child.localName === 'tbody' || child.localName === 'tfoot') {
      for (const row of Array.from(child.children)) if (row.localName === 'tr') rows.push(row);
    }
  }
  return rows;
}

function isHeaderRow(row: Element): boolean {
  if (row.parentElement?.localName === 'thead') return true;
  // Most rows start with a data cell: no need to collect them all.
  if (row.firstElementChild?.localName === 'td') return false;
  const cells = cellsOf(row);
  return cells.length > 0 && cells.every((c) => c.localName === 'th');
}

/** The header texts of a table: its `<thead>` row, else a first row made only of `<th>`. */
export function tableHeaders(table: Element): string[] {
  const header = rowsOf(table).find(isHeaderRow);
  return header ? cellsOf(header).map((c) => textOf(c)) : [];
}

/** The data rows of a table: every row that is not a header row. */
export function tableBodyRows(table: Element): Element[] {
  return rowsOf(table).filter((row) => !isHeaderRow(row));
}

/** One data row, its cells keyed by column (`null` keys are columns nobody asked for). */
export interface KeyedRow<K extends string> {
  row: Element;
  /** Index of the row among `tableBodyRows(table)`. */
  index: number;
  cells: Partial<Record<K, Element>>;
  /** One-line text (`textOf`) of the keyed cells, computed once. */
  text: Partial<Record<K, string>>;
  /** Text of every cell in order (audit evidence). */
  texts: string[];
}

/**
 * Reads a table's data rows with their cells keyed by a label matcher: each cell's
 * `data-title` when it has one, else the header of its column. The first cell of a key wins.
 * Rows without any cell (`<tr></tr>` left by a script) are skipped.
 */
export function readKeyedRows<K extends string>(
  table: Element,
  match: (label: string | null | undefined) => K | null,
): KeyedRow<K>[] {
  const headerKeys = tableHeaders(table).map((h) => match(h));
  const result: KeyedRow<K>[] = [];
  tableBodyRows(table).forEach((row, index) => {
    const cells = cellsOf(row);
    if (cells.length === 0) return;
    const keyed: Partial<Record<K, Element>> = {};
    const keyedText: Partial<Record<K, string>> = {};
    const texts = cells.map((c) => textOf(c));
    cells.forEach((cell, i) => {
      const title = cell.getAttribute('data-title');
      const key = (title !== null ? match(title) : null) ?? headerKeys[i] ?? null;
      if (key !== null && keyed[key] === undefined) {
        keyed[key] = cell;
        keyedText[key] = texts[i] ?? '';
      }
    });
    result.push({ row, index, cells: keyed, text: keyedText, texts });
  });
  return result;
}
