import { getRouteApi } from '@tanstack/react-router';
import { Permitted } from '../shell/SessionGate';
import { DecisionScreen } from './editor/DecisionScreen';
import { DecisionListScreen } from './list/DecisionListScreen';

/** The decisions' routes (`/decisions`, one decision), one chunk (shell/router.tsx). */
const decisionListRoute = getRouteApi('/app/decisions');
const decisionRoute = getRouteApi('/app/decisions/$id');

export function DecisionListRoute() {
  const search = decisionListRoute.useSearch();
  const navigate = decisionListRoute.useNavigate();
  return (
    <Permitted permission="decisions.read">
      <DecisionListScreen search={search} onSearchChange={(next) => void navigate({ search: next })} />
    </Permitted>
  );
}

export function DecisionRoute() {
  const { id } = decisionRoute.useParams();
  return <DecisionScreen id={id} />;
}
