import {
  DEFAULT_WORD_DIFF_TIMEOUT_MS,
  diffProcedureFields,
  type FieldDiff,
  type ProcedureFieldName,
  type ProcedureFields,
  procedureFieldLabel,
} from '@niemyet/core';
import { WordDiffParts } from '@niemyet/ui';
import { useMemo } from 'react';
import { useI18n } from '../i18n/language';

/**
 * How the console shows a change to a procedure: text fields as a word diff (removed words
 * struck through, added words marked), list fields (levels, methods, dossier, legal basis) as
 * the entries removed and added. Used by the procedure page (a version against the one
 * before) and the decision editor and review (a proposed change against the version in force).
 * Text is rendered as text nodes only: procedure wording comes from outside.
 */

/** The differing fields of `before` → `after`; `before` null (a new procedure): every field is added. */
export function useFieldDiffs(
  before: Partial<ProcedureFields> | null,
  after: Partial<ProcedureFields>,
  fields?: readonly ProcedureFieldName[],
): FieldDiff[] {
  return useMemo(
    () =>
      diffProcedureFields(before ?? emptySide(after), after, {
        // A diff that cannot finish in time shows the two values as replaced, never blocks typing.
        timeoutMs: DEFAULT_WORD_DIFF_TIMEOUT_MS,
        ...(fields ? { fields } : {}),
      }),
    [before, after, fields],
  );
}

/** The same keys as `after`, each empty: what a field diff of a new procedure compares with. */
function emptySide(after: Partial<ProcedureFields>): Partial<ProcedureFields> {
  const empty: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) empty[key] = Array.isArray(value) ? [] : null;
  return empty as Partial<ProcedureFields>;
}

/** Every differing field as a labelled row; nothing when nothing differs. */
export function FieldDiffList({
  diffs,
  testId = 'field-diff',
}: {
  diffs: readonly FieldDiff[];
  testId?: string;
}) {
  const { t, language } = useI18n();
  if (diffs.length === 0) return null;
  return (
    <dl className="field-diffs">
      {diffs.map((diff) => (
        <div key={diff.field} className="field-diff" data-testid={testId} data-field={diff.field}>
          <dt>{procedureFieldLabel(diff.field, language)}</dt>
          <dd>
            <FieldDiffValue diff={diff} />
          </dd>
        </div>
      ))}
      <p className="visually-hidden">{t.diff.legend}</p>
    </dl>
  );
}

/** One field's change: the word diff, the list entries removed and added, or old → new. */
export function FieldDiffValue({ diff }: { diff: FieldDiff }) {
  const { t } = useI18n();
  if (diff.kind === 'list')
    return (
      <ul className="list-diff">
        {diff.removed.map((entry) => (
          <li key={`-${entry}`}>
            <span className="visually-hidden">{t.diff.removed}: </span>
            <del>{entry}</del>
          </li>
        ))}
        {diff.added.map((entry) => (
          <li key={`+${entry}`}>
            <span className="visually-hidden">{t.diff.added}: </span>
            <ins>{entry}</ins>
          </li>
        ))}
      </ul>
    );
  if (diff.parts === null)
    // The diff was cut short (or the text arrived damaged): show both values whole.
    return (
      <span className="word-diff">
        {diff.expected ? <del>{diff.expected}</del> : null} {diff.actual ? <ins>{diff.actual}</ins> : null}
      </span>
    );
  return (
    <span className="word-diff">
      <WordDiffParts parts={diff.parts} />
    </span>
  );
}
