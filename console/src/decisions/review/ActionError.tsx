import { ApiError } from '../../api/api-error';
import { errorMessage } from '../../api/error-messages';
import { useI18n } from '../../i18n/language';

/** Refusals after which the decision on screen is out of date: reloading it is what to do. */
const RELOAD_CODES = new Set(['stale-revision', 'stale-approvals', 'invalid-transition', 'immutable']);

/**
 * Why the server refused an action, in words, with what to do: reload after a stale revision,
 * who the decision was sent to, the validation issues that block it.
 */
export function ActionError({
  error,
  onReload,
  reloading,
}: {
  error: unknown;
  onReload?: () => void;
  reloading?: boolean;
}) {
  const { t, language } = useI18n();
  if (error === null || error === undefined) return null;
  const advice = t.review.actions.advice;
  const code = error instanceof ApiError ? error.code : null;
  let next = '';
  if (code === 'not-assigned-reviewer') {
    const reviewers = (error as ApiError).params.reviewers;
    next = advice['not-assigned-reviewer'](Array.isArray(reviewers) ? reviewers.map(String) : []);
  } else if (code && Object.hasOwn(advice, code))
    next = advice[code as Exclude<keyof typeof advice, 'not-assigned-reviewer'>];
  const issues = error instanceof ApiError ? error.issues.filter((issue) => issue.severity === 'error') : [];
  return (
    <div className="panel failure" role="alert" data-testid="action-error" data-code={code ?? undefined}>
      <p>{errorMessage(error, language)}</p>
      {next ? <p>{next}</p> : null}
      {issues.length > 0 ? (
        <ul>
          {issues.map((issue, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the server's list, shown as it came
            <li key={index}>{issue.message}</li>
          ))}
        </ul>
      ) : null}
      {code && RELOAD_CODES.has(code) && onReload ? (
        <button type="button" onClick={onReload} disabled={reloading} data-testid="reload-decision">
          {reloading ? t.review.actions.reloading : t.review.actions.reload}
        </button>
      ) : null}
    </div>
  );
}
