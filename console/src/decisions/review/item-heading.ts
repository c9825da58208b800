import type { DecisionItem } from '@niemyet/core';
import type { Messages } from '../../i18n/messages';

/** "Mục 2: 1.004227 — Cấp giấy phép…": how every review screen names an item (index from 0). */
export function itemHeading(t: Messages, index: number, item: Pick<DecisionItem, 'code' | 'name'>): string {
  return t.review.review.itemTitle(index + 1, item.code, item.name);
}

/** "Mục 2": the short name of an item in comments and the timeline. */
export function itemNumber(items: readonly Pick<DecisionItem, 'id'>[], itemId: string): string {
  const index = items.findIndex((item) => item.id === itemId);
  return index < 0 ? itemId : String(index + 1);
}
