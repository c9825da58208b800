import { type Decision, type DecisionComment, procedureFieldLabel } from '@niemyet/core';
import { formatDayTime } from '../../i18n/format';
import { useI18n } from '../../i18n/language';
import type { Messages } from '../../i18n/messages';
import { itemNumber } from './item-heading';

type TimelineEvent =
  | { kind: 'transition'; at: string; who: string; what: string; text: string | null; key: string }
  | { kind: 'approval'; at: string; who: string; what: string; text: string | null; key: string }
  | { kind: 'comment'; at: string; who: string; what: string; text: string; key: string };

/**
 * Everything that happened to a decision, oldest first: each state change, each approval and
 * each comment, with who, when (Vietnam time) and what they wrote.
 */
export function Timeline({
  decision,
  comments,
  revisions,
}: {
  decision: Decision;
  comments: readonly DecisionComment[];
  /** Revision numbers by hash, when known, to say which revision an approval was for. */
  revisions?: ReadonlyMap<string, number>;
}) {
  const { t, language } = useI18n();
  const m = t.review.timeline;
  const events = timelineEvents(decision, comments, t, language, revisions);
  return (
    <section className="timeline" aria-label={m.heading} data-testid="timeline">
      <h3>{m.heading}</h3>
      {events.length === 0 ? (
        <p className="muted">{m.empty}</p>
      ) : (
        <ol>
          {events.map((event) => (
            <li key={event.key} data-testid="timeline-event" data-kind={event.kind}>
              <time dateTime={event.at}>{formatDayTime(event.at)}</time> · <strong>{event.who}</strong> ·{' '}
              <span data-testid="timeline-what">{event.what}</span>
              {event.text ? <blockquote>{event.text}</blockquote> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function timelineEvents(
  decision: Decision,
  comments: readonly DecisionComment[],
  t: Messages,
  language: 'vi' | 'en',
  revisions?: ReadonlyMap<string, number>,
): TimelineEvent[] {
  const m = t.review.timeline;
  const events: TimelineEvent[] = [];
  decision.approvals.forEach((approval, index) => {
    events.push({
      kind: 'approval',
      at: approval.at,
      who: approval.reviewer,
      what: m.approval(revisions?.get(approval.revisionHash) ?? null),
      text: approval.comment,
      key: `a-${index}`,
    });
  });
  decision.transitions.forEach((transition, index) => {
    // An approval that does not complete the review leaves the state as it was: the approval says it.
    if (transition.from === transition.to) return;
    events.push({
      kind: 'transition',
      at: transition.at,
      who: transition.actor,
      what:
        transition.from === null
          ? m.created
          : m.moved(t.review.states[transition.from], t.review.states[transition.to]),
      text: transition.comment,
      key: `t-${index}`,
    });
  });
  for (const comment of comments) {
    const item = comment.itemId ? itemNumber(decision.items, comment.itemId) : null;
    const target = comment.field
      ? t.review.comments.onField(item ?? '', procedureFieldLabel(comment.field, language))
      : item
        ? t.review.comments.onItem(item)
        : t.review.comments.onDecision;
    events.push({
      kind: 'comment',
      at: comment.at,
      who: comment.author,
      what: `${m.comment} ${target} (${t.review.comments.onRevision(comment.revision)})`,
      text: comment.text,
      key: `c-${comment.id}`,
    });
  }
  // Stable: what happened at the same instant keeps its order of kind (an approval before the
  // state change it caused), as recorded.
  return events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => (a.event.at < b.event.at ? -1 : a.event.at > b.event.at ? 1 : a.order - b.order))
    .map(({ event }) => event);
}
