import { searchKey } from '@niemyet/core';

/**
 * Matching the labels pages print ("Mã thủ tục:", "Thời hạn giải quyết", "Ph&iacute;, lệ
 * ph&iacute;") against the labels an adapter knows. Labels are compared on `searchKey`:
 * diacritic-insensitive, case-insensitive, punctuation-insensitive, so "Mã thủ tục:",
 * "MÃ THỦ TỤC" and "Ma thu tuc" are the same label, and NFD text or entities make no
 * difference.
 */

/**
 * - `exact`: the whole label, punctuation aside ("Cơ quan thực hiện" ≠ "Cơ quan có thẩm quyền").
 * - `prefix`: the label starts with a known one, at a word boundary ("Phí, lệ phí (nếu có)").
 * - `contains`: a known label appears as whole words anywhere ("Tên thủ tục hành chính").
 */
export type LabelMatchMode = 'exact' | 'prefix' | 'contains';

/** Known labels: for each key, the ways pages write it. */
export type LabelDictionary<K extends string> = Readonly<Record<K, readonly string[]>>;

/** The comparison key of a label ("Mã thủ tục:" → "ma thu tuc"). */
export function labelKey(text: string): string {
  return searchKey(text);
}

/**
 * Builds a matcher from a dictionary, computing the dictionary's keys once (a listing of
 * 2,000 rows matches every cell's `data-title`). The matcher returns the key whose label
 * matches; when several match (prefix/contains), the longest label wins, then the first key.
 */
export function createLabelMatcher<K extends string>(
  labels: LabelDictionary<K>,
  mode: LabelMatchMode = 'exact',
): (text: string | null | undefined) => K | null {
  const known: { key: K; label: string }[] = [];
  for (const key of Object.keys(labels) as K[]) {
    for (const label of labels[key]) {
      const k = labelKey(label);
      if (k !== '') known.push({ key, label: k });
    }
  }
  const cache = new Map<string, K | null>();
  return (text) => {
    if (text === null || text === undefined) return null;
    // Cached by the text as written: pages repeat the same few labels on every row.
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const k = labelKey(text);
    let best: { key: K; label: string } | null = null;
    for (const candidate of known) {
      if (k === '' || !labelMatches(k, candidate.label, mode)) continue;
      if (best === null || candidate.label.length > best.label.length) best = candidate;
    }
    const result = best?.key ?? null;
    if (cache.size < 1000) cache.set(text, result);
    return result;
  };
}

function labelMatches(textKey: string, labelKeyValue: string, mode: LabelMatchMode): boolean {
  switch (mode) {
    case 'exact':
      return textKey === labelKeyValue;
    case 'prefix':
      return textKey === labelKeyValue || textKey.startsWith(`${labelKeyValue} `);
    case 'contains':
      return ` ${textKey} `.includes(` ${labelKeyValue} `);
  }
}

/** One-off form of `createLabelMatcher` for a single label text. */
export function matchLabel<K extends string>(
  text: string | null | undefined,
  labels: LabelDictionary<K>,
  mode: LabelMatchMode = 'exact',
): K | null {
  return createLabelMatcher(labels, mode)(text);
}
