import { SpacerRow, useVirtualRows } from '@niemyet/ui';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { afterNextPaint } from '../shell/first-content';

/**
 * A long list as a table with virtual rows (`useVirtualRows`): only the rows in view are in the
 * DOM, so fifty thousand rows scroll as smoothly as fifty. Rows have a fixed height (long texts
 * clipped by the caller, their full text in a tooltip). The change log and the portals inbox
 * are such tables; each says only its columns and cells.
 */

const ROW_HEIGHT = 36;
const OVERSCAN = 12;
/**
 * Rows beyond the view in the table's first render: the rows in view are what is painted
 * first (the inbox's budget), the others come in the frame after, before anyone scrolls.
 */
const FIRST_OVERSCAN = 2;

/**
 * The scrolling element's size before it is laid out, as styles.css makes it
 * (`.table-scroll { height: min(62vh, 720px) }`): the first render then shows the rows the
 * virtualizer keeps once it has measured, instead of rendering again (and laying the page out
 * again) with fewer. A wrong guess costs only that second render.
 */
function initialScrollRect(): { width: number; height: number } {
  if (typeof window === 'undefined' || !window.innerHeight) return { width: 1200, height: 720 };
  return { width: window.innerWidth, height: Math.min(window.innerHeight * 0.62, 720) };
}

export interface VirtualTableProps<Row> {
  rows: readonly Row[];
  rowKey(row: Row): string | number;
  /** The header cells' content, in column order. */
  columns: readonly ReactNode[];
  /** Said to assistive technology only. */
  caption: string;
  className: string;
  testIds: { scroll: string; table: string; row: string };
  /** `data-*` attributes of a row (tests and styles find rows by them). */
  rowData?(row: Row): Record<`data-${string}`, string | number>;
  /** The row's `<td>` cells. */
  cells(row: Row): ReactNode;
}

export function VirtualTable<Row>(props: VirtualTableProps<Row>) {
  const { rows, columns } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [overscan, setOverscan] = useState(FIRST_OVERSCAN);
  useEffect(() => afterNextPaint(() => setOverscan(OVERSCAN)), []);
  const { shown, offset, padTop, padBottom } = useVirtualRows({
    rows,
    scrollRef,
    rowHeight: ROW_HEIGHT,
    overscan,
    // Before the first layout (and in DOMs without layout) render one screenful, not nothing.
    initialRect: initialScrollRect(),
  });
  return (
    <div ref={scrollRef} className="table-scroll" data-testid={props.testIds.scroll}>
      {/* Only some rows are in the page: the row count and indices tell assistive technology where they are. */}
      <table className={props.className} data-testid={props.testIds.table} aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed, their order is their identity.
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={padTop} columns={columns.length} />
          {shown.map((row, index) => (
            <tr
              key={props.rowKey(row)}
              data-testid={props.testIds.row}
              {...props.rowData?.(row)}
              aria-rowindex={offset + index + 2}
              style={{ height: ROW_HEIGHT }}
            >
              {props.cells(row)}
            </tr>
          ))}
          <SpacerRow height={padBottom} columns={columns.length} />
        </tbody>
      </table>
    </div>
  );
}
