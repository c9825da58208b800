import type { ActivityEntry } from '@niemyet/core';

/**
 * An entry's target, address and details as one line of plain text ("lan · roles: drafter,
 * reviewer · 127.0.0.1"). Details come from the server as data: they are shown as text, never
 * as markup, and nested values are written as JSON.
 */
export function activityDetails(entry: ActivityEntry): string {
  const parts: string[] = [];
  if (entry.target) parts.push(entry.target);
  for (const [key, value] of Object.entries(entry.details)) {
    if (value === undefined || value === null) continue;
    const shown = Array.isArray(value)
      ? value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
    parts.push(`${key}: ${shown}`);
  }
  if (entry.address) parts.push(entry.address);
  return parts.join(' · ');
}
