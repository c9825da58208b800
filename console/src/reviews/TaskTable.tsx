import type { ReviewTaskView } from '@niemyet/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { DecisionLink } from '../decisions/DecisionLink';
import { useI18n } from '../i18n/language';
import { useSession } from '../session/session-context';
import { DraftFromTasksButton } from './DraftFromTasksButton';
import { DueDate } from './DueDate';
import { documentPath, PathLink } from './PathLink';
import { TaskDialog } from './TaskDialog';

/**
 * Review tasks as a table: the document, what caused the review (the new text and what it
 * does, or the campaign), the procedures concerned, due date, assignee, state, outcome and the
 * decision carrying it out. Drafters tick tasks (real checkboxes) and draft a decision from
 * them; a row's button opens the task to edit (reviewers, admins) or read.
 */
export function TaskTable({
  tasks,
  total,
  busy,
  onChanged,
}: {
  tasks: readonly ReviewTaskView[];
  total: number;
  busy: boolean;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const r = t.reviews;
  const { can } = useSession();
  const drafter = can('decisions.draft');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<ReviewTaskView | null>(null);
  const selectable = tasks.filter((task) => task.state !== 'done');
  // Only tasks still on the page count: a filter change may have taken some away.
  const chosen = selectable.filter((task) => selected.has(task.id)).map((task) => task.id);
  const allChosen = selectable.length > 0 && chosen.length === selectable.length;
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <>
      <div className="toolbar">
        <p className="counts" data-testid="tasks-count" aria-live="polite">
          {r.shown(tasks.length, total)}
        </p>
        {drafter && <DraftFromTasksButton taskIds={chosen} />}
      </div>
      <div className="table-wrap">
        <table className="plain review-tasks" data-testid="tasks-table" aria-busy={busy}>
          <thead>
            <tr>
              {drafter && (
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label={r.selectAll}
                    checked={allChosen}
                    disabled={selectable.length === 0}
                    onChange={(event) =>
                      setSelected(
                        event.target.checked ? new Set(selectable.map((task) => task.id)) : new Set(),
                      )
                    }
                  />
                </th>
              )}
              <th scope="col">{r.columns.document}</th>
              <th scope="col">{r.columns.cause}</th>
              <th scope="col">{r.columns.procedures}</th>
              <th scope="col">{r.columns.due}</th>
              <th scope="col">{r.columns.assignee}</th>
              <th scope="col">{r.columns.state}</th>
              <th scope="col">{r.columns.outcome}</th>
              <th scope="col">{r.columns.decision}</th>
              <th scope="col">
                <span className="visually-hidden">{r.edit}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr
                key={task.id}
                data-testid="task-row"
                data-id={task.id}
                data-state={task.state}
                className={task.overdue ? 'overdue' : undefined}
              >
                {drafter && (
                  <td>
                    {task.state !== 'done' && (
                      <input
                        type="checkbox"
                        aria-label={r.selectTask(task.documentNumber)}
                        data-testid="task-select"
                        checked={selected.has(task.id)}
                        onChange={(event) => toggle(task.id, event.target.checked)}
                      />
                    )}
                  </td>
                )}
                <td>
                  <PathLink path={documentPath(task.documentNumber)} className="document-number">
                    {task.documentNumber}
                  </PathLink>
                  {task.documentTitle && <div className="muted small">{task.documentTitle}</div>}
                </td>
                <td>
                  {task.kind === 'event' && task.triggeredBy ? (
                    <PathLink path={documentPath(task.triggeredBy)}>
                      {r.triggered(task.triggeredBy, task.relation ? r.relations[task.relation] : '')}
                    </PathLink>
                  ) : task.campaignTitle ? (
                    r.campaign(task.campaignTitle)
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  {task.procedures.length === 0 ? (
                    <span className="muted">{r.noProcedures}</span>
                  ) : (
                    <ul className="inline-list">
                      {task.procedures.map((procedure) => (
                        <li key={procedure.procedureId} title={procedure.name}>
                          <Link to="/procedures/$code" params={{ code: procedure.procedureId }}>
                            {procedure.code ?? procedure.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td data-testid="task-due">
                  <DueDate dueOn={task.dueOn} overdue={task.overdue} />
                </td>
                <td>{task.assignee ?? <span className="muted">{r.unassigned}</span>}</td>
                <td>
                  <span className={`badge review-${task.state}`} data-testid="task-state">
                    {r.states[task.state]}
                  </span>
                </td>
                <td data-testid="task-outcome">{task.outcome ? r.outcomes[task.outcome] : r.notDecided}</td>
                <td>
                  {task.decisionId ? (
                    <DecisionLink id={task.decisionId}>{task.decisionNumber ?? r.openDecision}</DecisionLink>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    data-testid="task-open"
                    aria-label={`${can('legal.write') && task.state !== 'done' ? r.edit : r.view}: ${task.documentNumber}`}
                    onClick={() => setOpen(task)}
                  >
                    {can('legal.write') && task.state !== 'done' ? r.edit : r.view}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open && (
        <TaskDialog
          task={open}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}
