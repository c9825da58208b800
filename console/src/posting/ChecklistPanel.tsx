import { type RepostingAction, RepostingActionSchema, type RepostingItem } from '@niemyet/core';
import { useState } from 'react';
import { useApi } from '../api/api-context';
import { ApiError } from '../api/api-error';
import { errorMessage } from '../api/error-messages';
import { getChecklist, markChecklistDone } from '../api/posting';
import { formatCount } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { RemoteStatus } from '../reviews/RemoteStatus';
import { shown, useRemote } from '../reviews/use-remote';
import { useSession } from '../session/session-context';
import { ChecklistItemView, UpcomingItemView } from './ChecklistItemView';
import { ConfirmRecordDialog } from './ConfirmRecordDialog';
import { DoneRecords } from './DoneRecords';
import { OfficeDeadline } from './OfficeDeadline';
import { announcePostingChanged } from './posting-events';

const ACTIONS = RepostingActionSchema.options;
const keyOf = (item: Pick<RepostingItem, 'action' | 'procedureId'>) => `${item.action}|${item.procedureId}`;

type Pending = { items: RepostingItem[]; message: string } | null;

/**
 * An office's re-posting checklist (the server's difference between what it posted and the
 * catalogue in force): Gỡ xuống / Thay thế / Bổ sung, each item chosen and marked done by
 * those who record re-posting (`posting.record`) after a confirmation naming the count. A
 * checklist that changed meanwhile (409 `checklist-changed`) is said and read again. An
 * office that never posted can record its whole first list at once. Then what is coming
 * (decisions issued, not yet in effect) and who did what when.
 */
export function ChecklistPanel({ officeId }: { officeId: string }) {
  const { t, language } = useI18n();
  const m = t.posting.checklist;
  const client = useApi();
  const { can } = useSession();
  const record = can('posting.record');
  const { remote, reload } = useRemote(
    (c, signal) => getChecklist(c, officeId, signal),
    `checklist:${officeId}`,
  );
  const checklist = shown(remote);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [pending, setPending] = useState<Pending>(null);
  const [sending, setSending] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const toggle = (item: RepostingItem, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(keyOf(item));
      else next.delete(keyOf(item));
      return next;
    });

  const send = async (items: RepostingItem[]) => {
    if (!checklist) return;
    setSending(true);
    setNotice(null);
    setFailure(null);
    try {
      await markChecklistDone(client, officeId, {
        // Done against the day the list was read: the items shown are the ones pending then.
        at: checklist.at,
        items: items.map(({ procedureId, action }) => ({ procedureId, action })),
      });
      setNotice(m.recorded(items.length));
      announcePostingChanged();
    } catch (cause) {
      const said = errorMessage(cause, language);
      setFailure(
        cause instanceof ApiError && cause.code === 'checklist-changed'
          ? m.changedReloaded(said)
          : m.failed(said),
      );
    } finally {
      setSending(false);
      setPending(null);
      setSelected(new Set());
      reload();
    }
  };

  if (!checklist) return <RemoteStatus remote={remote} onRetry={reload} />;
  const chosen = checklist.items.filter((item) => selected.has(keyOf(item)));
  const adds = checklist.items.filter((item) => item.action === 'add');

  return (
    <div className="posting-checklist" data-testid="checklist-panel">
      <RemoteStatus remote={remote} onRetry={reload} />
      <section className="posting-status" aria-labelledby="posting-status-heading">
        <h3 id="posting-status-heading">{m.status}</h3>
        <p>
          <OfficeDeadline office={checklist} />
          {checklist.pendingSince && (
            <span className="muted" data-testid="checklist-open">
              {' '}
              {t.posting.deadline.since(checklist.pendingSince)} ·{' '}
              {t.posting.deadline.openDays(checklist.workingDaysOpen)}
            </span>
          )}
        </p>
        {checklist.deadline && (
          <p className="muted small">
            {t.posting.deadline.rule(checklist.deadline.workingDays, checklist.deadline.source)}
          </p>
        )}
      </section>
      {notice && (
        <p className="notice" role="status" data-testid="checklist-notice">
          {notice}
        </p>
      )}
      {failure && (
        <p className="error" role="alert" data-testid="checklist-error">
          {failure}
        </p>
      )}
      {!record && checklist.items.length > 0 && <p className="muted">{m.readOnly}</p>}
      {checklist.neverPosted && adds.length > 0 && (
        <div className="notice posting-never" data-testid="never-posted">
          <p>{m.neverPosted}</p>
          {record && (
            <button
              type="button"
              className="primary"
              data-testid="post-all"
              disabled={sending}
              onClick={() => setPending({ items: adds, message: m.postAllConfirm(adds.length) })}
            >
              {m.postAll(adds.length)}
            </button>
          )}
        </div>
      )}
      <section aria-labelledby="posting-checklist-heading">
        <h3 id="posting-checklist-heading">{m.heading}</h3>
        {checklist.items.length === 0 ? (
          <p className="muted" data-testid="checklist-empty">
            {m.empty}
          </p>
        ) : (
          <>
            {record && (
              <div className="inline checklist-toolbar">
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setSelected(new Set(checklist.items.map(keyOf)))}
                >
                  {m.chooseAll}
                </button>
                <button type="button" className="secondary" onClick={() => setSelected(new Set())}>
                  {m.chooseNone}
                </button>
                <button
                  type="button"
                  className="primary"
                  data-testid="mark-done"
                  disabled={chosen.length === 0 || sending}
                  onClick={() => setPending({ items: chosen, message: m.confirm(chosen.length) })}
                >
                  {m.markDone(chosen.length)}
                </button>
                {chosen.length === 0 && <span className="muted small">{m.chooseFirst}</span>}
              </div>
            )}
            {ACTIONS.map((action) => (
              <ChecklistSection
                key={action}
                action={action}
                items={checklist.items.filter((item) => item.action === action)}
                count={checklist.counts[action]}
                selected={record ? selected : null}
                onToggle={toggle}
              />
            ))}
          </>
        )}
      </section>
      <section className="posting-upcoming" aria-labelledby="posting-upcoming-heading">
        <h3 id="posting-upcoming-heading">{m.upcomingHeading}</h3>
        {checklist.upcoming.length === 0 ? (
          <p className="muted">{m.upcomingEmpty}</p>
        ) : (
          <>
            <p className="muted small">{m.upcomingIntro}</p>
            <ul className="checklist-items">
              {checklist.upcoming.map((item) => (
                <UpcomingItemView key={keyOf(item)} item={item} />
              ))}
            </ul>
          </>
        )}
      </section>
      <DoneRecords records={checklist.done} />
      {pending && (
        <ConfirmRecordDialog
          count={pending.items.length}
          message={pending.message}
          sending={sending}
          onConfirm={() => void send(pending.items)}
          onClose={() => setPending(null)}
        />
      )}
    </div>
  );
}

function ChecklistSection({
  action,
  items,
  count,
  selected,
  onToggle,
}: {
  action: RepostingAction;
  items: RepostingItem[];
  count: number;
  /** Null when the user may only read. */
  selected: ReadonlySet<string> | null;
  onToggle(item: RepostingItem, on: boolean): void;
}) {
  const { t } = useI18n();
  const m = t.posting.checklist;
  const headingId = `checklist-${action}`;
  return (
    <section
      className={`checklist-section ${action}`}
      aria-labelledby={headingId}
      data-testid={`section-${action}`}
    >
      <h4 id={headingId}>
        {t.posting.actions[action]} ({formatCount(count)})
      </h4>
      {items.length === 0 ? (
        <p className="muted small">{m.sectionEmpty}</p>
      ) : (
        <>
          <p className="muted small">{m.explainAction[action]}</p>
          <ul className="checklist-items">
            {items.map((item) => (
              <ChecklistItemView
                key={keyOf(item)}
                item={item}
                checked={selected?.has(keyOf(item))}
                onToggle={selected ? (on) => onToggle(item, on) : undefined}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
