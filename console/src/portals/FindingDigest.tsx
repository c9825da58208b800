import type { Finding, FindingDigestResponse } from '@niemyet/core';
import { errorMessage } from '../api/error-messages';
import { getFindingDigest } from '../api/portal-watches';
import { useI18n } from '../i18n/language';
import { shown, useRemote } from '../reviews/use-remote';

/**
 * The daily digest at the top of the inbox: today's new and re-opened findings (Vietnam's day,
 * the server's count) per assignee, each a button that opens the finding. A failed digest says
 * so in one line and leaves the inbox usable.
 */
export function FindingDigest({ onOpen, refresh }: { onOpen(id: string): void; refresh: number }) {
  const { t, language } = useI18n();
  const m = t.portals.digest;
  const { remote } = useRemote(
    (client, signal) => getFindingDigest(client, undefined, signal),
    `digest-${refresh}`,
  );
  const digest = shown(remote);
  if (remote.kind === 'failed')
    return (
      <p className="muted" data-testid="finding-digest-failed">
        {t.portals.loadFailed(errorMessage(remote.error, language))}
      </p>
    );
  if (!digest) return null;
  const groups = digest.byAssignee.filter((group) => openedOf(group) + reopenedOf(group) > 0);
  return (
    <section
      className="panel finding-digest"
      aria-labelledby="finding-digest-heading"
      data-testid="finding-digest"
    >
      <h3 id="finding-digest-heading">{m.heading(digest.date)}</h3>
      {groups.length === 0 ? (
        <p className="muted">{m.empty}</p>
      ) : (
        <ul className="digest-list">
          {groups.map((group) => (
            <DigestGroup key={group.assignee ?? ''} group={group} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </section>
  );
}

function DigestGroup({
  group,
  onOpen,
}: {
  group: FindingDigestResponse['byAssignee'][number];
  onOpen(id: string): void;
}) {
  const { t } = useI18n();
  const m = t.portals.digest;
  const who = group.assignee ?? t.portals.unassigned;
  return (
    <li data-testid="digest-group" data-assignee={group.assignee ?? ''}>
      <strong>{who}</strong>: {m.opened(openedOf(group))}, {m.reopened(reopenedOf(group))}
      <DigestPart heading={m.newHeading} findings={group.opened} total={openedOf(group)} onOpen={onOpen} />
      <DigestPart
        heading={m.reopenedHeading}
        findings={group.reopened}
        total={reopenedOf(group)}
        onOpen={onOpen}
      />
    </li>
  );
}

type DigestGroupData = FindingDigestResponse['byAssignee'][number];
/** The server lists a few findings of each kind and counts them all (older servers: the whole list). */
const openedOf = (group: DigestGroupData) => group.openedCount ?? group.opened.length;
const reopenedOf = (group: DigestGroupData) => group.reopenedCount ?? group.reopened.length;

function DigestPart({
  heading,
  findings,
  total,
  onOpen,
}: {
  heading: string;
  findings: readonly Finding[];
  total: number;
  onOpen(id: string): void;
}) {
  const { t } = useI18n();
  if (findings.length === 0) return null;
  return (
    <div className="digest-part">
      <span className="muted">{heading}: </span>
      {findings.map((finding, index) => (
        <span key={finding.id}>
          {index > 0 && ', '}
          <button type="button" className="link-button" onClick={() => onOpen(finding.id)}>
            {finding.code ?? finding.name}
          </button>{' '}
          <span className="muted">({t.portals.kinds[finding.kind]})</span>
        </span>
      ))}
      {total > findings.length && (
        <span className="muted" data-testid="digest-more">
          {' '}
          {t.portals.digest.more(total - findings.length)}
        </span>
      )}
    </div>
  );
}
