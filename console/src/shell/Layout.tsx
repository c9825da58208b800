import { Link, Outlet } from '@tanstack/react-router';
import { BridgeStatus } from '../bridge/BridgeStatus';
import { useI18n } from '../i18n/language';
import { ImportStatusElsewhere } from '../import/ImportStatusElsewhere';

/**
 * The frame of every screen: title, language toggle, navigation, a running import's progress
 * (when the import screen is not the one shown), and the extension's status.
 */
export function Layout() {
  const { t, language, toggleLanguage } = useI18n();
  return (
    <div className="app" lang={language}>
      <header className="app-header">
        <div className="brand">
          <h1>{t.app.title}</h1>
          <p className="muted">{t.app.intro}</p>
        </div>
        <button
          type="button"
          className="secondary language"
          lang={language === 'vi' ? 'en' : 'vi'}
          title={t.app.toggleLabel}
          onClick={toggleLanguage}
        >
          {t.app.toggle}
        </button>
      </header>
      <nav className="app-nav" aria-label={t.app.nav}>
        <Link
          to="/"
          activeOptions={{ exact: true, includeSearch: false }}
          activeProps={{ className: 'active' }}
        >
          {t.app.navCatalogue}
        </Link>
        <Link to="/import" activeProps={{ className: 'active' }}>
          {t.app.navImport}
        </Link>
        <Link to="/publications" activeProps={{ className: 'active' }}>
          {t.app.navPublications}
        </Link>
      </nav>
      <ImportStatusElsewhere />
      <main className="app-main">
        <Outlet />
      </main>
      <footer className="app-footer">
        <h2 className="footer-label">{t.bridge.heading}</h2>
        <BridgeStatus />
      </footer>
    </div>
  );
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <p>
      {t.app.notFound} <Link to="/">{t.app.navCatalogue}</Link>
    </p>
  );
}
