import { useRouter } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-messages';
import { draftDecisionFromTasks } from '../api/reviews';
import { decisionPath } from '../decisions/decision-links';
import { useI18n } from '../i18n/language';

/**
 * "Soạn quyết định từ N nhiệm vụ": the server drafts a decision from the chosen tasks (core's
 * draft items over the catalogue in force) and links them to it; the editor then opens on it.
 * A refusal (a task already carried by a live decision, nothing to draft) is said in words.
 */
export function DraftFromTasksButton({ taskIds }: { taskIds: readonly string[] }) {
  const { t, language } = useI18n();
  const r = t.reviews;
  const client = useApi();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const hintId = useId();
  const draft = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const answer = await draftDecisionFromTasks(client, { taskIds: [...taskIds] });
      router.history.push(decisionPath(answer.decisionId));
    } catch (cause) {
      setFailure(cause);
      setBusy(false);
    }
  };
  return (
    <div className="draft-from-tasks">
      <button
        type="button"
        className="primary"
        disabled={busy || taskIds.length === 0}
        aria-describedby={taskIds.length === 0 ? hintId : undefined}
        data-testid="draft-from-tasks"
        onClick={() => void draft()}
      >
        {busy ? r.drafting : r.draft(taskIds.length)}
      </button>
      {taskIds.length === 0 && (
        <span id={hintId} className="muted small">
          {' '}
          {r.draftHint}
        </span>
      )}
      {failure !== null && (
        <p className="error" role="alert" data-testid="draft-error">
          {r.draftFailed} {errorMessage(failure, language)}
        </p>
      )}
    </div>
  );
}
