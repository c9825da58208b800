import { Link, useRouterState } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useApi } from '../../api/api-context';
import { formatCount } from '../../i18n/format';
import { useI18n } from '../../i18n/language';
import { useFirstContentShown } from '../../shell/first-content';

/** How often the count is asked again while the user stays on one screen. */
export const WAITING_REFRESH_MS = 60_000;

/**
 * The navigation's "Quyết định" link, with the number of decisions waiting on the user (the
 * server's `waiting=me`; one row asked for, only the total read). Asked again on every
 * navigation and every minute; hidden at 0. A failed count keeps the last one: the link
 * matters, the number is a hint.
 */
export function WaitingDecisionsLink() {
  const { t } = useI18n();
  const client = useApi();
  const [waiting, setWaiting] = useState(0);
  // The path, not the whole address: a catalogue search written to the address is no navigation.
  const location = useRouterState({ select: (state) => state.location.pathname });

  // Asked once the screen's first content is painted (first-content.tsx); the API module comes then too.
  const shown = useFirstContentShown();

  useEffect(() => {
    if (!shown) return;
    void location;
    const controller = new AbortController();
    const ask = () =>
      import('../../api/decisions')
        .then(({ listDecisions }) => listDecisions(client, { waiting: 'me', limit: 1 }, controller.signal))
        .then((page) => !controller.signal.aborted && setWaiting(page.total))
        .catch(() => {});
    void ask();
    const timer = setInterval(() => void ask(), WAITING_REFRESH_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [client, location, shown]);

  return (
    <Link to="/decisions" activeProps={{ className: 'active' }}>
      {t.decisionList.nav}
      {waiting > 0 && (
        <>
          {' '}
          <span className="nav-badge" data-testid="waiting-badge" aria-hidden="true">
            {formatCount(waiting)}
          </span>
          <span className="visually-hidden">({t.decisionList.waiting(waiting)})</span>
        </>
      )}
    </Link>
  );
}
