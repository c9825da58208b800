import type { IsoDate } from '../dates/iso-date';
import { cleanText, searchKey } from '../text/normalize';

/**
 * Implementation levels ("cấp thực hiện"). Portals write them as "Cấp Tỉnh", "cấp tỉnh",
 * "Tỉnh", "Cấp Bộ", English labels, or several at once ("Cấp Tỉnh, Cấp Huyện"). The four
 * known levels get stable keys; anything else ("Cơ quan khác") is kept as cleaned text,
 * because levels are data: the district level was abolished from 01/7/2025 yet stays in
 * every older record, and a reform may add a level tomorrow.
 */

/** Known level keys, in display order: from the centre outwards. */
export const LEVEL_KEYS = ['central', 'province', 'district', 'commune'] as const;
export type KnownLevel = (typeof LEVEL_KEYS)[number];

/** Levels that no longer exist, with the first day they were gone. Older records keep them. */
export const LEVEL_ABOLISHED_ON: Partial<Record<KnownLevel, IsoDate>> = { district: '2025-07-01' };

// Search keys (diacritics dropped, lower case) after any leading "cap" ("cấp").
const ALIASES = new Map<string, KnownLevel>(
  Object.entries({
    'trung uong': 'central',
    'co quan trung uong': 'central',
    bo: 'central',
    'bo nganh': 'central',
    central: 'central',
    'central government': 'central',
    ministry: 'central',
    ministerial: 'central',
    tinh: 'province',
    province: 'province',
    provincial: 'province',
    huyen: 'district',
    district: 'district',
    xa: 'commune',
    commune: 'commune',
  }) as [string, KnownLevel][],
);

const LABELS: Record<KnownLevel, { vi: string; en: string }> = {
  central: { vi: 'Cấp Trung ương', en: 'Central' },
  province: { vi: 'Cấp Tỉnh', en: 'Province' },
  district: { vi: 'Cấp Huyện', en: 'District' },
  commune: { vi: 'Cấp Xã', en: 'Commune' },
};

function knownLevel(raw: string): KnownLevel | null {
  const key = searchKey(raw)
    .replace(/^(?:cap|level)\s+/, '')
    .replace(/\s+level$/, '');
  return ALIASES.get(key) ?? null;
}

/** One level: a known key ('province'…) or, for a level it does not know, the cleaned text. */
export function parseLevel(raw: string): string {
  return knownLevel(raw) ?? cleanText(raw);
}

/**
 * A list of levels as a portal writes it ("Cấp Tỉnh, Cấp Huyện", "Cấp Tỉnh; Cấp Xã",
 * "Cấp tỉnh và cấp xã"), each once, in display order (known levels first, then others as
 * written). "và"/"and" only splits when every part is a known level, so an unknown level
 * such as "Sở Văn hóa và Thể thao" stays whole.
 */
export function parseLevels(raw: string): string[] {
  const levels = new Set<string>();
  // Split before cleaning: cleaning turns the line breaks that separate levels into spaces.
  for (const written of raw.split(/[,;|/\n\r\u2028\u2029]/)) {
    const part = cleanText(written);
    if (part === '') continue;
    const pieces = part.split(/\s+(?:và|va|and|&)\s+/iu);
    const known = pieces.map(knownLevel);
    if (pieces.length > 1 && known.every((k) => k !== null)) for (const k of known) levels.add(k!);
    else levels.add(parseLevel(part));
  }
  return [...levels].sort(compareLevels);
}

/** Display order: central, province, district, commune, then unknown levels (stable). */
export function compareLevels(a: string, b: string): number {
  const rank = (level: string) => {
    const i = (LEVEL_KEYS as readonly string[]).indexOf(level);
    return i === -1 ? LEVEL_KEYS.length : i;
  };
  return rank(a) - rank(b);
}

/** The label to show for a level key; an unknown level shows as written. */
export function levelLabel(key: string, lang: 'vi' | 'en'): string {
  return Object.hasOwn(LABELS, key) ? LABELS[key as KnownLevel][lang] : key;
}
