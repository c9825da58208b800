import { todayInVietnam } from '@niemyet/core';
import { getRouteApi } from '@tanstack/react-router';
import { CatalogueScreen } from './CatalogueScreen';

/** The catalogue's route (`/`), its own chunk (shell/router.tsx): the date and view from the address. */
const catalogueRoute = getRouteApi('/app/');

export function CatalogueRoute() {
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
