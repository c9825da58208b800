import { getRouteApi } from '@tanstack/react-router';
import { Permitted } from '../shell/SessionGate';
import { DocumentListScreen } from './DocumentListScreen';
import { DocumentScreen } from './DocumentScreen';
import { LegalFlagsScreen } from './LegalFlagsScreen';

/** The legal-document registry's routes (`/documents…`), one chunk (shell/router.tsx). */
const documentListRoute = getRouteApi('/app/documents/');
const legalFlagsRoute = getRouteApi('/app/documents/flags');
const documentRoute = getRouteApi('/app/documents/$');

export function DocumentListRoute() {
  const search = documentListRoute.useSearch();
  const navigate = documentListRoute.useNavigate();
  return (
    <Permitted permission="legal.read">
      <DocumentListScreen search={search} onSearchChange={(next) => void navigate({ search: next })} />
    </Permitted>
  );
}

export function LegalFlagsRoute() {
  const search = legalFlagsRoute.useSearch();
  const navigate = legalFlagsRoute.useNavigate();
  return (
    <Permitted permission="legal.read">
      <LegalFlagsScreen search={search} onSearchChange={(next) => void navigate({ search: next })} />
    </Permitted>
  );
}

export function DocumentRoute() {
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
}
