import type { DecisionDetailResponse, DecisionRevisionSummary } from '@niemyet/core';
import { useEffect, useId, useState } from 'react';
import { useApi } from '../../api/api-context';
import { listRevisions } from '../../api/decision-review';
import { errorMessage } from '../../api/error-messages';
import { formatDayTime } from '../../i18n/format';
import { useI18n } from '../../i18n/language';
import { RevisionDiff } from './RevisionDiff';

/**
 * Who approved which revision. An approval is bound to the content it approved (its revision
 * hash): once the content is edited it no longer counts, and shows as "đã phê duyệt phiên bản
 * N, nay đã sửa" with the changes since N, so the reviewer reads only what is new.
 * The revision numbers come from the saved revisions (the approval carries only the hash).
 */
export function ApprovalStatus({ detail }: { detail: DecisionDetailResponse }) {
  const { t, language } = useI18n();
  const m = t.review.approvals;
  const client = useApi();
  const { decision } = detail;
  const [revisions, setRevisions] = useState<DecisionRevisionSummary[] | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [open, setOpen] = useState<number | null>(null);
  const headingId = useId();

  useEffect(() => {
    // Asked again whenever the revision moves: the new one must be known to name it.
    void decision.revision;
    const controller = new AbortController();
    setFailed(null);
    listRevisions(client, decision.id, controller.signal)
      .then((found) => !controller.signal.aborted && setRevisions(found))
      .catch((cause) => !controller.signal.aborted && setFailed(cause));
    return () => controller.abort();
  }, [client, decision.id, decision.revision]);

  const revisionOf = (hash: string): number | null => {
    const matches = (revisions ?? []).filter((r) => r.revisionHash === hash);
    return matches.length > 0 ? matches[matches.length - 1]!.revision : null;
  };

  // Issuing records the number and dates as signed, which moves the hash on purpose: the
  // approvals of an issued decision are those it was issued with, never stale.
  const isStale = (hash: string) => decision.state !== 'issued' && hash !== decision.revisionHash;

  return (
    <section className="approval-status" aria-labelledby={headingId} data-testid="approval-status">
      <h3 id={headingId}>{m.heading}</h3>
      {decision.state !== 'draft' ? (
        <p className="muted" data-testid="sent-to">
          {decision.reviewers.length > 0 ? m.sentTo(decision.reviewers) : m.sentToAny}
        </p>
      ) : null}
      {decision.approvals.length === 0 ? <p>{m.none}</p> : null}
      {failed !== null ? <p className="error">{m.revisionsFailed(errorMessage(failed, language))}</p> : null}
      {decision.approvals.length > 0 ? (
        <ul className="approvals">
          {decision.approvals.map((approval) => {
            const revision = revisionOf(approval.revisionHash);
            const stale = isStale(approval.revisionHash);
            return (
              <li
                key={`${approval.reviewer}-${approval.at}`}
                data-testid="approval"
                data-reviewer={approval.reviewer}
                data-stale={stale}
              >
                <strong>{approval.reviewer}</strong> {stale ? m.stale(revision) : m.current(revision)}{' '}
                <span className="muted">({formatDayTime(approval.at)})</span>
                {approval.comment ? <blockquote>{approval.comment}</blockquote> : null}
                {stale ? <p className="muted">{m.staleNote}</p> : null}
                {stale && revision !== null ? (
                  <button
                    type="button"
                    aria-expanded={open === revision}
                    onClick={() => setOpen((current) => (current === revision ? null : revision))}
                    data-testid="show-approval-diff"
                  >
                    {open === revision ? m.hideDiff : m.showDiff(revision)}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {open !== null ? <RevisionDiff decisionId={decision.id} from={open} to={decision.revision} /> : null}
    </section>
  );
}
