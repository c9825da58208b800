import type { DecisionComment } from '@niemyet/core';
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../api/api-context';
import { listComments } from '../../api/decision-review';

export interface CommentsState {
  /** Oldest first; empty while loading. */
  comments: DecisionComment[];
  loading: boolean;
  error: unknown;
  reload(): void;
  /** A comment just posted, shown at once without asking the server again. */
  add(comment: DecisionComment): void;
}

/** The comments of a decision (on it, its items and their fields), from `GET …/comments`. */
export function useComments(decisionId: string): CommentsState {
  const client = useApi();
  const [comments, setComments] = useState<DecisionComment[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    listComments(client, decisionId, controller.signal)
      .then((found) => {
        if (controller.signal.aborted) return;
        setComments(found);
        setLoading(false);
      })
      .catch((cause) => {
        if (controller.signal.aborted) return;
        setError(cause);
        setLoading(false);
      });
    return () => controller.abort();
  }, [client, decisionId, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const add = useCallback(
    (comment: DecisionComment) =>
      setComments((current) => (current.some((c) => c.id === comment.id) ? current : [...current, comment])),
    [],
  );
  return { comments, loading, error, reload, add };
}
