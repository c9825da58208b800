import {
  formatNumber,
  formatVietnameseDate,
  PROCEDURE_FIELD_LABELS,
  type ProcedureFieldName,
} from '@niemyet/core';
import { type MessageKey, translate } from '../i18n/translate';
import type { Locale } from '../settings/settings';
import type { RowMark, RowStatus } from './row-marks';

/** The words the in-page UI shows, in the user's language (built once per read). */
export interface ContentLabels {
  locale: Locale;
  badge(status: RowStatus): string;
  tooltip(mark: RowMark): string;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  n(value: number): string;
}

const BADGE_KEYS: Record<RowStatus, MessageKey> = {
  match: 'badge.match',
  changed: 'badge.changed',
  abolished: 'badge.abolished',
  unknown: 'badge.unknown',
  'not-yet-effective': 'badge.notYetEffective',
};

const STATUS_KEYS: Record<RowStatus, MessageKey> = {
  match: 'status.match',
  changed: 'status.changed',
  abolished: 'status.abolished',
  unknown: 'status.unknown',
  'not-yet-effective': 'status.notYetEffective',
};

export function statusLabelKey(status: RowStatus): MessageKey {
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
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  return {
    locale,
    t,
    n: (value) => formatNumber(value, locale),
    badge: (status) => t(BADGE_KEYS[status]),
    tooltip(mark) {
      const since = mark.since ? formatVietnameseDate(mark.since) : '?';
      switch (mark.status) {
        case 'match':
          return t('badge.tip.match');
        case 'changed':
          return t('badge.tip.changed', { fields: mark.fields.map((f) => fieldLabel(locale, f)).join(', ') });
        case 'abolished':
          return t('badge.tip.abolished', { since });
        case 'not-yet-effective':
          return t('badge.tip.notYetEffective', { since });
        case 'unknown':
          return mark.candidates.length
            ? `${t('badge.tip.unknown')}. ${t('badge.tip.similar', { candidates: mark.candidates.join('; ') })}`
            : t('badge.tip.unknown');
      }
    },
  };
}
