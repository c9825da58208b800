import { getRouteApi } from '@tanstack/react-router';
import { Permitted } from '../shell/SessionGate';
import { CampaignScreen } from './CampaignScreen';
import { TaskListScreen } from './TaskListScreen';

/** The review desk's routes with filters in the address, one chunk (shell/router.tsx). */
const reviewTasksRoute = getRouteApi('/app/reviews/tasks');
const reviewCampaignRoute = getRouteApi('/app/reviews/campaigns/$id');

export function ReviewTasksRoute() {
  const search = reviewTasksRoute.useSearch();
  const navigate = reviewTasksRoute.useNavigate();
  return (
    <Permitted permission="legal.read">
      <TaskListScreen search={search} onSearchChange={(next) => void navigate({ search: next })} />
    </Permitted>
  );
}

export function ReviewCampaignRoute() {
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
}
