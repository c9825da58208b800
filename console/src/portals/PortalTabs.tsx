import { Link } from '@tanstack/react-router';
import { useI18n } from '../i18n/language';

/** The portal watch's parts: the inbox, the watches, the user's access tokens — the one shown marked current. */
export function PortalTabs() {
  const { t } = useI18n();
  const m = t.portals;
  const active = { className: 'active', 'aria-current': 'page' as const };
  return (
    <nav className="tabs portal-tabs" aria-label={m.sections}>
      <Link to="/portals" activeOptions={{ exact: true, includeSearch: false }} activeProps={active}>
        {m.tabInbox}
      </Link>
      <Link to="/portals/watches" activeOptions={{ includeSearch: false }} activeProps={active}>
        {m.tabWatches}
      </Link>
      <Link to="/tokens" activeOptions={{ includeSearch: false }} activeProps={active}>
        {m.tabTokens}
      </Link>
    </nav>
  );
}
