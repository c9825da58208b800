import type { DecisionItem } from '../model/decision';

/** How messages name an item: its code (or "chưa có mã số") and its name, as written. */
export function itemLabel(item: Pick<DecisionItem, 'code' | 'rawCode' | 'name'>): string {
  const code = item.code ?? item.rawCode;
  return `${code ? `mã ${code}` : 'chưa có mã số'} "${item.name}"`;
}
