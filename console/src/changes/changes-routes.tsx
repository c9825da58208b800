import { getRouteApi } from '@tanstack/react-router';
import { Permitted } from '../shell/SessionGate';
import { ChangesScreen } from './ChangesScreen';

/** The change log's route (`/changes`), its own chunk (shell/router.tsx). */
const changesRoute = getRouteApi('/app/changes');

export function ChangesRoute() {
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
}
