import { getRouteApi } from '@tanstack/react-router';
import { Permitted } from '../shell/SessionGate';
import { PortalsScreen } from './PortalsScreen';

/**
 * The inbox's route (`/portals`), its own chunk (shell/router.tsx, where its loader asks the
 * first page before this chunk and `/api/me` are in).
 */
const portalsRoute = getRouteApi('/app/portals');

export function PortalsRoute() {
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
}
