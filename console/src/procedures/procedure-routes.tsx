import { todayInVietnam } from '@niemyet/core';
import { getRouteApi } from '@tanstack/react-router';
import { ProcedureScreen } from './ProcedureScreen';

/** One procedure's route (`/procedures/$code`), its own chunk (shell/router.tsx). */
const procedureRoute = getRouteApi('/app/procedures/$code');

export function ProcedureRoute() {
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
