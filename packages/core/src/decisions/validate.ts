import type { IsoDate } from '../dates/iso-date';
import { formatVietnameseDate } from '../format/dates';
import { canonicalJson } from '../hashing/canonical-json';
import type { Decision, DecisionItem } from '../model/decision';
import type { LegalDocument } from '../model/legal-document';
import type { ProcedureVersion } from '../model/procedure';
import { normalizeText } from '../text/normalize';
import { checkDecisionDeadlines } from './deadline-check';
import { itemLabel } from './item-label';
import type { ValidationIssue } from './validation-issue';

export interface DecisionValidationContext {
  /** The catalogue in force on a date, keyed by procedureId. */
  activeAt(date: IsoDate): ReadonlyMap<string, ProcedureVersion>;
  /**
   * Known legal documents. When given (and `deadlineIssues` is not), statutory deadlines are
   * checked with the default rules and calendar.
   */
  legalDocuments?: LegalDocument[];
  /**
   * Statutory-deadline findings the caller computed with `checkDecisionDeadlines` (with the
   * workspace's own rules and calendar), passed through as they are.
   */
  deadlineIssues?: ValidationIssue[];
}

/**
 * Checks a decision against the catalogue in force on its effective date (DESIGN §4).
 * Errors block submission: a `new` procedure already active, an `amended`/`abolished` one not
 * active, the same procedure twice, an amendment that changes nothing, no effective date.
 * Warnings are shown: no legal basis, abolition without the abolishing document, missed
 * statutory deadlines. Issues come in a stable order: the decision first, then item by item.
 */
export function validateDecision(decision: Decision, context: DecisionValidationContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const push = (
    severity: ValidationIssue['severity'],
    code: string,
    itemId: string | null,
    message: string,
  ) => issues.push({ severity, code, itemId, message });

  if (!decision.effectiveOn)
    push('error', 'missing-effective-date', null, `Quyết định ${decision.number} chưa có ngày có hiệu lực.`);
  if (decision.items.length === 0)
    push('warning', 'no-items', null, `Quyết định ${decision.number} chưa có thủ tục hành chính nào.`);

  const effectiveOn = decision.effectiveOn;
  const active = effectiveOn ? context.activeAt(effectiveOn) : null;
  const activeByCode = active ? indexByCode(active) : null;
  const findActive = (item: DecisionItem): ProcedureVersion | undefined =>
    active?.get(item.procedureId) ?? (item.code ? activeByCode?.get(item.code) : undefined);
  const onDate = effectiveOn ? formatVietnameseDate(effectiveOn) : '';
  const seen = new Set<string>();

  for (const item of decision.items) {
    const label = itemLabel(item);
    const identities = [item.procedureId, ...(item.code ? [`code:${item.code}`] : [])];
    if (identities.some((key) => seen.has(key)))
      push('error', 'duplicate-procedure', item.id, `Thủ tục ${label} xuất hiện nhiều lần trong quyết định.`);
    for (const key of identities) seen.add(key);

    const current = active ? findActive(item) : undefined;
    if (active && item.action === 'new' && current)
      push(
        'error',
        'code-already-active',
        item.id,
        `Thủ tục ${label} được công bố mới nhưng đã có trong danh mục đang có hiệu lực ngày ${onDate}.`,
      );
    if (active && item.action !== 'new' && !current)
      push(
        'error',
        'not-active',
        item.id,
        `Thủ tục ${label} được ${item.action === 'amended' ? 'sửa đổi, bổ sung, thay thế' : 'bãi bỏ'} nhưng không có trong danh mục đang có hiệu lực ngày ${onDate}.`,
      );

    if (item.action === 'amended') {
      const changed = changedFieldNames(item);
      if (changed.length === 0)
        push(
          'error',
          'amended-without-change',
          item.id,
          `Thủ tục ${label} được sửa đổi, bổ sung nhưng chưa nêu nội dung nào thay đổi.`,
        );
      else if (current && changed.every((field) => sameFieldValue(item.changes[field], current[field])))
        push(
          'error',
          'amended-without-change',
          item.id,
          `Thủ tục ${label} được sửa đổi, bổ sung nhưng các nội dung sửa đổi giống hệt bản đang có hiệu lực.`,
        );
    }

    const itemHasBasis = item.causeDocument !== null || (item.changes.legalBasis?.length ?? 0) > 0;
    if (decision.legalBasis.length === 0 && !itemHasBasis)
      push(
        'warning',
        'no-legal-basis',
        item.id,
        `Thủ tục ${label} chưa có căn cứ pháp lý (quyết định cũng chưa nêu căn cứ pháp lý).`,
      );
    if (item.action === 'abolished' && item.causeDocument === null)
      push(
        'warning',
        'abolished-without-document',
        item.id,
        `Thủ tục ${label} bị bãi bỏ nhưng chưa nêu văn bản quy định việc bãi bỏ.`,
      );
  }

  issues.push(
    ...(context.deadlineIssues ??
      (context.legalDocuments
        ? checkDecisionDeadlines(decision, { legalDocuments: context.legalDocuments })
        : [])),
  );
  return issues;
}

/** The fields an item actually proposes (a key present with `undefined` proposes nothing). */
function changedFieldNames(item: DecisionItem): (keyof DecisionItem['changes'])[] {
  return (Object.keys(item.changes) as (keyof DecisionItem['changes'])[]).filter(
    (key) => item.changes[key] !== undefined,
  );
}

/**
 * The catalogues already indexed by code. The console checks its draft on every keystroke
 * against the same catalogue of 20,000 procedures: indexing it once per catalogue, not once
 * per check, keeps the check within a frame. Catalogues are read-only (`ReadonlyMap`), so the
 * index stays true; a catalogue no longer used is collected with its index.
 */
const codeIndexes = new WeakMap<
  ReadonlyMap<string, ProcedureVersion>,
  ReadonlyMap<string, ProcedureVersion>
>();

function indexByCode(active: ReadonlyMap<string, ProcedureVersion>): ReadonlyMap<string, ProcedureVersion> {
  const known = codeIndexes.get(active);
  if (known) return known;
  const byCode = new Map<string, ProcedureVersion>();
  for (const version of active.values()) if (version.code) byCode.set(version.code, version);
  codeIndexes.set(active, byCode);
  return byCode;
}

/** Equal once every text inside is normalised (NFD, tone placement, spaces, case); null = "". */
function sameFieldValue(a: unknown, b: unknown): boolean {
  return canonicalJson(comparable(a)) === canonicalJson(comparable(b));
}

function comparable(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    const text = normalizeText(value);
    return text === '' ? null : text;
  }
  if (Array.isArray(value)) return value.map(comparable);
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, comparable(inner)]));
  return value;
}
