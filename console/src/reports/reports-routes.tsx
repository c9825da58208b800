import { getRouteApi } from '@tanstack/react-router';
import { Permitted } from '../shell/SessionGate';
import { ReportsScreen } from './ReportsScreen';

/** The period report's route (`/reports`), its own chunk (shell/router.tsx). */
const reportsRoute = getRouteApi('/app/reports');

export function ReportsRoute() {
  const search = reportsRoute.useSearch();
  const navigate = reportsRoute.useNavigate();
  return (
    <Permitted permission="reports.read">
      <ReportsScreen search={search} onSearchChange={(next) => void navigate({ search: next })} />
    </Permitted>
  );
}
