import { type OnlineService, searchKey } from '@niemyet/core';

/**
 * Online-service level as portals write it. Since Decree 42/2022 portals say "toàn trình"
 * (full) or "một phần" (partial); older pages still say "Mức độ 4/3/2". Returns null when the
 * text says nothing recognisable (an empty cell is "not shown", not "none").
 */
export function parseOnlineService(text: string): OnlineService | null {
  const key = searchKey(text);
  if (!key) return null;
  if (/\btoan trinh\b/.test(key)) return 'full';
  if (/\bmot phan\b/.test(key)) return 'partial';
  const level = /^(?:muc do|md|dvc muc do|dich vu cong muc do|dvctt muc do)?\s*([1-4])$/.exec(key)?.[1];
  if (level === '4') return 'full';
  if (level === '3') return 'partial';
  if (level === '1' || level === '2') return 'none';
  if (/\bmuc do 4\b/.test(key)) return 'full';
  if (/\bmuc do 3\b/.test(key)) return 'partial';
  if (/\bmuc do [12]\b/.test(key)) return 'none';
  if (/^(?:khong|chua|khong co|khong ho tro|truc tiep)$/.test(key)) return 'none';
  return null;
}

const RANK: Record<OnlineService, number> = { none: 0, partial: 1, full: 2 };

/** The higher of two levels (a row ticked under both "Mức độ 3" and "Mức độ 4" is full). */
export function higherOnlineService(a: OnlineService | null, b: OnlineService | null): OnlineService | null {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[b] > RANK[a] ? b : a;
}
