import { type IsoDate, isValidIsoDate, todayInVietnam } from '@niemyet/core';
import {
  createHashHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  type RouterHistory,
} from '@tanstack/react-router';
import { ActivityScreen } from '../activity/ActivityScreen';
import { BackupScreen } from '../backup/BackupScreen';
import { CatalogueScreen } from '../catalogue/CatalogueScreen';
import { parseCatalogueSearch } from '../catalogue/catalogue-filters';
import { ChangesScreen } from '../changes/ChangesScreen';
import { parseChangesSearch } from '../changes/changes-search';
import { decisionRoutePath } from '../decisions/decision-links';
import { DecisionScreen } from '../decisions/editor/DecisionScreen';
import { DecisionListScreen } from '../decisions/list/DecisionListScreen';
import { parseDecisionListSearch } from '../decisions/list/decision-list-search';
import { DocumentListScreen } from '../documents/DocumentListScreen';
import { DocumentScreen } from '../documents/DocumentScreen';
import { parseDocumentListSearch } from '../documents/documents-search';
import { parseFlagsSearch } from '../documents/flags-search';
import { LegalFlagsScreen } from '../documents/LegalFlagsScreen';
import { ImportScreen } from '../import/ImportScreen';
import { PortalsScreen } from '../portals/PortalsScreen';
import { parsePortalsSearch } from '../portals/portals-search';
import { TokensScreen } from '../portals/TokensScreen';
import { WatchesScreen } from '../portals/WatchesScreen';
import { OfficeScreen } from '../posting/OfficeScreen';
import { OfficesScreen } from '../posting/OfficesScreen';
import { parseOfficeListSearch, parseOfficeSearch } from '../posting/posting-search';
import { ProcedureScreen } from '../procedures/ProcedureScreen';
import { PublicationsScreen } from '../publish/PublicationsScreen';
import { ReportsScreen } from '../reports/ReportsScreen';
import { parseReportsSearch } from '../reports/reports-search';
import { CampaignListScreen } from '../reviews/CampaignListScreen';
import { CampaignScreen } from '../reviews/CampaignScreen';
import { ReviewDashboardScreen } from '../reviews/ReviewDashboardScreen';
import { parseReviewTaskSearch } from '../reviews/review-task-search';
import { TaskListScreen } from '../reviews/TaskListScreen';
import { UsersScreen } from '../users/UsersScreen';
import { NotFound } from './Layout';
import { PublicFrame, SetupRoute, SignInRoute } from './PublicFrame';
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
 */

const rootRoute = createRootRoute({ component: Outlet, notFoundComponent: NotFound });

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
  component: CatalogueRoute,
});

function CatalogueRoute() {
  const { asOf, ...view } = catalogueRoute.useSearch();
  const navigate = catalogueRoute.useNavigate();
  return (
    <CatalogueScreen
      asOf={asOf ?? todayInVietnam()}
      onAsOfChange={(date) => void navigate({ search: { ...view, asOf: date } })}
      search={view}
      onSearchChange={(next, { replace }) =>
        void navigate({ search: { ...(asOf ? { asOf } : {}), ...next }, replace })
      }
    />
  );
}

/** A valid `asOf` kept, anything else dropped: the page then shows today in Vietnam. */
function asOfSearch(search: Record<string, unknown>): { asOf?: IsoDate } {
  return typeof search.asOf === 'string' && isValidIsoDate(search.asOf) ? { asOf: search.asOf } : {};
}

export const procedureRoute = createRoute({
  getParentRoute: () => appRoute,
  // `$code` is the procedure id: its national code, or `local:…` for one without a code yet.
  path: '/procedures/$code',
  validateSearch: asOfSearch,
  component: ProcedureRoute,
});

function ProcedureRoute() {
  const { code } = procedureRoute.useParams();
  const { asOf } = procedureRoute.useSearch();
  const navigate = procedureRoute.useNavigate();
  return (
    <ProcedureScreen
      procedureId={code}
      asOf={asOf ?? todayInVietnam()}
      onAsOfChange={(date) => void navigate({ params: { code }, search: { asOf: date } })}
    />
  );
}

export const decisionListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/decisions',
  validateSearch: parseDecisionListSearch,
  component: DecisionListRoute,
});

function DecisionListRoute() {
  const search = decisionListRoute.useSearch();
  const navigate = decisionListRoute.useNavigate();
  return (
    <Permitted permission="decisions.read">
      <DecisionListScreen search={search} onSearchChange={(next) => void navigate({ search: next })} />
    </Permitted>
  );
}

// The registry, its flags and one document under one parent: the list is its index, so the
// document route's splat (empty on `/documents`) never takes the list's place.
const documentsRoute = createRoute({ getParentRoute: () => appRoute, path: '/documents', component: Outlet });

const documentListRoute = createRoute({
  getParentRoute: () => documentsRoute,
  path: '/',
  validateSearch: parseDocumentListSearch,
  component: function DocumentListRoute() {
    const search = documentListRoute.useSearch();
    const navigate = documentListRoute.useNavigate();
    return (
      <Permitted permission="legal.read">
        <DocumentListScreen search={search} onSearchChange={(next) => void navigate({ search: next })} />
      </Permitted>
    );
  },
});

const legalFlagsRoute = createRoute({
  getParentRoute: () => documentsRoute,
  path: '/flags',
  validateSearch: parseFlagsSearch,
  component: function LegalFlagsRoute() {
    const search = legalFlagsRoute.useSearch();
    const navigate = legalFlagsRoute.useNavigate();
    return (
      <Permitted permission="legal.read">
        <LegalFlagsScreen search={search} onSearchChange={(next) => void navigate({ search: next })} />
      </Permitted>
    );
  },
});

const documentRoute = createRoute({
  getParentRoute: () => documentsRoute,
  // The number is the rest of the path, slashes and all: `/documents/42/2022/NĐ-CP`.
  path: '/$',
  validateSearch: asOfSearch,
  component: function DocumentRoute() {
    const { _splat } = documentRoute.useParams();
    const { asOf } = documentRoute.useSearch();
    const navigate = documentRoute.useNavigate();
    const number = _splat ?? '';
    return (
      <Permitted permission="legal.read">
        <DocumentScreen
          number={number}
          at={asOf}
          onAtChange={(date) => void navigate({ params: { _splat: number }, search: { asOf: date } })}
        />
      </Permitted>
    );
  },
});

const importRoute = createRoute({ getParentRoute: () => appRoute, path: '/import', component: ImportScreen });

const publicationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/publications',
  component: PublicationsScreen,
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/users',
  component: () => (
    <Permitted permission="users.manage">
      <UsersScreen />
    </Permitted>
  ),
});

const activityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/activity',
  component: () => (
    <Permitted permission="activity.read">
      <ActivityScreen />
    </Permitted>
  ),
});

const backupRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/backup',
  component: () => (
    <Permitted permission="backup.read">
      <BackupScreen />
    </Permitted>
  ),
});

const decisionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: decisionRoutePath,
  component: function DecisionRoute() {
    const { id } = decisionRoute.useParams();
    return <DecisionScreen id={id} />;
  },
});

const changesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/changes',
  validateSearch: parseChangesSearch,
  component: function ChangesRoute() {
    const search = changesRoute.useSearch();
    const navigate = changesRoute.useNavigate();
    return (
      <Permitted permission="changelog.read">
        <ChangesScreen
          search={search}
          onSearchChange={(next, options) => void navigate({ search: next, ...options })}
        />
      </Permitted>
    );
  },
});

const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports',
  validateSearch: parseReportsSearch,
  component: function ReportsRoute() {
    const search = reportsRoute.useSearch();
    const navigate = reportsRoute.useNavigate();
    return (
      <Permitted permission="reports.read">
        <ReportsScreen search={search} onSearchChange={(next) => void navigate({ search: next })} />
      </Permitted>
    );
  },
});

const reviewsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reviews',
  component: () => (
    <Permitted permission="legal.read">
      <ReviewDashboardScreen />
    </Permitted>
  ),
});

const reviewTasksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reviews/tasks',
  validateSearch: parseReviewTaskSearch,
  component: function ReviewTasksRoute() {
    const search = reviewTasksRoute.useSearch();
    const navigate = reviewTasksRoute.useNavigate();
    return (
      <Permitted permission="legal.read">
        <TaskListScreen search={search} onSearchChange={(next) => void navigate({ search: next })} />
      </Permitted>
    );
  },
});

const reviewCampaignsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reviews/campaigns',
  component: () => (
    <Permitted permission="legal.read">
      <CampaignListScreen />
    </Permitted>
  ),
});

const reviewCampaignRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reviews/campaigns/$id',
  validateSearch: parseReviewTaskSearch,
  component: function ReviewCampaignRoute() {
    const { id } = reviewCampaignRoute.useParams();
    const search = reviewCampaignRoute.useSearch();
    const navigate = reviewCampaignRoute.useNavigate();
    return (
      <Permitted permission="legal.read">
        <CampaignScreen
          id={id}
          search={search}
          onSearchChange={(next) => void navigate({ params: { id }, search: next })}
        />
      </Permitted>
    );
  },
});

const portalsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portals',
  validateSearch: parsePortalsSearch,
  component: function PortalsRoute() {
    const search = portalsRoute.useSearch();
    const navigate = portalsRoute.useNavigate();
    return (
      <Permitted permission="watches.read">
        <PortalsScreen
          search={search}
          onSearchChange={(next, options) => void navigate({ search: next, ...options })}
        />
      </Permitted>
    );
  },
});

const watchesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portals/watches',
  component: () => (
    <Permitted permission="watches.read">
      <WatchesScreen />
    </Permitted>
  ),
});

const officesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/posting',
  validateSearch: parseOfficeListSearch,
  component: function OfficesRoute() {
    const search = officesRoute.useSearch();
    const navigate = officesRoute.useNavigate();
    return (
      <Permitted permission="posting.read">
        <OfficesScreen
          search={search}
          onSearchChange={(next) => void navigate({ search: next, replace: true })}
        />
      </Permitted>
    );
  },
});

const officeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/posting/$id',
  validateSearch: parseOfficeSearch,
  component: function OfficeRoute() {
    const { id } = officeRoute.useParams();
    const search = officeRoute.useSearch();
    const navigate = officeRoute.useNavigate();
    return (
      <Permitted permission="posting.read">
        <OfficeScreen
          id={id}
          search={search}
          onSearchChange={(next) => void navigate({ params: { id }, search: next })}
        />
      </Permitted>
    );
  },
});

const tokensRoute = createRoute({ getParentRoute: () => appRoute, path: '/tokens', component: TokensScreen });

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

export function createConsoleRouter(history: RouterHistory = createHashHistory()) {
  return createRouter({ routeTree, history });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createConsoleRouter>;
  }
}
