import {
  addDays,
  type DecisionDetailResponse,
  type DecisionItem,
  type FieldDiff,
  type ProcedureFieldName,
  type ProcedureVersion,
  procedureFieldLabel,
  todayInVietnam,
} from '@niemyet/core';
import { useId, useState } from 'react';
import { errorMessage } from '../../api/error-messages';
import { FieldDiffValue, useFieldDiffs } from '../../diff/FieldDiffView';
import { useI18n } from '../../i18n/language';
import { ApprovalStatus } from './ApprovalStatus';
import { CommentThread } from './CommentThread';
import { DecisionActions } from './DecisionActions';
import { itemHeading } from './item-heading';
import { type InForceLoad, useCatalogueInForce } from './use-catalogue-in-force';
import type { CommentsState } from './use-comments';

/**
 * The reviewer's view of a decision: each item with its proposed change against the version in
 * force when the decision takes effect, a comment thread per item and per changed field, the
 * validation issues, the approvals and the verdict. Everything is a real button, link or field
 * in reading order, so a review can be done with the keyboard alone.
 */
export function ReviewScreen({
  detail,
  comments,
  onChanged,
}: {
  detail: DecisionDetailResponse;
  /** The decision's comments (`useComments(decision.id)`), shared with the timeline. */
  comments: CommentsState;
  onChanged(detail: DecisionDetailResponse): void;
}) {
  const { t, language } = useI18n();
  const m = t.review.review;
  const { decision, validation, transitions } = detail;
  const [attempt, setAttempt] = useState(0);
  // An issued decision is itself in the catalogue from its effective date: compare with the day before.
  const planned = decision.effectiveOn ?? todayInVietnam();
  const against = decision.state === 'issued' ? addDays(planned, -1) : planned;
  const inForce = useCatalogueInForce(against, attempt);
  const readOnly = decision.state === 'issued' || decision.state === 'withdrawn';
  const verdictOffered = transitions.includes('approved') || transitions.includes('changes_requested');
  const itemsHeading = useId();

  return (
    <div className="review-screen screen" data-testid="review-screen">
      <h2>{m.heading}</h2>
      <p className="muted">{m.intro(decision.revision)}</p>

      <section aria-labelledby={`${itemsHeading}-v`} data-testid="validation">
        <h3 id={`${itemsHeading}-v`}>{m.validation}</h3>
        {validation.length === 0 ? (
          <p>{m.noIssues}</p>
        ) : (
          <ul>
            {validation.map((issue) => {
              const item = issue.itemId ? decision.items.findIndex((i) => i.id === issue.itemId) : -1;
              return (
                <li
                  key={`${issue.severity}:${issue.code}:${issue.itemId ?? ''}:${issue.message}`}
                  className={issue.severity === 'error' ? 'error' : undefined}
                  data-severity={issue.severity}
                >
                  <strong>{issue.severity === 'error' ? m.error : m.warning}:</strong>{' '}
                  {item >= 0 ? `${itemHeading(t, item, decision.items[item]!)} — ` : ''}
                  {issue.message}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby={itemsHeading}>
        <h3 id={itemsHeading}>{m.items(decision.items.length)}</h3>
        <p className="muted">{m.against(against)}</p>
        {inForce.kind === 'loading' ? (
          <p className="muted" role="status">
            {m.catalogueLoading}
          </p>
        ) : null}
        {inForce.kind === 'failed' ? (
          <div className="notice" role="alert">
            <p>{m.catalogueFailed(errorMessage(inForce.error, language))}</p>
            <button type="button" onClick={() => setAttempt((n) => n + 1)}>
              {m.catalogueRetry}
            </button>
          </div>
        ) : null}
        {decision.items.length === 0 ? <p>{m.noItems}</p> : null}
        {decision.items.map((item, index) => (
          <ReviewItem
            key={item.id}
            index={index}
            item={item}
            inForce={inForce}
            decisionId={decision.id}
            revision={decision.revision}
            comments={comments}
            readOnly={readOnly}
          />
        ))}
      </section>

      <section aria-labelledby={`${itemsHeading}-c`}>
        <h3 id={`${itemsHeading}-c`}>{m.decisionComments}</h3>
        <CommentsLoad comments={comments} />
        <CommentThread
          decisionId={decision.id}
          revision={decision.revision}
          itemId={null}
          field={null}
          comments={comments.comments}
          onPosted={comments.add}
          readOnly={readOnly}
        />
      </section>

      <ApprovalStatus detail={detail} />

      <section aria-labelledby={`${itemsHeading}-verdict`} data-testid="verdict">
        <h3 id={`${itemsHeading}-verdict`}>{m.verdict}</h3>
        {verdictOffered ? null : <p className="muted">{m.noVerdict}</p>}
        <DecisionActions detail={detail} onChanged={onChanged} />
      </section>
    </div>
  );
}

function CommentsLoad({ comments }: { comments: CommentsState }) {
  const { t, language } = useI18n();
  const m = t.review.comments;
  if (comments.loading)
    return (
      <p className="muted" role="status">
        {m.loading}
      </p>
    );
  if (comments.error === null) return null;
  return (
    <div className="notice" role="alert">
      <p>{m.failed(errorMessage(comments.error, language))}</p>
      <button type="button" onClick={comments.reload}>
        {m.retry}
      </button>
    </div>
  );
}

const NOTHING: Partial<Record<ProcedureFieldName, never>> = {};

function ReviewItem({
  index,
  item,
  inForce,
  decisionId,
  revision,
  comments,
  readOnly,
}: {
  index: number;
  item: DecisionItem;
  inForce: InForceLoad;
  decisionId: string;
  revision: number;
  comments: CommentsState;
  readOnly: boolean;
}) {
  const { t, language } = useI18n();
  const m = t.review.review;
  const headingId = useId();
  const current: ProcedureVersion | null =
    inForce.kind === 'ready' ? (inForce.versions.get(item.procedureId) ?? null) : null;
  // A new procedure is compared with nothing; an amendment with the version in force (only the
  // fields it changes are compared); an abolition changes no field.
  const before = item.action === 'new' ? null : current;
  const after = item.action === 'abolished' ? NOTHING : item.changes;
  const computed = useFieldDiffs(before, after);
  // Until the version in force arrives an amendment would read as a new procedure: show nothing yet.
  const waiting = item.action === 'amended' && inForce.kind === 'loading';
  const diffs = waiting ? [] : computed;
  const missing = item.action !== 'new' && inForce.kind === 'ready' && current === null;
  // Comments on a field this revision no longer changes (edited back, or dropped): still shown,
  // under their field, so an edit never hides what a reviewer said.
  const shown = new Set(diffs.map((diff) => diff.field));
  const otherFields = [
    ...new Set(
      comments.comments
        .filter((c) => c.itemId === item.id && c.field !== null && !shown.has(c.field))
        .map((c) => c.field as ProcedureFieldName),
    ),
  ];

  return (
    <article
      className="review-item panel"
      aria-labelledby={headingId}
      data-testid="review-item"
      data-item={item.id}
    >
      <h4 id={headingId}>{itemHeading(t, index, item)}</h4>
      <p>
        <strong>{t.review.itemActions[item.action]}</strong>
        {item.reason ? (
          <>
            {' '}
            · {m.reason}: {item.reason}
          </>
        ) : null}
      </p>
      {missing ? <p className="error">{m.notInForce}</p> : null}
      {item.action === 'abolished' ? <p>{m.abolished}</p> : null}
      {item.action !== 'abolished' && !waiting && diffs.length === 0 ? (
        <p className="muted">{m.noChanges}</p>
      ) : null}
      {diffs.length > 0 ? (
        <dl className="field-diffs">
          {diffs.map((diff) => (
            <FieldWithComments
              key={diff.field}
              diff={diff}
              decisionId={decisionId}
              revision={revision}
              itemId={item.id}
              itemLabel={String(index + 1)}
              comments={comments}
              readOnly={readOnly}
            />
          ))}
        </dl>
      ) : null}
      {waiting
        ? null
        : otherFields.map((field) => (
            <div
              key={field}
              className="other-field-comments"
              data-testid="other-field-comments"
              data-field={field}
            >
              <h5>{m.commentOnField(procedureFieldLabel(field, language), 0)}</h5>
              <CommentThread
                decisionId={decisionId}
                revision={revision}
                itemId={item.id}
                field={field}
                comments={comments.comments}
                onPosted={comments.add}
                readOnly={readOnly}
                itemLabel={String(index + 1)}
              />
            </div>
          ))}
      <h5>{m.itemComments}</h5>
      <CommentThread
        decisionId={decisionId}
        revision={revision}
        itemId={item.id}
        field={null}
        comments={comments.comments}
        onPosted={comments.add}
        readOnly={readOnly}
        itemLabel={String(index + 1)}
      />
    </article>
  );
}

function FieldWithComments({
  diff,
  decisionId,
  revision,
  itemId,
  itemLabel,
  comments,
  readOnly,
}: {
  diff: FieldDiff;
  decisionId: string;
  revision: number;
  itemId: string;
  itemLabel: string;
  comments: CommentsState;
  readOnly: boolean;
}) {
  const { language, t } = useI18n();
  const label = procedureFieldLabel(diff.field, language);
  const count = comments.comments.filter((c) => c.itemId === itemId && c.field === diff.field).length;
  // A field others commented on opens with its thread (the comments arrive after the screen);
  // once the user opens or closes it, their choice holds.
  const [toggled, setToggled] = useState<boolean | null>(null);
  const open = toggled ?? count > 0;
  const threadId = useId();
  return (
    <div className="field-diff" data-testid="field-diff" data-field={diff.field}>
      <dt>{label}</dt>
      <dd>
        <FieldDiffValue diff={diff} />
        <p className="visually-hidden">{t.diff.legend}</p>
        <div>
          <button
            type="button"
            className="secondary"
            aria-expanded={open}
            aria-controls={threadId}
            onClick={() => setToggled(!open)}
            data-testid="field-comments-toggle"
          >
            {t.review.review.commentOnField(label, count)}
          </button>
        </div>
        {open ? (
          <div id={threadId}>
            <CommentThread
              decisionId={decisionId}
              revision={revision}
              itemId={itemId}
              field={diff.field}
              comments={comments.comments}
              onPosted={comments.add}
              readOnly={readOnly}
              itemLabel={itemLabel}
            />
          </div>
        ) : null}
      </dd>
    </div>
  );
}
