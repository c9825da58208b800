import { type DecisionComment, type ProcedureFieldName, procedureFieldLabel } from '@niemyet/core';
import { type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import { useApi } from '../../api/api-context';
import { postComment } from '../../api/decision-review';
import { errorMessage } from '../../api/error-messages';
import { formatDayTime } from '../../i18n/format';
import { useI18n } from '../../i18n/language';
import { useSession } from '../../session/session-context';
import { useSending } from './use-sending';

/**
 * The comments on one thing: the decision (`itemId` null), an item, or one field of an item.
 * Each says the revision it was written on, since the text may have changed since. Users who
 * may comment get a small form (Ctrl+Enter sends); an issued or withdrawn decision only shows.
 */
export function CommentThread({
  decisionId,
  revision,
  itemId,
  field,
  comments,
  onPosted,
  readOnly = false,
  itemLabel,
}: {
  decisionId: string;
  /** The revision on screen: what a new comment was written on. */
  revision: number;
  itemId: string | null;
  field: ProcedureFieldName | null;
  /** Every comment of the decision (from `useComments`); the thread shows its own. */
  comments: readonly DecisionComment[];
  onPosted(comment: DecisionComment): void;
  /** True once the decision is issued or withdrawn. */
  readOnly?: boolean;
  /** How to name the item in the form's label ("2"); its id otherwise. */
  itemLabel?: string;
}) {
  const { t, language } = useI18n();
  const m = t.review.comments;
  const client = useApi();
  const session = useSession();
  const textId = useId();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const { sending, error, run } = useSending();
  const mine = comments.filter((c) => c.itemId === itemId && (c.field ?? null) === field);
  const fieldLabel = field ? procedureFieldLabel(field, language) : null;
  const label = fieldLabel
    ? m.labelOnField(fieldLabel)
    : itemId
      ? m.labelOnItem(itemLabel ?? itemId)
      : m.label;
  const mayComment = !readOnly && session.can('decisions.comment');

  const send = () => {
    const trimmed = text.trim();
    if (trimmed === '') {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    void run(async () => {
      const posted = await postComment(client, decisionId, { revision, itemId, field, text: trimmed });
      setText('');
      onPosted(posted);
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send();
    }
  };

  return (
    <div
      className="comment-thread"
      data-testid="comment-thread"
      data-item={itemId ?? ''}
      data-field={field ?? ''}
    >
      {mine.length === 0 ? (
        <p className="muted">{m.none}</p>
      ) : (
        <ol className="comments">
          {mine.map((comment) => (
            <li key={comment.id} data-testid="comment" data-revision={comment.revision}>
              <p className="comment-meta">
                <strong>{comment.author}</strong> · {formatDayTime(comment.at)} ·{' '}
                <span data-testid="comment-revision">{m.onRevision(comment.revision)}</span>
                {comment.field ? (
                  <>
                    {' '}
                    · <span data-testid="comment-field">{procedureFieldLabel(comment.field, language)}</span>
                  </>
                ) : null}
              </p>
              <p className="comment-text">{comment.text}</p>
            </li>
          ))}
        </ol>
      )}
      {readOnly ? <p className="muted">{m.readOnly}</p> : null}
      {mayComment ? (
        <form onSubmit={submit} noValidate className="comment-form">
          <label htmlFor={textId}>{label}</label>
          <textarea
            id={textId}
            rows={3}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
            aria-describedby={`${textId}-hint`}
            aria-invalid={empty ? true : undefined}
            data-testid="comment-text"
          />
          <p id={`${textId}-hint`} className="muted">
            {m.shortcut}
          </p>
          {empty ? (
            <p className="error" role="alert">
              {m.empty}
            </p>
          ) : null}
          {error ? (
            <p className="error" role="alert">
              {errorMessage(error, language)}
            </p>
          ) : null}
          <button type="submit" disabled={sending} data-testid="comment-send">
            {sending ? m.sending : m.send}
          </button>
        </form>
      ) : null}
    </div>
  );
}
