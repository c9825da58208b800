import type { DecisionItem, ValidationIssue } from '@niemyet/core';
import { useI18n } from '../../i18n/language';

/**
 * What stands in the way of submitting (errors) and what a reviewer will ask about
 * (warnings). Each issue about an item leads to it.
 */
export function ValidationPanel({
  issues,
  local,
  items,
  onGoTo,
}: {
  issues: readonly ValidationIssue[];
  /** The items by id, to name them in a translated sentence. */
  items: ReadonlyMap<string, DecisionItem>;
  /** The list was worked out here, after the last edit, not yet by the server. */
  local: boolean;
  onGoTo(itemId: string): void;
}) {
  const { t } = useI18n();
  const m = t.decisionEditor.validation;
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  return (
    <section
      className="panel validation"
      aria-labelledby="decision-validation"
      data-testid="validation-panel"
    >
      <h3 id="decision-validation">{m.heading}</h3>
      <p data-testid="validation-summary" aria-live="polite">
        {errors.length === 0 ? m.ok : m.summary(errors.length, warnings.length)}
      </p>
      {issues.length > 0 && (
        <ul className="issues">
          {[...errors, ...warnings].map((issue, index) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: the same issue may be found twice for one item
              key={`${issue.code}-${issue.itemId}-${index}`}
              className={issue.severity}
              data-testid="validation-issue"
              data-code={issue.code}
              data-severity={issue.severity}
            >
              <strong>{issue.severity === 'error' ? m.error : m.warning}:</strong>{' '}
              {m.describe(issue, issue.itemId ? (items.get(issue.itemId) ?? null) : null)}{' '}
              {issue.itemId && (
                <button type="button" className="link" onClick={() => onGoTo(issue.itemId!)}>
                  {m.goTo}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {local && <p className="muted">{m.local}</p>}
    </section>
  );
}
