import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { BridgeStatus } from '../bridge/BridgeStatus';
import { WaitingDecisionsLink } from '../decisions/list/WaitingDecisionsLink';
import { useI18n } from '../i18n/language';
import { ImportStatusElsewhere } from '../import/ImportStatusElsewhere';
import { PortalsNavLink } from '../portals/PortalsNavLink';
import { PostingNavLink } from '../posting/PostingNavLink';
import { ReviewsNavLink } from '../reviews/ReviewsNavLink';
import { useSession } from '../session/session-context';
import { UserBadge } from '../session/UserBadge';
import { AppHeader } from './AppHeader';
import { FirstContentProvider, useFirstContentShown } from './first-content';

// Its own chunk, with the browser database (Dexie) it reads: loaded once the screen's first
// content is painted (first-content.tsx), not with the console's start.
const LegacyWorkspaceOffer = lazy(() =>
  import('../legacy/LegacyWorkspaceOffer').then((module) => ({ default: module.LegacyWorkspaceOffer })),
);

/**
 * The frame of every signed-in screen: title, who is signed in and as what (with sign-out),
 * language toggle, navigation (only what the user's roles allow), a running import's progress
 * (when the import screen is not the one shown), the offer to upload an earlier workspace,
 * and the extension's status.
 */
export function Layout() {
  const { t, language } = useI18n();
  const { can } = useSession();
  // The inbox paints its first rows before the rest (issue 13: ≤ 300 ms over 50,000 findings).
  const listFirst = useRouterState({
    select: (state) => state.matches.some((match) => match.routeId === '/app/portals'),
  });
  return (
    <FirstContentProvider waitForScreen={listFirst}>
      <div className="app" lang={language}>
        <AppHeader>
          <UserBadge />
        </AppHeader>
        <nav className="app-nav" aria-label={t.app.nav}>
          <Link
            to="/"
            activeOptions={{ exact: true, includeSearch: false }}
            activeProps={{ className: 'active' }}
          >
            {t.app.navCatalogue}
          </Link>
          {can('decisions.read') && <WaitingDecisionsLink />}
          {can('legal.read') && (
            <Link to="/documents" activeProps={{ className: 'active' }}>
              {t.documents.nav}
            </Link>
          )}
          {can('legal.read') && <ReviewsNavLink />}
          {can('imports.run') && (
            <Link to="/import" activeProps={{ className: 'active' }}>
              {t.app.navImport}
            </Link>
          )}
          <Link to="/publications" activeProps={{ className: 'active' }}>
            {t.app.navPublications}
          </Link>
          {can('changelog.read') && (
            <Link to="/changes" activeProps={{ className: 'active' }}>
              {t.changes.nav}
            </Link>
          )}
          {can('reports.read') && (
            <Link to="/reports" activeProps={{ className: 'active' }}>
              {t.reports.nav}
            </Link>
          )}
          {can('watches.read') && <PortalsNavLink />}
          {can('posting.read') && <PostingNavLink />}
          {can('users.manage') && (
            <Link to="/users" activeProps={{ className: 'active' }}>
              {t.app.navUsers}
            </Link>
          )}
          {can('activity.read') && (
            <Link to="/activity" activeProps={{ className: 'active' }}>
              {t.app.navActivity}
            </Link>
          )}
          {can('backup.read') && (
            <Link to="/backup" activeProps={{ className: 'active' }}>
              {t.app.navBackup}
            </Link>
          )}
        </nav>
        <DeferredLegacyOffer />
        <ImportStatusElsewhere />
        <main className="app-main">
          <Outlet />
        </main>
        <footer className="app-footer">
          <h2 className="footer-label">{t.bridge.heading}</h2>
          <BridgeStatus />
        </footer>
      </div>
    </FirstContentProvider>
  );
}

function DeferredLegacyOffer() {
  if (!useFirstContentShown()) return null;
  return (
    <Suspense fallback={null}>
      <LegacyWorkspaceOffer />
    </Suspense>
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
