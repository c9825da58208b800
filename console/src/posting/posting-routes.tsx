import { getRouteApi } from '@tanstack/react-router';
import { Permitted } from '../shell/SessionGate';
import { OfficeScreen } from './OfficeScreen';
import { OfficesScreen } from './OfficesScreen';

/** The offices' routes (`/posting`, one office), one chunk (shell/router.tsx). */
const officesRoute = getRouteApi('/app/posting');
const officeRoute = getRouteApi('/app/posting/$id');

export function OfficesRoute() {
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
}

export function OfficeRoute() {
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
}
