import { useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';

/**
 * Virtual rows for a table inside a scrolling element: only the rows in view (plus a few
 * either side) are rendered, between two spacer rows that keep the scroll height true. Rows
 * have a fixed height, so the sizes are exact and nothing jumps while scrolling. Below
 * `virtualiseAbove` rows every row renders (the browser's find and tests then see them all).
 */
export interface VirtualRowsOptions<T> {
  rows: readonly T[];
  scrollRef: RefObject<HTMLElement | null>;
  rowHeight: number;
  virtualiseAbove?: number;
  overscan?: number;
  /** The scroll element's size before the first layout (and in DOMs without layout). */
  initialRect?: { width: number; height: number };
}

export interface VirtualRows<T> {
  /** The rows to render now, in order. */
  shown: readonly T[];
  /** Index in `rows` of the first shown row. */
  offset: number;
  /** Heights of the spacers before and after the shown rows (0: no spacer). */
  padTop: number;
  padBottom: number;
  virtual: boolean;
}

export function useVirtualRows<T>(options: VirtualRowsOptions<T>): VirtualRows<T> {
  const { rows, scrollRef, rowHeight, virtualiseAbove = 0, overscan = 10, initialRect } = options;
  const virtual = rows.length > virtualiseAbove;
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    ...(initialRect ? { initialRect } : {}),
  });
  if (!virtual) return { shown: rows, offset: 0, padTop: 0, padBottom: 0, virtual };
  const items = virtualizer.getVirtualItems();
  if (items.length === 0) return { shown: [], offset: 0, padTop: 0, padBottom: 0, virtual };
  const first = items[0]!;
  const last = items[items.length - 1]!;
  return {
    shown: items.map((item) => rows[item.index]!),
    offset: first.index,
    padTop: first.start,
    padBottom: virtualizer.getTotalSize() - last.end,
    virtual,
  };
}
