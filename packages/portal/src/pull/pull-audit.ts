import { type AuditInput, type AuditScope, parseLevel } from '@niemyet/core';
import { listingComplete, type PullState } from './pull-state';

/**
 * Turning a pull's saved rows into audit input. The scheduler stores listing rows and detail
 * records already as audit inputs (plus the row's detail link); they come back from storage as
 * plain records, so each is checked for the two things an audit cannot do without (a name, a
 * code or null). A listing row whose detail page was read is audited with the detail's fields
 * (the whole record), keeping the row's text as evidence. A procedure listed twice (portals
 * reorder while being paged) counts once.
 */

type StoredRow = Record<string, unknown>;

function asInput(row: StoredRow): AuditInput | null {
  if (typeof row.name !== 'string' || row.name === '') return null;
  if (row.code !== null && row.code !== undefined && typeof row.code !== 'string') return null;
  const { detailUrl: _detailUrl, ...rest } = row;
  return {
    ...(rest as Partial<AuditInput>),
    code: (row.code as string | null) ?? null,
    rawCode: stringOrNull(row.rawCode),
    name: row.name,
  };
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function pullAuditInputs(state: PullState): AuditInput[] {
  const details = new Map<string, AuditInput>();
  for (const task of state.details) {
    const record = task.rows[0] ? asInput(task.rows[0]) : null;
    if (task.status === 'done' && record) details.set(task.url, record);
  }
  const inputs: AuditInput[] = [];
  const seen = new Set<string>();
  for (const page of state.pages) {
    for (const raw of page.rows) {
      const row = asInput(raw);
      if (!row) continue;
      const detailUrl = stringOrNull(raw.detailUrl);
      const key = row.code ?? detailUrl ?? `${row.name}\u0000${row.text ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const url = row.url ?? page.url;
      const detail = detailUrl ? details.get(detailUrl) : undefined;
      inputs.push(
        detail
          ? {
              ...detail,
              code: row.code ?? detail.code,
              rawCode: row.rawCode ?? detail.rawCode,
              text: row.text ?? detail.text,
            }
          : { ...row, url },
      );
    }
  }
  return inputs;
}

/**
 * The catalogue scope a complete listing covers, for "missing from portal" findings. Null when
 * the listing was not read completely, is filtered in a way the audit cannot express (by
 * agency), or is a provincial portal's whose scope nobody declared (it lists only its own
 * procedures): claiming procedures are missing from a listing that never meant to show them
 * would be a false finding. The national listing's scope is its own filters (none = all).
 */
export function pullCompleteScope(state: PullState, declared: AuditScope = {}): AuditScope | null {
  if (!listingComplete(state)) return null;
  const levels = [...(declared.levels ?? [])].map((l) => parseLevel(l));
  const fields = [...(declared.fields ?? [])];
  if (state.adapterId !== 'national' && levels.length === 0 && fields.length === 0) return null;
  for (const [key, value] of Object.entries(state.scope)) {
    if (key === 'level') levels.push(parseLevel(value));
    else if (key === 'field') fields.push(value);
    else if (key === 'agency') return null;
    // Other keys (the generic reader's pager kind) describe paging, not a filter.
  }
  return { ...(levels.length ? { levels } : {}), ...(fields.length ? { fields } : {}) };
}
