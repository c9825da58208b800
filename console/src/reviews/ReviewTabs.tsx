import { Link } from '@tanstack/react-router';
import { useI18n } from '../i18n/language';

/** The review desk's parts: overview, tasks, campaigns — the one shown marked current. */
export function ReviewTabs() {
  const { t } = useI18n();
  const r = t.reviews;
  const active = { className: 'active', 'aria-current': 'page' as const };
  return (
    <nav className="tabs review-tabs" aria-label={r.sections}>
      <Link to="/reviews" activeOptions={{ exact: true, includeSearch: false }} activeProps={active}>
        {r.dashboard}
      </Link>
      <Link to="/reviews/tasks" activeOptions={{ includeSearch: false }} activeProps={active}>
        {r.tasksHeading}
      </Link>
      <Link to="/reviews/campaigns" activeOptions={{ includeSearch: false }} activeProps={active}>
        {r.campaignsHeading}
      </Link>
    </nav>
  );
}
