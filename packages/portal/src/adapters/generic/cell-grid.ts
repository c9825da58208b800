import { cellsOf } from '../../dom/table';

/**
 * Placing a row's cells on the table's column grid, honouring `colspan` and `rowspan` (a
 * "Lĩnh vực" cell often spans every row of its field; grouped headers span columns). The
 * spans are clamped: a hostile `colspan="100000"` must not make a 50,000-row read quadratic.
 */

/** Listing tables have a dozen columns; wider grids are layout or hostile markup. */
export const MAX_COLUMNS = 64;
const MAX_ROWSPAN = 65_534;

export interface PlacedCell {
  element: Element;
  /** First column the cell covers. */
  column: number;
  /** Number of columns it covers. */
  span: number;
  /** Whether the cell belongs to this row (false: a rowspan from a row above). */
  own: boolean;
}

interface PendingSpan {
  cell: PlacedCell;
  rowsLeft: number;
}

function spanOf(element: Element, attribute: string, max: number): number {
  const value = Number.parseInt(element.getAttribute(attribute) ?? '', 10);
  if (!Number.isFinite(value) || value < 1) return attribute === 'rowspan' && value === 0 ? max : 1;
  return Math.min(value, max);
}

/**
 * Tracks rowspans from row to row. One instance per run of rows (the header block, then the
 * data rows); `place` is called once per row, in order.
 */
export class CellGrid {
  private pending: (PendingSpan | undefined)[] = [];

  /** The row's cells by column, spanned cells repeated in each column they cover. */
  place(row: Element): PlacedCell[] {
    const placed: PlacedCell[] = [];
    const nextPending: (PendingSpan | undefined)[] = [];
    let column = 0;
    // Each column a rowspan covers has its own pending entry, so carrying is column by column.
    const carry = (at: number) => {
      const carried = this.pending[at];
      if (!carried) return false;
      placed[at] = { ...carried.cell, own: false };
      if (carried.rowsLeft > 1) nextPending[at] = { cell: carried.cell, rowsLeft: carried.rowsLeft - 1 };
      return true;
    };
    const takeCarried = () => {
      while (column < MAX_COLUMNS && carry(column)) column++;
    };
    for (const element of cellsOf(row)) {
      takeCarried();
      if (column >= MAX_COLUMNS) break;
      const span = Math.min(spanOf(element, 'colspan', MAX_COLUMNS), MAX_COLUMNS - column);
      const rowspan = spanOf(element, 'rowspan', MAX_ROWSPAN);
      const cell: PlacedCell = { element, column, span, own: true };
      for (let c = 0; c < span; c++) {
        placed[column] = cell;
        if (rowspan > 1) nextPending[column] = { cell, rowsLeft: rowspan - 1 };
        column++;
      }
    }
    for (let at = column; at < this.pending.length; at++) carry(at);
    this.pending = nextPending;
    return placed;
  }
}

/** The distinct cells of a placed row, in column order. */
export function distinctCells(placed: readonly (PlacedCell | undefined)[]): PlacedCell[] {
  const cells: PlacedCell[] = [];
  let last: Element | null = null;
  for (const cell of placed) {
    if (cell && cell.element !== last) {
      cells.push(cell);
      last = cell.element;
    }
  }
  return cells;
}
