import type { Permission } from '@niemyet/core';
import {
  type AsyncRouteComponent,
  createHashHistory,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  type RouterHistory,
} from '@tanstack/react-router';
import type { ApiClient } from '../api/http';
import { parseCatalogueSearch } from '../catalogue/catalogue-filters';
import { parseChangesSearch } from '../changes/changes-search';
import { decisionRoutePath } from '../decisions/decision-links';
import { parseDecisionListSearch } from '../decisions/list/decision-list-search';
import { parseDocumentListSearch } from '../documents/documents-search';
import { parseFlagsSearch } from '../documents/flags-search';
import { findingFilter, parsePortalsSearch } from '../portals/portals-search';
import { prefetchFirstFindings } from '../portals/use-findings';
import { parseOfficeListSearch, parseOfficeSearch } from '../posting/posting-search';
import { parseReportsSearch } from '../reports/reports-search';
import { parseReviewTaskSearch } from '../reviews/review-task-search';
import { asOfSearch } from './as-of-search';
import { NotFound } from './Layout';
import { PublicFrame, SetupRoute, SignInRoute } from './PublicFrame';
import { ScreenFailed, ScreenPending } from './RouteStates';
import { Permitted, SessionGate } from './SessionGate';

/**
 * The console's routes, in code. Hash history (`/#/import`) so the server serves every route
 * from index.html.
 * Without a session (PublicFrame):
 *   /sign-in      signing in (`?redirect=` where to go back to)
 *   /setup        the first run's admin (`?token=` from the link the server printed)
 * Signed in (SessionGate → Layout):
 *   /             the catalogue on a date (`?asOf=2020-12-31`, default today in Vietnam) and publishing;
 *                 `&status=upcoming|abolished&level=&field=&agency=&q=` the view within it
 *   /procedures/$code  one procedure on a date (`?asOf=`, default today in Vietnam) and its history
 *   /decisions    the decisions (`?state=&waiting=me&page=`); one decision is `decisionRoutePath`
 *                 (decisions/decision-links.ts), the editor's route
 *   /import       importing a decision-list CSV
 *   /publications what is published, earlier publications, the extension's status
 *   /users        accounts (admins)
 *   /activity     the activity log (admins, supervisors)
 *   /backup       backup (admins, supervisors) and restore (admins)
 *   /documents    the legal-document registry (`?q=&status=&source=&at=&page=`)
 *   /documents/flags  procedures resting on ended documents (`?at=&field=&agency=&page=`)
 *   /documents/…  one document, its number the rest of the path (`/documents/42/2022/NĐ-CP?at=`)
 *   /decisions/$id  one decision (decisions/editor/): edited while a draft, read-only once issued or withdrawn
 *   /reviews      the review desk (reviews/): dashboard; /reviews/tasks (`?state=&assignee=&campaign=&document=&due=`);
 *                 /reviews/campaigns and /reviews/campaigns/$id (its tasks, same filters)
 *   /changes      the change log (`?from=&to=&action=&kind=&level=&field=&agency=&decision=&procedure=`,
 *                 `&entry=` the entry whose diff is open), its chain check and exports
 *   /reports      the period report (`?from=&to=`, default this year)
 *   /portals      the inbox of portal findings (portals/: `?portal=&state=&kind=&agency=&field=&assignee=&olderThan=&q=&watch=`,
 *                 `&finding=` the finding whose panel is open); /portals/watches the watches
 *   /tokens       the signed-in user's access tokens for the extension
 *   /posting      the offices and their re-posting (posting/: `?pending=1&overdue=1`); /posting/$id one
 *                 office (`?tab=sheet|public&at=` the part shown and the sheet's date)
 *
 * Each signed-in screen is its own chunk (`lazyRouteComponent`; the components that read a
 * route's search and params are in each section's `*-routes.tsx`, through `getRouteApi`): the
 * page starts with the shell alone, and the router fetches the screen's chunk while `/api/me`
 * is asked. Only the address's parsing (validateSearch) stays here, so links are typed and
 * checked without loading the screens.
 */

/** What every route's loader may use: the console's API client (a fake server's in tests). */
export interface ConsoleRouterContext {
  api: ApiClient;
}

/**
 * A screen without route parameters behind a permission, its chunk fetched with the route's
 * (the router calls `preload` while it loads the route, as for `lazyRouteComponent` itself).
 */
function permittedScreen(permission: Permission, Screen: AsyncRouteComponent<object>) {
  const PermittedScreen = () => (
    <Permitted permission={permission}>
      <Screen />
    </Permitted>
  );
  return Object.assign(PermittedScreen, { preload: () => Screen.preload?.() });
}

const rootRoute = createRootRouteWithContext<ConsoleRouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

const publicRoute = createRoute({ getParentRoute: () => rootRoute, id: 'public', component: PublicFrame });

interface SignInSearch {
  redirect?: string;
}

export const signInRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): SignInSearch =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  component: () => <SignInRoute redirect={signInRoute.useSearch().redirect} />,
});

interface SetupSearch {
  token?: string;
}

const setupRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/setup',
  validateSearch: (search: Record<string, unknown>): SetupSearch =>
    // A token of digits only comes through the search parser as a number.
    search.token === undefined ? {} : { token: String(search.token) },
  component: () => <SetupRoute token={setupRoute.useSearch().token} />,
});

const appRoute = createRoute({ getParentRoute: () => rootRoute, id: 'app', component: SessionGate });

const catalogueRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  // The date, the part shown, the filters and the search in the address make a catalogue view
  // shareable; anything else there is dropped.
  validateSearch: parseCatalogueSearch,
  component: lazyRouteComponent(() => import('../catalogue/catalogue-routes'), 'CatalogueRoute'),
});

export const procedureRoute = createRoute({
  getParentRoute: () => appRoute,
  // `$code` is the procedure id: its national code, or `local:…` for one without a code yet.
  path: '/procedures/$code',
  validateSearch: asOfSearch,
  component: lazyRouteComponent(() => import('../procedures/procedure-routes'), 'ProcedureRoute'),
});

export const decisionListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/decisions',
  validateSearch: parseDecisionListSearch,
  component: lazyRouteComponent(() => import('../decisions/decision-routes'), 'DecisionListRoute'),
});

// The registry, its flags and one document under one parent: the list is its index, so the
// document route's splat (empty on `/documents`) never takes the list's place.
const documentsRoute = createRoute({ getParentRoute: () => appRoute, path: '/documents', component: Outlet });

const documentListRoute = createRoute({
  getParentRoute: () => documentsRoute,
  path: '/',
  validateSearch: parseDocumentListSearch,
  component: lazyRouteComponent(() => import('../documents/document-routes'), 'DocumentListRoute'),
});

const legalFlagsRoute = createRoute({
  getParentRoute: () => documentsRoute,
  path: '/flags',
  validateSearch: parseFlagsSearch,
  component: lazyRouteComponent(() => import('../documents/document-routes'), 'LegalFlagsRoute'),
});

const documentRoute = createRoute({
  getParentRoute: () => documentsRoute,
  // The number is the rest of the path, slashes and all: `/documents/42/2022/NĐ-CP`.
  path: '/$',
  validateSearch: asOfSearch,
  component: lazyRouteComponent(() => import('../documents/document-routes'), 'DocumentRoute'),
});

const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/import',
  component: lazyRouteComponent(() => import('../import/ImportScreen'), 'ImportScreen'),
});

const publicationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/publications',
  component: lazyRouteComponent(() => import('../publish/PublicationsScreen'), 'PublicationsScreen'),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/users',
  component: permittedScreen(
    'users.manage',
    lazyRouteComponent(() => import('../users/UsersScreen'), 'UsersScreen'),
  ),
});

const activityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/activity',
  component: permittedScreen(
    'activity.read',
    lazyRouteComponent(() => import('../activity/ActivityScreen'), 'ActivityScreen'),
  ),
});

const backupRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/backup',
  component: permittedScreen(
    'backup.read',
    lazyRouteComponent(() => import('../backup/BackupScreen'), 'BackupScreen'),
  ),
});

const decisionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: decisionRoutePath,
  component: lazyRouteComponent(() => import('../decisions/decision-routes'), 'DecisionRoute'),
});

const changesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/changes',
  validateSearch: parseChangesSearch,
  component: lazyRouteComponent(() => import('../changes/changes-routes'), 'ChangesRoute'),
});

const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports',
  validateSearch: parseReportsSearch,
  component: lazyRouteComponent(() => import('../reports/reports-routes'), 'ReportsRoute'),
});

const reviewsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reviews',
  component: permittedScreen(
    'legal.read',
    lazyRouteComponent(() => import('../reviews/ReviewDashboardScreen'), 'ReviewDashboardScreen'),
  ),
});

const reviewTasksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reviews/tasks',
  validateSearch: parseReviewTaskSearch,
  component: lazyRouteComponent(() => import('../reviews/review-routes'), 'ReviewTasksRoute'),
});

const reviewCampaignsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reviews/campaigns',
  component: permittedScreen(
    'legal.read',
    lazyRouteComponent(() => import('../reviews/CampaignListScreen'), 'CampaignListScreen'),
  ),
});

const reviewCampaignRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reviews/campaigns/$id',
  validateSearch: parseReviewTaskSearch,
  component: lazyRouteComponent(() => import('../reviews/review-routes'), 'ReviewCampaignRoute'),
});

const portalsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portals',
  validateSearch: parsePortalsSearch,
  // The inbox's first page does not depend on who is signed in (the server checks the session
  // itself): it is asked now, beside `/api/me` and the screen's chunk, instead of after both.
  // Asked once on entering a filter (`shouldReload: false`), not when a finding's panel opens.
  loaderDeps: ({ search }) => findingFilter(search),
  loader: ({ context, deps, preload }) => {
    if (!preload) prefetchFirstFindings(context.api, deps);
  },
  shouldReload: false,
  component: lazyRouteComponent(() => import('../portals/portals-routes'), 'PortalsRoute'),
});

const watchesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portals/watches',
  component: permittedScreen(
    'watches.read',
    lazyRouteComponent(() => import('../portals/WatchesScreen'), 'WatchesScreen'),
  ),
});

const officesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/posting',
  validateSearch: parseOfficeListSearch,
  component: lazyRouteComponent(() => import('../posting/posting-routes'), 'OfficesRoute'),
});

const officeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/posting/$id',
  validateSearch: parseOfficeSearch,
  component: lazyRouteComponent(() => import('../posting/posting-routes'), 'OfficeRoute'),
});

const tokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tokens',
  component: lazyRouteComponent(() => import('../portals/TokensScreen'), 'TokensScreen'),
});

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([signInRoute, setupRoute]),
  appRoute.addChildren([
    catalogueRoute,
    procedureRoute,
    decisionListRoute,
    documentsRoute.addChildren([documentListRoute, legalFlagsRoute, documentRoute]),
    importRoute,
    publicationsRoute,
    usersRoute,
    activityRoute,
    backupRoute,
    decisionRoute,
    reviewsRoute,
    reviewTasksRoute,
    reviewCampaignsRoute,
    reviewCampaignRoute,
    changesRoute,
    reportsRoute,
    portalsRoute,
    watchesRoute,
    tokensRoute,
    officesRoute,
    officeRoute,
  ]),
]);

export function createConsoleRouter(api: ApiClient, history: RouterHistory = createHashHistory()) {
  return createRouter({
    routeTree,
    history,
    context: { api },
    defaultPendingComponent: ScreenPending,
    defaultErrorComponent: ScreenFailed,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createConsoleRouter>;
  }
}
