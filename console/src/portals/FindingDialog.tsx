import type { FindingDetailResponse, FindingPatch, Person, Sighting, Watch } from '@niemyet/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useApi } from '../api/api-context';
import { listPeople } from '../api/decision-review';
import { errorMessage } from '../api/error-messages';
import { getFinding, listWatches, patchFinding } from '../api/portal-watches';
import { Dialog } from '../decisions/review/Dialog';
import { TextAreaField } from '../decisions/review/form-fields';
import { FieldDiffList } from '../diff/FieldDiffView';
import { formatDayTime } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { useSession } from '../session/session-context';
import { FindingCode } from './FindingTable';
import { portalName } from './portal-name';

/**
 * One finding in a dialog: what it is, every sighting (the watch or the officer's extension
 * that saw it, when, on which page, the row's evidence and the field diffs), and for those who
 * triage (`findings.triage`) the actions the server allows from its state: assign, mark
 * reported, dismiss with a reason (required, as the server requires it), re-open. Each action
 * reads the finding again from the server, and tells the inbox to reload.
 */
export function FindingDialog({
  id,
  onClose,
  onChanged,
}: {
  id: string;
  onClose(): void;
  onChanged(): void;
}) {
  const { t, language } = useI18n();
  const m = t.portals.finding;
  const client = useApi();
  const [detail, setDetail] = useState<FindingDetailResponse | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [watches, setWatches] = useState<Watch[]>([]);

  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    setFailure(null);
    getFinding(client, id, controller.signal)
      .then((answer) => !controller.signal.aborted && setDetail(answer))
      .catch((cause) => !controller.signal.aborted && setFailure(cause));
    return () => controller.abort();
  }, [client, id, attempt]);

  useEffect(() => {
    const controller = new AbortController();
    // Only to name the watches of the sightings: their ids stand in without it.
    listWatches(client, controller.signal)
      .then((list) => !controller.signal.aborted && setWatches(list))
      .catch(() => {});
    return () => controller.abort();
  }, [client]);

  const finding = detail?.finding;
  return (
    <Dialog title={finding ? m.heading(finding.name) : m.loading} onClose={onClose} testId="finding-dialog">
      {failure !== null && (
        <div className="error" role="alert">
          <p>{t.portals.loadFailed(errorMessage(failure, language))}</p>
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            {t.portals.retry}
          </button>
        </div>
      )}
      {!detail && failure === null && (
        <p className="muted" role="status">
          {m.loading}
        </p>
      )}
      {detail && finding && (
        <>
          <dl className="facts" aria-label={m.facts}>
            <dt>{t.portals.columns.portal}</dt>
            <dd>{portalName(finding.portal)}</dd>
            <dt>{t.portals.columns.code}</dt>
            <dd>
              <FindingCode finding={finding} />
            </dd>
            <dt>{t.portals.columns.kind}</dt>
            <dd>
              <span className={`badge kind-${finding.kind}`}>{t.portals.kinds[finding.kind]}</span>
            </dd>
            <dt>{t.portals.columns.state}</dt>
            <dd data-testid="finding-state">
              {t.portals.states[finding.state]}
              {finding.reopened > 0 && <span className="muted"> · {m.reopenedTimes(finding.reopened)}</span>}
            </dd>
            <dt>{m.stateChanged}</dt>
            <dd>{m.stateBy(finding.stateChangedBy, formatDayTime(finding.stateChangedAt))}</dd>
            {finding.reason && (
              <>
                <dt>{m.reason}</dt>
                <dd data-testid="finding-reason">{finding.reason}</dd>
              </>
            )}
            <dt>{t.portals.columns.assignee}</dt>
            <dd data-testid="finding-assignee">{finding.assignee ?? t.portals.unassigned}</dd>
            <dt>{t.portals.columns.firstSeen}</dt>
            <dd>{formatDayTime(finding.firstSeenAt)}</dd>
            <dt>{t.portals.columns.lastSeen}</dt>
            <dd>{formatDayTime(finding.lastSeenAt)}</dd>
            {finding.agency && (
              <>
                <dt>{t.portals.filter.agency}</dt>
                <dd>{finding.agency}</dd>
              </>
            )}
            {finding.field && (
              <>
                <dt>{t.portals.filter.field}</dt>
                <dd>{finding.field}</dd>
              </>
            )}
          </dl>
          <Triage
            detail={detail}
            onSaved={() => {
              setAttempt((n) => n + 1);
              onChanged();
            }}
          />
          <section aria-labelledby="finding-sightings-heading">
            <h3 id="finding-sightings-heading">{m.sightingsHeading(detail.sightings.length)}</h3>
            {detail.sightings.length === 0 ? (
              <p className="muted">{m.noSightings}</p>
            ) : (
              <ol className="sightings">
                {detail.sightings.map((sighting) => (
                  <SightingItem
                    key={`${sighting.at}|${sighting.source}|${sighting.runId ?? sighting.reportedBy ?? ''}|${sighting.url ?? ''}`}
                    sighting={sighting}
                    watches={watches}
                  />
                ))}
              </ol>
            )}
          </section>
        </>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} data-testid="finding-close">
          {m.close}
        </button>
      </div>
    </Dialog>
  );
}

function SightingItem({ sighting, watches }: { sighting: Sighting; watches: readonly Watch[] }) {
  const { t } = useI18n();
  const m = t.portals.finding;
  const watch = watches.find((w) => w.id === sighting.watchId);
  const source =
    sighting.source === 'watch'
      ? m.sourceWatch(watch?.name ?? sighting.watchId ?? '')
      : m.sourceExtension(sighting.reportedBy);
  const url = sighting.url ?? sighting.evidence?.url ?? null;
  return (
    <li className="sighting" data-testid="sighting">
      <p>
        <strong>{source}</strong> · {formatDayTime(sighting.at)}
        {url && (
          <>
            {' · '}
            {/* Only web addresses become links: a portal's page never runs script in the console. */}
            {/^https?:\/\//i.test(url) ? (
              <a href={url} target="_blank" rel="noopener noreferrer">
                {url}
              </a>
            ) : (
              <span>{url}</span>
            )}
          </>
        )}
      </p>
      {sighting.evidence && (
        <figure className="evidence">
          <figcaption className="muted">{m.evidence}</figcaption>
          <blockquote data-testid="sighting-evidence">{sighting.evidence.text}</blockquote>
        </figure>
      )}
      <FieldDiffList diffs={sighting.diffs} testId="sighting-diff" />
    </li>
  );
}

/** The actions on the finding that the user's role and the finding's state allow. */
function Triage({ detail, onSaved }: { detail: FindingDetailResponse; onSaved(): void }) {
  const { t, language } = useI18n();
  const m = t.portals.finding;
  const client = useApi();
  const { can } = useSession();
  const allowed = can('findings.triage');
  const { finding } = detail;
  const [people, setPeople] = useState<Person[] | null>(null);
  const [peopleFailed, setPeopleFailed] = useState(false);
  const [assignee, setAssignee] = useState(finding.assignee ?? '');
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonProblem, setReasonProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; error: unknown } | null>(null);
  const assigneeId = useId();
  const dismissForm = useRef<HTMLFormElement>(null);

  // The reason field takes the focus when it appears: the keyboard goes on where the eyes do.
  useEffect(() => {
    if (dismissing) dismissForm.current?.querySelector('textarea')?.focus();
  }, [dismissing]);
  useEffect(() => setAssignee(finding.assignee ?? ''), [finding.assignee]);
  useEffect(() => {
    if (!allowed) return;
    const controller = new AbortController();
    listPeople(client, controller.signal)
      .then((list) => !controller.signal.aborted && setPeople(list))
      .catch(() => !controller.signal.aborted && setPeopleFailed(true));
    return () => controller.abort();
  }, [client, allowed]);

  if (!allowed)
    return (
      <p className="muted" data-testid="finding-read-only">
        {m.readOnly}
      </p>
    );

  const send = async (patch: FindingPatch) => {
    setSending(true);
    setOutcome(null);
    try {
      await patchFinding(client, finding.id, patch);
      setOutcome({ ok: true });
      setDismissing(false);
      setReason('');
      onSaved();
    } catch (error) {
      setOutcome({ ok: false, error });
    } finally {
      setSending(false);
    }
  };

  const assign = (event: FormEvent) => {
    event.preventDefault();
    if ((assignee || null) !== finding.assignee) void send({ assignee: assignee || null });
  };

  const dismiss = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setReasonProblem(m.reasonRequired);
      return;
    }
    setReasonProblem(null);
    void send({ state: 'dismissed', reason: reason.trim() });
  };

  const choices = [
    ...new Set([...(finding.assignee ? [finding.assignee] : []), ...(people ?? []).map((p) => p.username)]),
  ];
  const closed = finding.state === 'dismissed' || finding.state === 'fixed';

  return (
    <section className="panel triage" aria-labelledby="finding-triage-heading">
      <h3 id="finding-triage-heading">{m.triage}</h3>
      <form className="inline" onSubmit={assign}>
        <div className="field">
          <label htmlFor={assigneeId}>{m.assign}</label>
          <select
            id={assigneeId}
            data-testid="finding-assign-select"
            value={assignee}
            onChange={(event) => setAssignee(event.target.value)}
          >
            <option value="">{t.portals.unassigned}</option>
            {choices.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          {peopleFailed && <p className="muted small">{m.peopleFailed}</p>}
        </div>
        <button type="submit" className="secondary" disabled={sending} data-testid="finding-assign">
          {m.assignSave}
        </button>
      </form>
      <div className="inline">
        {finding.state === 'open' && (
          <button
            type="button"
            className="secondary"
            disabled={sending}
            data-testid="finding-mark-reported"
            onClick={() => void send({ state: 'reported' })}
          >
            {m.markReported}
          </button>
        )}
        {!closed && !dismissing && (
          <button
            type="button"
            className="secondary"
            disabled={sending}
            data-testid="finding-dismiss"
            onClick={() => setDismissing(true)}
          >
            {m.dismiss}
          </button>
        )}
        {closed && (
          <button
            type="button"
            className="secondary"
            disabled={sending}
            data-testid="finding-reopen"
            onClick={() => void send({ state: 'open' })}
          >
            {m.reopen}
          </button>
        )}
      </div>
      {dismissing && (
        <form ref={dismissForm} onSubmit={dismiss} noValidate data-testid="finding-dismiss-form">
          <TextAreaField
            label={m.dismissReason}
            value={reason}
            onChange={setReason}
            required
            error={reasonProblem}
            testId="finding-dismiss-reason"
          />
          <div className="inline">
            <button
              type="submit"
              className="primary"
              disabled={sending}
              data-testid="finding-dismiss-confirm"
            >
              {sending ? m.saving : m.dismissConfirm}
            </button>
            <button
              type="button"
              onClick={() => {
                setDismissing(false);
                setReasonProblem(null);
              }}
            >
              {m.cancel}
            </button>
          </div>
        </form>
      )}
      {sending && (
        <p className="muted" role="status">
          {m.saving}
        </p>
      )}
      {outcome?.ok === true && (
        <p className="notice" role="status" data-testid="finding-saved">
          {m.saved}
        </p>
      )}
      {outcome?.ok === false && (
        <p className="error" role="alert" data-testid="finding-save-error">
          {m.saveFailed(errorMessage(outcome.error, language))}
        </p>
      )}
    </section>
  );
}
