import {
  type DocumentDetailResponse,
  type DocumentWriteResponse,
  type IsoDate,
  type ProcedureRef,
  type ReviewTaskView,
  todayInVietnam,
} from '@niemyet/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { isApiError } from '../api/api-error';
import { errorMessage } from '../api/error-messages';
import { documentDetail } from '../api/legal-documents';
import { AsOfField } from '../catalogue/AsOfField';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { useSession } from '../session/session-context';
import { DocumentFormDialog } from './DocumentFormDialog';
import { DocumentLink } from './DocumentLink';
import { DocumentStatusBadge } from './DocumentStatusBadge';
import { DocumentWriteNotice } from './DocumentWriteNotice';
import { formFromCitation, formFromDocument } from './document-form';
import { reviewsHref } from './review-links';
import { useApiLoad } from './use-api-load';

/**
 * One legal document (`#/documents/42/2022/NĐ-CP`), registered or only cited: its fields, its
 * status on the chosen date and what made it so, the relations both ways, the procedures in
 * force citing it (the impact) and its review tasks. Reviewers and admins edit a registered
 * one, or register one only cited from its citation.
 */
export function DocumentScreen({
  number,
  at,
  onAtChange,
}: {
  number: string;
  at: IsoDate | undefined;
  onAtChange(date: IsoDate): void;
}) {
  const { t, language } = useI18n();
  const d = t.documents.detail;
  const [version, setVersion] = useState(0);
  const { load, retry } = useApiLoad(`${number}|${at ?? ''}|${version}`, (client, signal) =>
    documentDetail(client, number, at, signal),
  );
  const [written, setWritten] = useState<{ answer: DocumentWriteResponse; edited: boolean } | null>(null);
  const data = load.kind === 'ready' ? load.data : load.kind === 'loading' ? load.previous : null;
  const notFound = load.kind === 'failed' && isApiError(load.error) && load.error.status === 404;

  return (
    <div className="screen document">
      <p className="breadcrumb">
        <Link to="/documents">{d.back}</Link>
      </p>
      <h2 data-testid="document-heading">{d.heading(data?.row.number ?? number)}</h2>
      <div className="toolbar">
        <AsOfField value={at ?? todayInVietnam()} onChange={onAtChange} label={t.documents.statusOn} />
      </div>
      {written && (
        <DocumentWriteNotice
          answer={written.answer}
          edited={written.edited}
          onDismiss={() => setWritten(null)}
        />
      )}
      {load.kind === 'loading' && data === null && (
        <p className="muted" role="status">
          {t.app.loading}
        </p>
      )}
      {notFound && (
        <section className="panel empty" data-testid="document-not-found">
          <h3>{d.notFoundHeading}</h3>
          <p>{d.notFound(number)}</p>
          <Link to="/documents" className="button primary">
            {d.back}
          </Link>
        </section>
      )}
      {load.kind === 'failed' && !notFound && (
        <div className="error" role="alert" data-testid="document-error">
          <p>{d.loadFailed(errorMessage(load.error, language))}</p>
          <button type="button" onClick={retry}>
            {t.app.retry}
          </button>
        </div>
      )}
      {data !== null && (
        <DocumentBody
          detail={data}
          onSaved={(answer, edited) => {
            setWritten({ answer, edited });
            setVersion((n) => n + 1);
          }}
        />
      )}
    </div>
  );
}

function DocumentBody({
  detail,
  onSaved,
}: {
  detail: DocumentDetailResponse;
  onSaved(answer: DocumentWriteResponse, edited: boolean): void;
}) {
  const { t } = useI18n();
  const d = t.documents.detail;
  const kinds = t.documents.form.kinds;
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  const { row, at } = detail;
  const doc = row.document;
  const ref = row.citation;
  return (
    <>
      <section aria-labelledby="document-fields-heading" className="panel">
        <h3 id="document-fields-heading">{d.fields}</h3>
        <p data-testid="document-standing">
          {d.statusOn(at)}: <DocumentStatusBadge status={row.status} />
          {row.since && ` ${d.since(row.since)}`}
          {row.by && (
            <>
              {' '}
              {d.by} <DocumentLink number={row.by} />
            </>
          )}
        </p>
        {doc === null && <p className="notice">{d.citedOnlyNote}</p>}
        <dl className="fields">
          <dt>{t.documents.columns.type}</dt>
          <dd>{doc?.type ?? '—'}</dd>
          <dt>{t.documents.columns.title}</dt>
          <dd>{doc?.title || ref?.title || '—'}</dd>
          <dt>{t.documents.columns.issuer}</dt>
          <dd>{doc?.issuer ?? ref?.issuer ?? '—'}</dd>
          <dt>{t.documents.columns.issuedOn}</dt>
          <dd>{formatDate(doc?.issuedOn ?? ref?.issuedOn ?? null)}</dd>
          <dt>{t.documents.columns.effectiveOn}</dt>
          <dd>{formatDate(doc?.effectiveOn ?? null)}</dd>
          <dt>{t.documents.form.expiresOn}</dt>
          <dd>{formatDate(doc?.expiresOn ?? null)}</dd>
          {doc?.rawNumber && (
            <>
              <dt>{d.rawNumber}</dt>
              <dd>{doc.rawNumber}</dd>
            </>
          )}
        </dl>
        {can('legal.write') && (
          <button type="button" className="primary" onClick={() => setEditing(true)}>
            {doc === null ? t.documents.registerCited : d.edit}
          </button>
        )}
      </section>

      <section aria-labelledby="document-relations-heading">
        <h3 id="document-relations-heading">{t.documents.form.relations}</h3>
        <h4>{d.relationsOut}</h4>
        {doc === null || doc.relations.length === 0 ? (
          <p className="muted">{d.relationsNone}</p>
        ) : (
          <ul data-testid="relations-out">
            {doc.relations.map((relation) => (
              <li key={`${relation.kind}:${relation.target}`}>
                {kinds[relation.kind]} <DocumentLink number={relation.target} />
              </li>
            ))}
          </ul>
        )}
        <h4>{d.relationsIn}</h4>
        {detail.incoming.length === 0 ? (
          <p className="muted">{d.relationsNone}</p>
        ) : (
          <ul data-testid="relations-in">
            {detail.incoming.map((relation) => (
              <li key={`${relation.kind}:${relation.by}`}>
                {kinds[relation.kind]}: <DocumentLink number={relation.by} />
                {relation.byTitle && ` — ${relation.byTitle}`}
                {d.on(relation.on)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <ImpactTable procedures={detail.procedures} at={at} />
      <TaskList tasks={detail.tasks} number={row.number} />

      {editing && (
        <DocumentFormDialog
          initial={doc === null ? formFromCitation(row) : formFromDocument(doc)}
          editing={doc === null ? undefined : doc.number}
          onClose={() => setEditing(false)}
          onSaved={(answer) => {
            setEditing(false);
            onSaved(answer, doc !== null);
          }}
        />
      )}
    </>
  );
}

export function ProcedureLink({ procedure, at }: { procedure: ProcedureRef; at: IsoDate }) {
  const { t } = useI18n();
  return (
    <Link to="/procedures/$code" params={{ code: procedure.procedureId }} search={{ asOf: at }}>
      {procedure.code ?? t.documents.detail.noCode}
    </Link>
  );
}

function ImpactTable({ procedures, at }: { procedures: readonly ProcedureRef[]; at: IsoDate }) {
  const { t } = useI18n();
  const d = t.documents.detail;
  return (
    <section aria-labelledby="document-impact-heading">
      <h3 id="document-impact-heading">{d.impact(at)}</h3>
      {procedures.length === 0 ? (
        <p className="muted" data-testid="impact-empty">
          {d.impactNone}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="plain" data-testid="impact-table">
            <thead>
              <tr>
                <th scope="col">{d.procedureCode}</th>
                <th scope="col">{d.procedureName}</th>
                <th scope="col">{d.field}</th>
                <th scope="col">{d.agency}</th>
              </tr>
            </thead>
            <tbody>
              {procedures.map((procedure) => (
                <tr key={procedure.procedureId} data-testid="impact-row">
                  <td className="nowrap">
                    <ProcedureLink procedure={procedure} at={at} />
                  </td>
                  <td>{procedure.name}</td>
                  <td>{procedure.field ?? '—'}</td>
                  <td>{procedure.agency ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function TaskList({ tasks, number }: { tasks: readonly ReviewTaskView[]; number: string }) {
  const { t } = useI18n();
  const d = t.documents.detail;
  const kinds = t.documents.form.kinds;
  return (
    <section aria-labelledby="document-tasks-heading">
      <h3 id="document-tasks-heading">{d.tasks}</h3>
      {tasks.length === 0 ? (
        <p className="muted" data-testid="tasks-empty">
          {d.tasksNone}
        </p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="plain" data-testid="document-tasks">
              <thead>
                <tr>
                  <th scope="col">{d.taskProcedures}</th>
                  <th scope="col">{d.taskSource}</th>
                  <th scope="col">{d.taskState}</th>
                  <th scope="col">{d.taskDue}</th>
                  <th scope="col">{d.taskAssignee}</th>
                </tr>
              </thead>
              <tbody>
                {tasks.map((task) => (
                  <tr key={task.id} data-testid="document-task" data-state={task.state}>
                    <td>
                      {task.procedures.length === 0
                        ? '—'
                        : task.procedures.map((p) => `${p.code ?? d.noCode} ${p.name}`).join('; ')}
                    </td>
                    <td>
                      {task.kind === 'event' && task.triggeredBy && task.relation
                        ? d.event(kinds[task.relation], task.triggeredBy)
                        : task.campaignTitle
                          ? d.campaign(task.campaignTitle)
                          : '—'}
                    </td>
                    <td>{d.states[task.state]}</td>
                    <td className="nowrap" data-testid="task-due">
                      {task.dueOn === null ? d.noDue : formatDate(task.dueOn)}
                      {task.overdue && <span className="deadline deadline-overdue"> ({d.overdue})</span>}
                    </td>
                    <td>{task.assignee ?? <span className="muted">{d.unassigned}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <a href={reviewsHref(number)}>{d.allTasks}</a>
          </p>
        </>
      )}
    </section>
  );
}
