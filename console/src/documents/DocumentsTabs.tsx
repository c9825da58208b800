import { Link } from '@tanstack/react-router';
import { useI18n } from '../i18n/language';

/** The documents section's two pages: the registry and the catalogue-wide flags. */
export function DocumentsTabs() {
  const { t } = useI18n();
  return (
    <nav className="tabs" aria-label={t.documents.tabsLabel}>
      <Link
        to="/documents"
        activeOptions={{ exact: true, includeSearch: false }}
        activeProps={{ className: 'active', 'aria-current': 'page' }}
      >
        {t.documents.tabs.registry}
      </Link>
      <Link to="/documents/flags" activeProps={{ className: 'active', 'aria-current': 'page' }}>
        {t.documents.tabs.flags}
      </Link>
    </nav>
  );
}
