import { Link, useRouterState } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { formatCount } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { useFirstContentShown } from '../shell/first-content';

/** How often the count is asked again while the user stays on one screen. */
export const OVERDUE_REFRESH_MS = 60_000;

/**
 * The navigation's "Rà soát" link, with the number of overdue tasks assigned to the user (the
 * server's `assignee=me&due=overdue`; one row asked for, only the total read). Asked again on
 * every navigation and every minute; hidden at 0; a failed count keeps the last one.
 */
export function ReviewsNavLink() {
  const { t } = useI18n();
  const client = useApi();
  const [overdue, setOverdue] = useState(0);
  const location = useRouterState({ select: (state) => state.location.pathname });

  // Asked once the screen's first content is painted (first-content.tsx); the API module comes then too.
  const shown = useFirstContentShown();

  useEffect(() => {
    if (!shown) return;
    void location;
    const controller = new AbortController();
    const ask = () =>
      import('../api/reviews')
        .then(({ listReviewTasks }) =>
          listReviewTasks(client, { assignee: 'me', due: 'overdue', limit: 1 }, controller.signal),
        )
        .then((page) => !controller.signal.aborted && setOverdue(page.total))
        .catch(() => {});
    void ask();
    const timer = setInterval(() => void ask(), OVERDUE_REFRESH_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [client, location, shown]);

  return (
    <Link to="/reviews" activeProps={{ className: 'active' }} data-testid="nav-reviews">
      {t.reviews.nav}
      {overdue > 0 && (
        <>
          {' '}
          <span className="nav-badge danger" data-testid="reviews-overdue-badge" aria-hidden="true">
            {formatCount(overdue)}
          </span>
          <span className="visually-hidden">({t.reviews.navOverdue(overdue)})</span>
        </>
      )}
    </Link>
  );
}
