import type { DecisionItem, ProcedureFields, ProcedurePatch } from '@niemyet/core';
import { formatDate } from '../../i18n/format';

/**
 * What differs between two saved revisions of a decision, for the reviewer who approved the
 * earlier one: the header fields a decision carries, and its items matched by id (added,
 * removed, or changed in action, reason or proposed fields).
 */

export interface RevisionSide {
  number: string;
  title: string;
  issuer: string | null;
  signer: string | null;
  signedOn: string | null;
  effectiveOn: string | null;
  legalBasis: readonly { number: string }[];
  items: readonly DecisionItem[];
}

export const HEADER_FIELDS = [
  'number',
  'title',
  'issuer',
  'signer',
  'signedOn',
  'effectiveOn',
  'legalBasis',
] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

export interface HeaderChange {
  field: HeaderField;
  before: string;
  after: string;
}

export interface ItemChange {
  kind: 'added' | 'removed' | 'changed';
  item: DecisionItem;
  /** Changed items: the same item at the earlier revision. */
  before: DecisionItem | null;
  actionChanged: boolean;
  reasonChanged: boolean;
  /** Changed items: the proposed fields of both sides, over the same keys (see `alignPatches`). */
  fields: { before: Partial<ProcedureFields>; after: Partial<ProcedureFields> } | null;
}

function headerValue(side: RevisionSide, field: HeaderField): string {
  switch (field) {
    case 'signedOn':
    case 'effectiveOn':
      return formatDate(side[field], '');
    case 'legalBasis':
      return side.legalBasis.map((ref) => ref.number).join('; ');
    default:
      return side[field] ?? '';
  }
}

export function headerChanges(before: RevisionSide, after: RevisionSide): HeaderChange[] {
  return HEADER_FIELDS.map((field) => ({
    field,
    before: headerValue(before, field),
    after: headerValue(after, field),
  })).filter((change) => change.before !== change.after);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function itemChanges(before: RevisionSide, after: RevisionSide): ItemChange[] {
  const earlier = new Map(before.items.map((item) => [item.id, item]));
  const later = new Set(after.items.map((item) => item.id));
  const changes: ItemChange[] = [];
  for (const item of after.items) {
    const old = earlier.get(item.id);
    if (!old) {
      changes.push({
        kind: 'added',
        item,
        before: null,
        actionChanged: false,
        reasonChanged: false,
        fields: null,
      });
      continue;
    }
    const fieldsChanged = !same(old.changes, item.changes);
    const actionChanged = old.action !== item.action;
    const reasonChanged = (old.reason ?? '') !== (item.reason ?? '');
    const otherChanged =
      old.code !== item.code || old.name !== item.name || !same(old.causeDocument, item.causeDocument);
    if (!fieldsChanged && !actionChanged && !reasonChanged && !otherChanged) continue;
    changes.push({
      kind: 'changed',
      item,
      before: old,
      actionChanged,
      reasonChanged,
      fields: alignPatches(old.changes, item.changes),
    });
  }
  for (const item of before.items)
    if (!later.has(item.id))
      changes.push({
        kind: 'removed',
        item,
        before: item,
        actionChanged: false,
        reasonChanged: false,
        fields: null,
      });
  return changes;
}

/**
 * Two patches over the union of their keys, a key one side lacks being empty there: a field
 * diff compares only the fields both sides have, and a field added to (or dropped from) a
 * proposal is a change the reviewer must see.
 */
export function alignPatches(
  before: ProcedurePatch,
  after: ProcedurePatch,
): { before: Partial<ProcedureFields>; after: Partial<ProcedureFields> } {
  const left: Record<string, unknown> = { ...before };
  const right: Record<string, unknown> = { ...after };
  for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
    const sample = left[key] ?? right[key];
    const empty = Array.isArray(sample) ? [] : null;
    if (!(key in left)) left[key] = empty;
    if (!(key in right)) right[key] = empty;
  }
  return { before: left as Partial<ProcedureFields>, after: right as Partial<ProcedureFields> };
}
