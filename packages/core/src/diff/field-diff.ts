import { PROCEDURE_FIELD_NAMES } from '../catalogue/procedure-fields';
import type {
  DossierComponent,
  LegalRef,
  PortalRef,
  ProcedureFieldName,
  ProcedureFields,
  SubmissionMethod,
} from '../model/procedure';
import { documentNumberKey } from '../parsing/document-number';
import { damagedText } from '../text/damaged-text';
import { normalizeText, sameText } from '../text/normalize';
import { type WordDiffPart, wordDiff } from './word-diff';

/**
 * One field that differs between what the catalogue expects and what a page (or a draft)
 * shows. Text fields carry a word diff (`parts`, null when the diff timed out: show the two
 * values as "replaced"); list fields carry the items only one side has. A text field whose
 * value on either side arrived damaged (U+FFFD, mojibake: `damagedText`) is of kind
 * `damaged`, with no word diff: the difference is the damage, not a change of the procedure.
 */
export interface FieldDiff {
  field: ProcedureFieldName;
  kind: 'text' | 'list' | 'damaged';
  /** The expected value as displayed (lists: items joined by "; "). */
  expected: string | null;
  actual: string | null;
  parts: WordDiffPart[] | null;
  /** List items present only in `actual`, as displayed. */
  added: string[];
  /** List items present only in `expected`, as displayed. */
  removed: string[];
}

export interface FieldDiffOptions {
  /** The fields to compare (default: every field but `portalRefs`). */
  fields?: readonly ProcedureFieldName[];
  /** Time limit of each word diff. */
  timeoutMs?: number;
}

type ListFieldName = 'levels' | 'legalBasis' | 'methods' | 'dossier' | 'portalRefs';

interface ListRule {
  /** What a reader sees for one item. */
  render(item: never): string;
  /** When two items are the same item. */
  key(item: never): string;
  /** Compared as a set (duplicates ignored) rather than a multiset. */
  set: boolean;
}

const LIST_RULES: Record<ListFieldName, ListRule> = {
  levels: { render: (level: string) => level, key: (level: string) => normalizeText(level), set: true },
  // Documents are the same document whatever the spelling of their number ("42/2022/NĐCP").
  legalBasis: {
    render: (ref: LegalRef) => ref.number,
    key: (ref: LegalRef) => normalizeText(documentNumberKey(ref.number)),
    set: true,
  },
  methods: { render: renderMethod, key: (m: SubmissionMethod) => normalizeText(renderMethod(m)), set: false },
  dossier: {
    render: renderDossierComponent,
    key: (d: DossierComponent) => normalizeText(renderDossierComponent(d)),
    set: false,
  },
  portalRefs: { render: (ref: PortalRef) => ref.url, key: (ref: PortalRef) => ref.url.trim(), set: true },
};

// Where a portal URL was seen is provenance, not content: it never makes a procedure differ.
const DEFAULT_FIELDS = PROCEDURE_FIELD_NAMES.filter((name) => name !== 'portalRefs');

function isListField(field: ProcedureFieldName): field is ListFieldName {
  return field in LIST_RULES;
}

/**
 * The fields that differ between `expected` (the catalogue) and `actual` (a portal row, a
 * draft). Only fields present on both sides are compared (a listing row shows few fields),
 * and text that is the same once normalised is the same. Diffs follow the field order.
 */
export function diffProcedureFields(
  expected: Partial<ProcedureFields>,
  actual: Partial<ProcedureFields>,
  options: FieldDiffOptions = {},
): FieldDiff[] {
  const diffs: FieldDiff[] = [];
  for (const field of options.fields ?? DEFAULT_FIELDS) {
    const left = expected[field];
    const right = actual[field];
    if (left === undefined || right === undefined) continue;
    const diff = isListField(field)
      ? diffList(field, left as unknown[] | null, right as unknown[] | null)
      : diffText(field, left as string | null, right as string | null, options.timeoutMs);
    if (diff) diffs.push(diff);
  }
  return diffs;
}

function diffText(
  field: ProcedureFieldName,
  expected: string | null,
  actual: string | null,
  timeoutMs: number | undefined,
): FieldDiff | null {
  if (sameText(expected, actual)) return null;
  // Checked only once the texts differ: equal damaged texts are simply equal.
  if (damagedText(expected) || damagedText(actual))
    return { field, kind: 'damaged', expected, actual, parts: null, added: [], removed: [] };
  const parts = wordDiff(expected ?? '', actual ?? '', timeoutMs === undefined ? {} : { timeoutMs });
  return { field, kind: 'text', expected, actual, parts, added: [], removed: [] };
}

function diffList(
  field: ListFieldName,
  expected: unknown[] | null,
  actual: unknown[] | null,
): FieldDiff | null {
  const rule = LIST_RULES[field];
  const render = rule.render as (item: unknown) => string;
  const key = rule.key as (item: unknown) => string;
  const left = expected ?? [];
  const right = actual ?? [];
  const removed = onlyIn(left, right, key, rule.set).map(render);
  const added = onlyIn(right, left, key, rule.set).map(render);
  if (added.length === 0 && removed.length === 0) return null;
  return {
    field,
    kind: 'list',
    expected: joinItems(left.map(render)),
    actual: joinItems(right.map(render)),
    parts: null,
    added,
    removed,
  };
}

/** Items of `from` that `other` lacks, by key; as a multiset unless `set`. */
function onlyIn<T>(from: readonly T[], other: readonly T[], key: (item: T) => string, set: boolean): T[] {
  const available = new Map<string, number>();
  for (const item of other) {
    const k = key(item);
    available.set(k, set ? 1 : (available.get(k) ?? 0) + 1);
  }
  const seen = new Set<string>();
  const missing: T[] = [];
  for (const item of from) {
    const k = key(item);
    if (set) {
      if (!available.has(k) && !seen.has(k)) missing.push(item);
      seen.add(k);
      continue;
    }
    const left = available.get(k) ?? 0;
    if (left > 0) available.set(k, left - 1);
    else missing.push(item);
  }
  return missing;
}

function joinItems(items: string[]): string {
  return items.join('; ');
}

/** "Trực tuyến — 5 ngày làm việc — Lệ phí: 10.000 đồng — …" */
export function renderMethod(method: SubmissionMethod): string {
  return [method.channel, method.processingTime, method.fees, method.description]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join(' — ');
}

/** "Tờ khai đăng ký khai sinh (bản chính: 1; bản sao: 0; mẫu: TK-01)" */
export function renderDossierComponent(component: DossierComponent): string {
  const details = [
    component.originals ? `bản chính: ${component.originals}` : null,
    component.copies ? `bản sao: ${component.copies}` : null,
    component.template ? `mẫu: ${component.template}` : null,
  ].filter((detail): detail is string => detail !== null);
  return details.length > 0 ? `${component.name} (${details.join('; ')})` : component.name;
}

/** The two sides of a field diff as the strings an audit report (JSON, CSV) records. */
export function summarizeFieldDiff(diff: FieldDiff): {
  field: ProcedureFieldName;
  expected: string;
  actual: string;
} {
  return { field: diff.field, expected: diff.expected ?? '', actual: diff.actual ?? '' };
}
