import type { OnlineService } from '@niemyet/core';
import { rowsOf } from '../../dom/table';
import { CellGrid, distinctCells, type PlacedCell } from './cell-grid';
import type { CellTexts } from './cell-text';
import { type ColumnRole, onlineServiceOfHeader, roleOfHeader } from './column-roles';

/**
 * Finding a listing table's header and what each column holds. The header is the `<thead>`,
 * or a first row of `<th>`/`<td>` (after title rows), possibly two or three rows deep when
 * cells span columns ("Dịch vụ công trực tuyến" over "Mức độ 3" | "Mức độ 4"). Responsive
 * tables without a header row label every cell with `data-title` instead.
 */

export interface ColumnMap {
  /** Columns of each recognised role, in column order. */
  roles: Map<ColumnRole, number[]>;
  /** The header labels of each role as the page writes them (to spot headers repeated in the body). */
  labels: Map<ColumnRole, string[]>;
  /** Columns whose header names an online-service value: a mark in the cell means that value. */
  onlineFlags: Map<number, OnlineService>;
  /** Number of grid columns the header covers. */
  width: number;
  /** Index (among the table's own rows) of the first row after the header. */
  firstDataRow: number;
  /** Distinct recognised roles: how sure we are this is a procedure listing. */
  score: number;
}

export interface TableCandidate {
  table: Element;
  /** The table's own rows (not nested tables'), in document order. */
  rows: Element[];
  columns: ColumnMap;
}

/** Header rows sit near the top: title rows and a top pager may come first. */
const HEADER_SCAN_ROWS = 8;
const MAX_HEADER_DEPTH = 3;

function section(row: Element): string {
  return row.parentElement?.localName ?? 'table';
}

function rolesOfCells(cells: PlacedCell[], texts: CellTexts): Set<ColumnRole> {
  const roles = new Set<ColumnRole>();
  for (const cell of cells) {
    const label = texts.text(cell.element);
    if (label.length > 60) continue; // a header label is short; a data cell quoting one is not
    const role = roleOfHeader(label) ?? (onlineServiceOfHeader(label) ? 'onlineService' : null);
    if (role) roles.add(role);
  }
  return roles;
}

/** A listing header names the procedure and at least one other column (STT, Mã, Lĩnh vực…). */
function isListingHeader(roles: Set<ColumnRole>): boolean {
  return roles.has('name') && roles.size >= 2;
}

function looksLikeSubHeader(row: Element, cells: PlacedCell[], texts: CellTexts): boolean {
  const own = cells.filter((c) => c.own);
  if (own.length === 0) return false;
  if (own.every((c) => c.element.localName === 'th')) return true;
  return (
    own.every((c) => {
      const label = texts.text(c.element);
      return label === '' || roleOfHeader(label) !== null || onlineServiceOfHeader(label) !== null;
    }) && row.parentElement?.localName !== 'tfoot'
  );
}

function buildColumnMap(headerRows: PlacedCell[][], firstDataRow: number, texts: CellTexts): ColumnMap {
  const width = Math.max(0, ...headerRows.map((r) => r.length));
  const roles = new Map<ColumnRole, number[]>();
  const labels = new Map<ColumnRole, string[]>();
  const onlineFlags = new Map<number, OnlineService>();
  for (let column = 0; column < width; column++) {
    // The labels over this column, most specific (lowest) first.
    const chain: string[] = [];
    let last: Element | null = null;
    for (let r = headerRows.length - 1; r >= 0; r--) {
      const cell = headerRows[r]![column];
      if (!cell || cell.element === last) continue;
      last = cell.element;
      chain.push(texts.text(cell.element));
    }
    const flag = chain[0] !== undefined ? onlineServiceOfHeader(chain[0]) : null;
    if (flag) {
      onlineFlags.set(column, flag);
      continue;
    }
    for (const label of chain) {
      const role = roleOfHeader(label);
      if (!role) continue;
      const columns = roles.get(role) ?? [];
      columns.push(column);
      roles.set(role, columns);
      labels.set(role, [...(labels.get(role) ?? []), label]);
      break;
    }
  }
  const score = roles.size + (onlineFlags.size > 0 && !roles.has('onlineService') ? 1 : 0);
  return { roles, labels, onlineFlags, width, firstDataRow, score };
}

function headerFromRows(rows: Element[], texts: CellTexts): ColumnMap | null {
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = rows[i]!;
    if (section(row) === 'tfoot') continue;
    const grid = new CellGrid();
    const first = grid.place(row);
    if (!isListingHeader(rolesOfCells(distinctCells(first), texts))) continue;
    const headerRows = [first];
    let next = i + 1;
    // Deeper header rows only when the first one spans (otherwise it is the first data row).
    const spans = distinctCells(first).some(
      (c) => c.span > 1 || Number.parseInt(c.element.getAttribute('rowspan') ?? '1', 10) > 1,
    );
    while (spans && next < rows.length && headerRows.length < MAX_HEADER_DEPTH) {
      const candidate = rows[next]!;
      if (section(candidate) === 'tfoot') break;
      // The header grid is separate from the data rows' grid, so a rejected row costs nothing.
      const placed = grid.place(candidate);
      if (!looksLikeSubHeader(candidate, placed, texts)) break;
      headerRows.push(placed);
      next++;
    }
    return buildColumnMap(headerRows, next, texts);
  }
  return null;
}

/** Responsive tables: no header row, but `<td data-title="Tên thủ tục">` on every cell. */
function headerFromDataTitles(rows: Element[]): ColumnMap | null {
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = rows[i]!;
    const placed = new CellGrid().place(row);
    const roles = new Map<ColumnRole, number[]>();
    const labels = new Map<ColumnRole, string[]>();
    for (const cell of distinctCells(placed)) {
      const title = cell.element.getAttribute('data-title') ?? cell.element.getAttribute('data-label');
      const role = title ? roleOfHeader(title) : null;
      if (!role || !title) continue;
      roles.set(role, [...(roles.get(role) ?? []), cell.column]);
      labels.set(role, [...(labels.get(role) ?? []), title]);
    }
    if (!isListingHeader(new Set(roles.keys()))) continue;
    return {
      roles,
      labels,
      onlineFlags: new Map(),
      width: placed.length,
      firstDataRow: i,
      score: roles.size,
    };
  }
  return null;
}

/** The table's header as a column map, null when it is not a procedure listing. */
export function detectColumns(table: Element, texts: CellTexts): TableCandidate | null {
  const rows = rowsOf(table);
  if (rows.length === 0) return null;
  const columns = headerFromRows(rows, texts) ?? headerFromDataTitles(rows);
  return columns ? { table, rows, columns } : null;
}
