import type { DecisionDetailResponse, TransitionBody } from '@niemyet/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useApi } from '../../api/api-context';
import { getDecisionDetail, postTransition, recordNationalDb } from '../../api/decision-review';
import { useI18n } from '../../i18n/language';
import { useSession } from '../../session/session-context';
import { ActionError } from './ActionError';
import { CommentDialog } from './CommentDialog';
import { IssueDialog } from './IssueDialog';
import { NationalDbDialog } from './NationalDbDialog';
import { SubmitDialog } from './SubmitDialog';

type Open = 'submit' | 'approve' | 'changes' | 'issue' | 'withdraw' | 'national-db' | null;

/**
 * The workflow buttons of one decision. Only what the server offers in `detail.transitions` is
 * shown (it decides roles, authorship and assigned reviewers: an author is never offered
 * "Phê duyệt"); the console adds only the explanation of a submission that validation blocks,
 * and, after issue, the national-database record. Every transition names the revision shown,
 * so acting on an outdated screen is refused (409) and the user is told to reload.
 */
export function DecisionActions({
  detail,
  onChanged,
}: {
  detail: DecisionDetailResponse;
  onChanged(detail: DecisionDetailResponse): void;
}) {
  const { t } = useI18n();
  const m = t.review.actions;
  const client = useApi();
  const session = useSession();
  const blockedId = useId();
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const { decision, transitions, validation } = detail;
  const offers = new Set(transitions);

  useEffect(() => {
    // The button that opened the dialog may be gone after the transition: the outcome takes focus.
    if (done) status.current?.focus();
  }, [done]);

  const finish = (next: DecisionDetailResponse, message: string) => {
    setOpen(null);
    setDone(message);
    onChanged(next);
  };

  const transition = async (body: Omit<TransitionBody, 'revision'>) => {
    const next = await postTransition(client, decision.id, { ...body, revision: decision.revision });
    finish(next, m.done[body.to]);
  };

  const reload = async () => {
    setReloading(true);
    setReloadError(null);
    try {
      const next = await getDecisionDetail(client, decision.id);
      setOpen(null);
      setDone(null);
      onChanged(next);
    } catch (cause) {
      setReloadError(cause);
    } finally {
      setReloading(false);
    }
  };

  const errors = validation.filter((issue) => issue.severity === 'error').length;
  const mayDraft = session.can('decisions.draft');
  const submitBlocked =
    !offers.has('in_review') &&
    mayDraft &&
    (decision.state === 'draft' || decision.state === 'changes_requested') &&
    errors > 0;
  const nationalDb = decision.state === 'issued' && session.can('decisions.issue');
  const recorded = decision.items.filter((item) => item.nationalDbOn !== null).length;
  const dialogProps = { onClose: () => setOpen(null), onReload: () => void reload(), reloading };
  const opener = (which: Exclude<Open, null>) => () => {
    setDone(null);
    setOpen(which);
  };

  const buttons = [
    offers.has('in_review') || submitBlocked ? (
      <button
        key="submit"
        type="button"
        className="primary"
        disabled={submitBlocked}
        aria-describedby={submitBlocked ? blockedId : undefined}
        onClick={opener('submit')}
        data-testid="action-submit"
      >
        {m.submit}
      </button>
    ) : null,
    offers.has('approved') ? (
      <button
        key="approve"
        type="button"
        className="primary"
        onClick={opener('approve')}
        data-testid="action-approve"
      >
        {m.approve}
      </button>
    ) : null,
    offers.has('changes_requested') ? (
      <button key="changes" type="button" onClick={opener('changes')} data-testid="action-request-changes">
        {m.requestChanges}
      </button>
    ) : null,
    offers.has('issued') ? (
      <button
        key="issue"
        type="button"
        className="primary"
        onClick={opener('issue')}
        data-testid="action-issue"
      >
        {m.issue}
      </button>
    ) : null,
    nationalDb ? (
      <button
        key="national-db"
        type="button"
        onClick={opener('national-db')}
        data-testid="action-national-db"
      >
        {m.nationalDb}
      </button>
    ) : null,
    offers.has('withdrawn') ? (
      <button key="withdraw" type="button" onClick={opener('withdraw')} data-testid="action-withdraw">
        {m.withdraw}
      </button>
    ) : null,
  ].filter(Boolean);

  return (
    <section className="decision-actions" aria-label={m.heading} data-testid="decision-actions">
      {buttons.length > 0 ? <div className="toolbar">{buttons}</div> : <p className="muted">{m.none}</p>}
      {submitBlocked ? (
        <p id={blockedId} className="error" data-testid="submit-blocked">
          {m.submitBlocked(errors)}
        </p>
      ) : null}
      {nationalDb ? (
        <p className="muted" data-testid="national-db-progress">
          {m.nationalDbProgress(recorded, decision.items.length)}
        </p>
      ) : null}
      {done ? (
        <p ref={status} tabIndex={-1} role="status" className="notice" data-testid="action-done">
          {done}
        </p>
      ) : null}
      <ActionError error={reloadError} />

      {open === 'submit' ? (
        <SubmitDialog
          author={decision.author}
          onSend={(reviewers, note) => transition({ to: 'in_review', reviewers, comment: note })}
          {...dialogProps}
        />
      ) : null}
      {open === 'approve' ? (
        <CommentDialog
          title={t.review.verdict.approveTitle(decision.revision)}
          label={t.review.verdict.approveNote}
          confirm={t.review.verdict.approveConfirm}
          testId="approve-dialog"
          onSend={(comment) => transition({ to: 'approved', comment })}
          {...dialogProps}
        />
      ) : null}
      {open === 'changes' ? (
        <CommentDialog
          title={t.review.verdict.changesTitle}
          label={t.review.verdict.changesNote}
          requiredMessage={t.review.verdict.changesRequired}
          confirm={t.review.verdict.changesConfirm}
          testId="request-changes-dialog"
          onSend={(comment) => transition({ to: 'changes_requested', comment })}
          {...dialogProps}
        />
      ) : null}
      {open === 'withdraw' ? (
        <CommentDialog
          title={t.review.verdict.withdrawTitle}
          label={t.review.verdict.withdrawNote}
          requiredMessage={t.review.verdict.withdrawRequired}
          warning={t.review.verdict.withdrawWarning}
          confirm={t.review.verdict.withdrawConfirm}
          testId="withdraw-dialog"
          onSend={(comment) => transition({ to: 'withdrawn', comment })}
          {...dialogProps}
        />
      ) : null}
      {open === 'issue' ? (
        <IssueDialog
          decision={decision}
          onSend={(record) =>
            transition({
              to: 'issued',
              number: record.number,
              signedOn: record.signedOn,
              effectiveOn: record.effectiveOn,
              ...(record.signer ? { signer: record.signer } : {}),
            })
          }
          {...dialogProps}
        />
      ) : null}
      {open === 'national-db' ? (
        <NationalDbDialog
          decision={decision}
          onSend={async (on, itemIds) => {
            const next = await recordNationalDb(client, decision.id, itemIds ? { on, itemIds } : { on });
            finish(next, m.done.nationalDb);
          }}
          {...dialogProps}
        />
      ) : null}
    </section>
  );
}
