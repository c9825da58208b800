import type { AuditStatus } from '@niemyet/core';
import { STATUS_COLOURS } from '../../content/mark-page';
import type { ExtensionMessages } from '../../i18n/messages';

/** An audit status's key in the catalog's `status` section (statuses are kebab-case). */
export const STATUS_KEYS: Record<AuditStatus, keyof ExtensionMessages['status']> = {
  match: 'match',
  changed: 'changed',
  abolished: 'abolished',
  unknown: 'unknown',
  'not-yet-effective': 'notYetEffective',
  missing: 'missing',
};

const MISSING_COLOURS = { fg: '#374151', bg: '#e5e7eb' };

export function statusColours(status: AuditStatus): { fg: string; bg: string } {
  return status === 'missing' ? MISSING_COLOURS : STATUS_COLOURS[status];
}

/** The same colours as the in-page badges, so a row looks the same on the page and here. */
export function StatusBadge({ status, label }: { status: AuditStatus; label: string }) {
  const { fg, bg } = statusColours(status);
  return (
    <span
      data-status={status}
      style={{
        color: fg,
        background: bg,
        border: `1px solid ${fg}`,
        borderRadius: 9,
        padding: '0 6px',
        fontSize: 11,
        fontWeight: 600,
        whiteSpace: 'nowrap',
      }}
    >
      {label}
    </span>
  );
}
