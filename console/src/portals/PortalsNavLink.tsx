import { Link, useRouterState } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { formatCount } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { useFirstContentShown } from '../shell/first-content';

/** How often the count is asked again while the user stays on one screen. */
export const MY_FINDINGS_REFRESH_MS = 60_000;

/**
 * The navigation's "Cổng dịch vụ công" link, with the number of open findings assigned to the
 * user (the server's `assignee=me&state=open`; one row asked for, only the total read). Asked
 * again on every navigation and every minute; hidden at 0; a failed count keeps the last one.
 */
export function PortalsNavLink() {
  const { t } = useI18n();
  const client = useApi();
  const [mine, setMine] = useState(0);
  const location = useRouterState({ select: (state) => state.location.pathname });

  // Asked once the screen's first content is painted (first-content.tsx); the API module comes then too.
  const shown = useFirstContentShown();

  useEffect(() => {
    if (!shown) return;
    void location;
    const controller = new AbortController();
    const ask = () =>
      import('../api/portal-watches')
        .then(({ listFindings }) =>
          listFindings(client, { assignee: 'me', state: 'open' }, { limit: 1, offset: 0 }, controller.signal),
        )
        .then((page) => !controller.signal.aborted && setMine(page.total))
        .catch(() => {});
    void ask();
    const timer = setInterval(() => void ask(), MY_FINDINGS_REFRESH_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [client, location, shown]);

  return (
    <Link
      to="/portals"
      activeOptions={{ includeSearch: false }}
      activeProps={{ className: 'active' }}
      data-testid="nav-portals"
    >
      {t.portals.nav}
      {mine > 0 && (
        <>
          {' '}
          <span className="nav-badge" data-testid="portals-mine-badge" aria-hidden="true">
            {formatCount(mine)}
          </span>
          <span className="visually-hidden">({t.portals.navMine(mine)})</span>
        </>
      )}
    </Link>
  );
}
