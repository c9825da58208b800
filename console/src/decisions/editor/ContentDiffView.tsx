import { type DecisionItem, levelLabel, type ProcedureFields, type ProcedurePatch } from '@niemyet/core';
import { useMemo } from 'react';
import { FieldDiffList, useFieldDiffs } from '../../diff/FieldDiffView';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/language';
import { type ContentDiff, isEmptyDiff } from './content-diff';
import type { DraftContent, HeaderKey } from './draft-content';
import { legalRefText } from './LegalRefForm';

/**
 * One content of a decision against another: header fields as old → new, items added and
 * removed by name, items changed with their fields' diff. The conflict screen and the
 * revisions panel show changes the same way.
 */
export function ContentDiffView({
  diff,
  before,
  after,
  testId,
}: {
  diff: ContentDiff;
  before: DraftContent;
  after: DraftContent;
  testId?: string;
}) {
  const { t } = useI18n();
  const m = t.decisionEditor.diff;
  if (isEmptyDiff(diff))
    return (
      <p className="muted" data-testid={testId}>
        {m.nothing}
      </p>
    );
  return (
    <div className="content-diff" data-testid={testId}>
      {diff.header.length > 0 && (
        <dl className="facts">
          {diff.header.map((key) => (
            <HeaderChange key={key} field={key} before={before} after={after} />
          ))}
        </dl>
      )}
      <ul className="item-changes">
        {diff.added.map((item) => (
          <li key={item.id} data-testid="diff-added">
            <strong>{m.added}:</strong> <ins>{t.decisionEditor.items.name(item)}</ins>
          </li>
        ))}
        {diff.removed.map((item) => (
          <li key={item.id} data-testid="diff-removed">
            <strong>{m.removed}:</strong> <del>{t.decisionEditor.items.name(item)}</del>
          </li>
        ))}
        {diff.changed.map((change) => (
          <ChangedItem key={change.after.id} before={change.before} after={change.after} />
        ))}
      </ul>
    </div>
  );
}

function HeaderChange({
  field,
  before,
  after,
}: {
  field: HeaderKey;
  before: DraftContent;
  after: DraftContent;
}) {
  const { t, language } = useI18n();
  const m = t.decisionEditor.header;
  const label: Record<HeaderKey, string> = {
    title: m.title,
    issuer: m.issuer,
    signer: m.signer,
    effectiveOn: m.effectiveOn,
    scope: m.scope,
    legalBasis: m.legalBasis,
  };
  const show = (content: DraftContent): string => {
    switch (field) {
      case 'effectiveOn':
        return formatDate(content.effectiveOn);
      case 'scope':
        return (
          [
            content.scope.agency,
            ...content.scope.fields,
            content.scope.levels.map((l) => levelLabel(l, language)).join(', '),
          ]
            .filter(Boolean)
            .join('; ') || m.none
        );
      case 'legalBasis':
        return content.legalBasis.map(legalRefText).join('; ') || m.none;
      default:
        return content[field] || m.none;
    }
  };
  return (
    <div data-testid="diff-header" data-field={field}>
      <dt>{label[field]}</dt>
      <dd>
        <del>{show(before)}</del> → <ins>{show(after)}</ins>
      </dd>
    </div>
  );
}

/** Both sides' changes over the same fields: a field set on one side only is empty on the other. */
function aligned(a: ProcedurePatch, b: ProcedurePatch): [Partial<ProcedureFields>, Partial<ProcedureFields>] {
  const left: Record<string, unknown> = { ...a };
  const right: Record<string, unknown> = { ...b };
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const sample = left[key] ?? right[key];
    const empty = Array.isArray(sample) ? [] : null;
    if (left[key] === undefined) left[key] = empty;
    if (right[key] === undefined) right[key] = empty;
  }
  return [left as Partial<ProcedureFields>, right as Partial<ProcedureFields>];
}

function ChangedItem({ before, after }: { before: DecisionItem; after: DecisionItem }) {
  const { t } = useI18n();
  const m = t.decisionEditor.diff;
  const [left, right] = useMemo(
    () => aligned(before.changes, after.changes),
    [before.changes, after.changes],
  );
  const diffs = useFieldDiffs(left, right);
  const other =
    before.action !== after.action ||
    before.reason !== after.reason ||
    JSON.stringify(before.causeDocument) !== JSON.stringify(after.causeDocument);
  return (
    <li data-testid="diff-changed" data-item-id={after.id}>
      <strong>{m.changed}:</strong> {t.decisionEditor.items.name(after)}
      <FieldDiffList diffs={diffs} />
      {other && <p className="muted">{m.itemOther}</p>}
    </li>
  );
}
