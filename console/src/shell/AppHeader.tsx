import type { ReactNode } from 'react';
import { useI18n } from '../i18n/language';

/**
 * The console's title and language toggle, on every screen, signed in or not; `children`
 * stand before the toggle (who is signed in, sign-out).
 */
export function AppHeader({ children }: { children?: ReactNode }) {
  const { t, language, toggleLanguage } = useI18n();
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t.app.title}</h1>
        <p className="muted">{t.app.intro}</p>
      </div>
      <div className="header-side">
        {children}
        <button
          type="button"
          className="secondary language"
          lang={language === 'vi' ? 'en' : 'vi'}
          title={t.app.toggleLabel}
          onClick={toggleLanguage}
        >
          {t.app.toggle}
        </button>
      </div>
    </header>
  );
}
