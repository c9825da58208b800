import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { formatCount } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { useFirstContentShown } from '../shell/first-content';
import { POSTING_CHANGED_EVENT } from './posting-events';

/** How often the overdue count is asked again while the console stays open. */
export const OVERDUE_REFRESH_MS = 5 * 60_000;

/**
 * The navigation's «Niêm yết» link, with the number of offices past their re-posting deadline.
 * GET /api/offices computes every office's checklist, so it is asked once when the console
 * opens, every few minutes, and when posting changes here — not on every navigation. Hidden
 * at 0; a failed count keeps the last one.
 */
export function PostingNavLink() {
  const { t } = useI18n();
  const client = useApi();
  const [overdue, setOverdue] = useState(0);

  // Asked once the screen's first content is painted (first-content.tsx); the API module comes then too.
  const shown = useFirstContentShown();

  useEffect(() => {
    if (!shown) return;
    const controller = new AbortController();
    const ask = () =>
      import('../api/posting')
        .then(({ listOffices }) => listOffices(client, controller.signal))
        .then(
          (answer) =>
            !controller.signal.aborted &&
            setOverdue(answer.offices.filter((office) => office.deadline?.overdue).length),
        )
        .catch(() => {});
    void ask();
    const timer = setInterval(() => void ask(), OVERDUE_REFRESH_MS);
    const onChanged = () => void ask();
    window.addEventListener(POSTING_CHANGED_EVENT, onChanged);
    return () => {
      clearInterval(timer);
      window.removeEventListener(POSTING_CHANGED_EVENT, onChanged);
      controller.abort();
    };
  }, [client, shown]);

  return (
    <Link
      to="/posting"
      activeOptions={{ includeSearch: false }}
      activeProps={{ className: 'active' }}
      data-testid="nav-posting"
    >
      {t.posting.nav}
      {overdue > 0 && (
        <>
          {' '}
          <span className="nav-badge" data-testid="posting-overdue-badge" aria-hidden="true">
            {formatCount(overdue)}
          </span>
          <span className="visually-hidden">({t.posting.navOverdue(overdue)})</span>
        </>
      )}
    </Link>
  );
}
