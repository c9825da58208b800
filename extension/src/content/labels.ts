import {
  formatNumber,
  formatVietnameseDate,
  PROCEDURE_FIELD_LABELS,
  type ProcedureFieldName,
  pick,
} from '@niemyet/core';
import { EXTENSION_MESSAGES, type ExtensionMessages } from '../i18n/messages';
import type { Locale } from '../settings/settings';
import type { RowMark, RowStatus } from './row-marks';

/** The words the in-page UI shows, in the user's language (built once per read). */
export interface ContentLabels {
  locale: Locale;
  badge(status: RowStatus): string;
  tooltip(mark: RowMark): string;
  t: ExtensionMessages;
  n(value: number): string;
}

/** A row status's key in the catalog's `badge` and `status` sections (statuses are kebab-case). */
const STATUS_KEYS = {
  match: 'match',
  changed: 'changed',
  abolished: 'abolished',
  unknown: 'unknown',
  'not-yet-effective': 'notYetEffective',
} as const satisfies Record<RowStatus, keyof ExtensionMessages['badge'] & keyof ExtensionMessages['status']>;

export function statusLabelKey(status: RowStatus): keyof ExtensionMessages['status'] {
  return STATUS_KEYS[status];
}

/**
 * `processingTime` → "Thời hạn giải quyết", from core's one table of field labels (shared with
 * the console); a field without a label shows its key.
 */
export function fieldLabel(locale: Locale, field: string): string {
  const labels = PROCEDURE_FIELD_LABELS[locale];
  return Object.hasOwn(labels, field) ? labels[field as ProcedureFieldName] : field;
}

export function contentLabels(locale: Locale): ContentLabels {
  const t = pick(EXTENSION_MESSAGES, locale);
  return {
    locale,
    t,
    n: (value) => formatNumber(value, locale),
    badge: (status) => t.badge[STATUS_KEYS[status]],
    tooltip(mark) {
      const since = mark.since ? formatVietnameseDate(mark.since) : '?';
      switch (mark.status) {
        case 'match':
          return t.badge.tip.match;
        case 'changed':
          return t.badge.tip.changed({ fields: mark.fields.map((f) => fieldLabel(locale, f)).join(', ') });
        case 'abolished':
          return t.badge.tip.abolished({ since });
        case 'not-yet-effective':
          return t.badge.tip.notYetEffective({ since });
        case 'unknown':
          return mark.candidates.length
            ? `${t.badge.tip.unknown}. ${t.badge.tip.similar({ candidates: mark.candidates.join('; ') })}`
            : t.badge.tip.unknown;
      }
    },
  };
}
