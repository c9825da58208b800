import { type IsoDate, isValidIsoDate, todayInVietnam } from '@niemyet/core';
import {
  createHashHistory,
  createRootRoute,
  createRoute,
  createRouter,
  type RouterHistory,
} from '@tanstack/react-router';
import { CatalogueScreen } from '../catalogue/CatalogueScreen';
import { ImportScreen } from '../import/ImportScreen';
import { PublicationsScreen } from '../publish/PublicationsScreen';
import { Layout, NotFound } from './Layout';

/**
 * The console's routes, in code. Hash history (`/#/import`) so any static server — `vite
 * preview`, a file share, a portal's web server — serves every route from index.html.
 *   /             the catalogue on a date (`?asOf=2020-12-31`, default today in Vietnam) and publishing
 *   /import       importing a decision-list CSV
 *   /publications what is published, earlier publications, the extension's status
 */

const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFound });

interface CatalogueSearch {
  asOf?: IsoDate;
}

const catalogueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  // A date in the address makes a catalogue view shareable; anything else there is dropped.
  validateSearch: (search: Record<string, unknown>): CatalogueSearch =>
    typeof search.asOf === 'string' && isValidIsoDate(search.asOf) ? { asOf: search.asOf } : {},
  component: CatalogueRoute,
});

function CatalogueRoute() {
  const { asOf } = catalogueRoute.useSearch();
  const navigate = catalogueRoute.useNavigate();
  return (
    <CatalogueScreen
      asOf={asOf ?? todayInVietnam()}
      onAsOfChange={(date) => void navigate({ search: { asOf: date } })}
    />
  );
}

const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/import',
  component: ImportScreen,
});

const publicationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/publications',
  component: PublicationsScreen,
});

const routeTree = rootRoute.addChildren([catalogueRoute, importRoute, publicationsRoute]);

export function createConsoleRouter(history: RouterHistory = createHashHistory()) {
  return createRouter({ routeTree, history });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createConsoleRouter>;
  }
}
