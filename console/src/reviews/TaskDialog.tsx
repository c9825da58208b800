import {
  type Person,
  type ReviewOutcome,
  ReviewOutcomeSchema,
  type ReviewTaskPatch,
  type ReviewTaskView,
} from '@niemyet/core';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useApi } from '../api/api-context';
import { listPeople } from '../api/decision-review';
import { errorMessage } from '../api/error-messages';
import { patchReviewTask } from '../api/reviews';
import { DecisionLink } from '../decisions/DecisionLink';
import { Dialog } from '../decisions/review/Dialog';
import { readDate, TextAreaField, TextField } from '../decisions/review/form-fields';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { useSession } from '../session/session-context';
import { DueDate } from './DueDate';

const OUTCOMES = ReviewOutcomeSchema.options;

/**
 * One review task, to assign, date and decide: the assignee (an account), the due date, the
 * outcome with its reason (required, as the server requires it) and a note. Only reviewers and
 * admins (`legal.write`) edit; a done task is read only, with the decision that carried it out.
 * Only the fields changed are sent; the server moves the state.
 */
export function TaskDialog({
  task,
  onClose,
  onSaved,
}: {
  task: ReviewTaskView;
  onClose(): void;
  onSaved(task: ReviewTaskView): void;
}) {
  const { t, language } = useI18n();
  const r = t.reviews;
  const client = useApi();
  const { can } = useSession();
  const editable = can('legal.write') && task.state !== 'done';
  const [people, setPeople] = useState<Person[] | null>(null);
  const [peopleFailed, setPeopleFailed] = useState(false);
  const [assignee, setAssignee] = useState(task.assignee ?? '');
  const [due, setDue] = useState(formatDate(task.dueOn, ''));
  const [outcome, setOutcome] = useState<ReviewOutcome | ''>(task.outcome ?? '');
  const [reason, setReason] = useState(task.reason ?? '');
  const [note, setNote] = useState(task.note ?? '');
  // Open or in progress by hand; an outcome moves the state on the server's rules instead.
  const [state, setState] = useState<'open' | 'in_progress'>(
    task.state === 'in_progress' ? 'in_progress' : 'open',
  );
  const [problems, setProblems] = useState<{ due?: string; reason?: string }>({});
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const assigneeId = useId();
  const outcomeId = useId();
  const stateId = useId();

  useEffect(() => {
    if (!editable) return;
    const controller = new AbortController();
    listPeople(client, controller.signal)
      .then((list) => !controller.signal.aborted && setPeople(list))
      .catch(() => !controller.signal.aborted && setPeopleFailed(true));
    return () => controller.abort();
  }, [client, editable]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const date = readDate(due, false);
    const outcomeChanged =
      outcome !== '' && (outcome !== task.outcome || reason.trim() !== (task.reason ?? ''));
    const found = {
      ...(date.ok ? {} : { due: r.task.badDate }),
      ...(outcomeChanged && reason.trim() === '' ? { reason: r.task.reasonRequired } : {}),
    };
    setProblems(found);
    if (!date.ok || found.reason) return;
    const patch: ReviewTaskPatch = {};
    if ((assignee || null) !== task.assignee) patch.assignee = assignee || null;
    if (date.date !== task.dueOn) patch.dueOn = date.date;
    if (outcomeChanged) {
      patch.outcome = outcome as ReviewOutcome;
      patch.reason = reason.trim();
    }
    if ((note.trim() || null) !== task.note) patch.note = note.trim() || null;
    if (!outcomeChanged && state !== task.state) patch.state = state;
    if (Object.keys(patch).length === 0) return onClose();
    setSending(true);
    setFailure(null);
    try {
      onSaved(await patchReviewTask(client, task.id, patch));
    } catch (cause) {
      setFailure(cause);
      setSending(false);
    }
  };

  return (
    <Dialog title={r.task.heading(task.documentNumber)} onClose={onClose} testId="task-dialog">
      {task.documentTitle && <p className="muted">{task.documentTitle}</p>}
      {!editable && (
        <p className="muted" data-testid="task-read-only">
          {task.state === 'done' ? r.task.readOnlyDone : r.task.readOnlyRole}
        </p>
      )}
      {editable ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor={assigneeId}>{r.task.assignee}</label>
            <select
              id={assigneeId}
              data-testid="task-assignee"
              value={assignee}
              onChange={(event) => setAssignee(event.target.value)}
            >
              <option value="">{r.task.nobody}</option>
              {/* The current assignee stays choosable while the people load (or if they fail). */}
              {[
                ...new Set([
                  ...(task.assignee ? [task.assignee] : []),
                  ...(people ?? []).map((p) => p.username),
                ]),
              ].map((username) => (
                <option key={username} value={username}>
                  {username}
                </option>
              ))}
            </select>
            {peopleFailed && <p className="muted small">{r.task.peopleFailed}</p>}
          </div>
          <TextField
            label={r.task.dueOn}
            value={due}
            onChange={setDue}
            error={problems.due}
            testId="task-due"
          />
          <div className="field">
            <label htmlFor={stateId}>{r.columns.state}</label>
            <select
              id={stateId}
              data-testid="task-state-select"
              value={state}
              // With an outcome the server sets the state (done, or in progress until the decision).
              disabled={outcome !== ''}
              onChange={(event) => setState(event.target.value as 'open' | 'in_progress')}
            >
              <option value="open">{r.states.open}</option>
              <option value="in_progress">{r.states.in_progress}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={outcomeId}>{r.task.outcome}</label>
            <select
              id={outcomeId}
              data-testid="task-outcome"
              value={outcome}
              onChange={(event) => setOutcome(event.target.value as ReviewOutcome | '')}
            >
              {/* An outcome once recorded can be changed, not taken back. */}
              <option value="" disabled={task.outcome !== null}>
                {r.task.noOutcome}
              </option>
              {OUTCOMES.map((value) => (
                <option key={value} value={value}>
                  {r.outcomes[value]}
                </option>
              ))}
            </select>
          </div>
          <TextAreaField
            label={r.task.reason}
            value={reason}
            onChange={setReason}
            required={outcome !== ''}
            error={problems.reason}
            testId="task-reason"
          />
          <TextAreaField label={r.task.note} value={note} onChange={setNote} testId="task-note" />
          {failure !== null && (
            <p className="error" role="alert" data-testid="task-save-error">
              {r.task.saveFailed} {errorMessage(failure, language)}
            </p>
          )}
          <div className="dialog-buttons">
            <button type="submit" className="primary" disabled={sending} data-testid="task-save">
              {sending ? r.task.saving : r.task.save}
            </button>
            <button type="button" onClick={onClose}>
              {r.task.close}
            </button>
          </div>
        </form>
      ) : (
        <>
          <dl className="facts">
            <dt>{r.task.assignee}</dt>
            <dd>{task.assignee ?? r.unassigned}</dd>
            <dt>{r.columns.due}</dt>
            <dd>
              <DueDate dueOn={task.dueOn} overdue={task.overdue} />
            </dd>
            <dt>{r.columns.state}</dt>
            <dd>{r.states[task.state]}</dd>
            <dt>{r.task.outcome}</dt>
            <dd>{task.outcome ? r.outcomes[task.outcome] : r.task.noOutcome}</dd>
            {task.reason && (
              <>
                <dt>{r.task.reason}</dt>
                <dd>{task.reason}</dd>
              </>
            )}
            {task.note && (
              <>
                <dt>{r.task.note}</dt>
                <dd>{task.note}</dd>
              </>
            )}
            {task.decisionId && (
              <>
                <dt>{r.task.decision}</dt>
                <dd>
                  <DecisionLink id={task.decisionId}>{task.decisionNumber ?? r.openDecision}</DecisionLink>
                </dd>
              </>
            )}
          </dl>
          <div className="dialog-buttons">
            <button type="button" onClick={onClose} data-autofocus>
              {r.task.close}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
