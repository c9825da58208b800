import type { DecisionItem } from '@niemyet/core';
import { type DraftContent, HEADER_KEYS, type HeaderKey, sameValue } from './draft-content';

/**
 * What differs between two contents of one decision, for the conflict screen (the server's
 * content against the one the user edited) and the revisions panel (one revision against
 * another): header fields, and items matched by id — added, removed, changed.
 */
export interface ContentDiff {
  header: HeaderKey[];
  added: DecisionItem[];
  removed: DecisionItem[];
  changed: { before: DecisionItem; after: DecisionItem }[];
}

export function diffContents(before: DraftContent, after: DraftContent): ContentDiff {
  const header = HEADER_KEYS.filter((key) => !sameValue(before[key], after[key]));
  const beforeById = new Map(before.items.map((item) => [item.id, item]));
  const afterIds = new Set(after.items.map((item) => item.id));
  const added: DecisionItem[] = [];
  const changed: ContentDiff['changed'] = [];
  for (const item of after.items) {
    const old = beforeById.get(item.id);
    if (!old) added.push(item);
    else if (!sameValue(old, item)) changed.push({ before: old, after: item });
  }
  const removed = before.items.filter((item) => !afterIds.has(item.id));
  return { header, added, removed, changed };
}

export function isEmptyDiff(diff: ContentDiff): boolean {
  return diff.header.length + diff.added.length + diff.removed.length + diff.changed.length === 0;
}
